// `?embed=1`: one lab with a slim bar and no header, footer or gallery; it runs, its links say where
// they go, and a frame that cannot be isolated says so and offers a new tab.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';

const QUICK = 'lab=counter&sync=atomic&workers=2&iters=20000';

// A frame's isolation help registers the site's service worker, as on a real course page.
test.use({ serviceWorkers: 'allow' });

test('an embedded lab shows no header, footer or lessons, runs, and opens the full page in a new tab', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open(`${QUICK}&embed=1`);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lessons' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  const open = page.getByRole('link', { name: /^Open in RaceLab/ });
  await expect(open).toHaveAttribute('target', '_blank');
  const full = new URL((await open.getAttribute('href'))!);
  expect(full.searchParams.get('embed')).toBeNull();
  expect(full.searchParams.get('iters')).toBe('20000');
  expect(full.searchParams.get('sync')).toBe('atomic');

  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0, lost: 0 });
  // The address keeps embed, and the full-page link follows the settings.
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
  await lab.field('Iterations per worker').fill('30000');
  await lab.field('Iterations per worker').press('Enter');
  await expect.poll(async () => new URL((await open.getAttribute('href'))!).searchParams.get('iters')).toBe('30000');
});

test('Copy link in an embedded lab copies the embedded view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = new CounterLab(page);
  await lab.open(`${QUICK}&embed=1`);
  await lab.copyLink.click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('embed')).toBe('1');
  expect(copied.searchParams.get('iters')).toBe('20000');
});

test('in a frame of a page that is not isolated, the embedded lab says so and offers a new tab', async ({ page }) => {
  // The course page is served without isolation headers, so its frame cannot be isolated.
  await page.route('**/course.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Course</title><link rel="icon" href="data:,"><h1>Week 3</h1><iframe src="./?${QUICK}&embed=1" title="RaceLab" width="1000" height="700"></iframe>`,
    }),
  );
  await page.goto('./course.html');
  const frame = page.frameLocator('iframe');
  const notice = frame.getByRole('alert').filter({ hasText: 'Real threads cannot run in this frame' });
  await expect(notice).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  const newTab = notice.getByRole('link', { name: /^Open in a new tab/ });
  await expect(newTab).toHaveAttribute('target', '_blank');
  const url = new URL((await newTab.getAttribute('href'))!);
  expect(url.searchParams.get('embed')).toBeNull();
  expect(url.searchParams.get('sync')).toBe('atomic');
  await expect(frame.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
});
