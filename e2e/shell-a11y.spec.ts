// Both labs, after a run, in both themes (from the system and from the toggle): no serious or critical
// axe finding, and no sideways scrolling on a 390 px phone.
import { CounterLab } from './pages/counterLab.ts';
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const LABS = {
  counter: { query: 'lab=counter&sync=none&workers=2&iters=200000&trials=3', lab: (page: Page) => new CounterLab(page) },
  queue: { query: 'lab=queue&producers=2&consumers=1&capacity=2&items=300&consumeMs=1', lab: (page: Page) => new QueueLab(page) },
} as const;

for (const [name, { query, lab }] of Object.entries(LABS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} lab in the ${scheme} theme passes axe, from the system and from the toggle`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./?${query}`);
      await lab(page).runToEnd();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await axe.check();
      // The same theme picked by hand, on a system set to the other one.
      await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
      await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: scheme === 'dark' ? 'Dark' : 'Light' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await axe.check();
    });
  }
}

// The other labs are tested in depth by their own specs; here, only that both themes stay readable.
for (const query of ['lab=explore&scenario=two-locks', 'lab=litmus']) {
  test(`${query} passes axe in both themes`, async ({ page, axe }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./?${query}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await axe.check();
    }
  });
}

test('the lesson gallery, an open lesson and the help dialog pass axe in both themes', async ({ page, axe }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#lessons');
    await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
    await axe.check();
    await page.getByRole('link', { name: 'Backpressure on a small queue' }).click();
    await expect(page.getByTestId('lesson')).toBeVisible();
    await axe.check();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await axe.check();
  }
});

test('no horizontal scrolling at 390 px: both labs after a run, the gallery, a lesson, presentation mode', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = async (where: string): Promise<void> => {
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${where}: page width ${scroll} within ${client}`).toBeLessThanOrEqual(client);
  };
  for (const [name, { query, lab }] of Object.entries(LABS)) {
    await page.goto(`./?${query}&lesson=${name === 'queue' ? 'backpressure' : 'counter-no-lock'}`);
    await fits(`${name} lab`);
    await lab(page).runToEnd();
    await fits(`${name} lab after a run`);
  }
  await page.goto('./#lessons');
  await fits('lesson gallery');
  await page.getByRole('button', { name: 'Presentation' }).click();
  await fits('lesson gallery, presentation');
  // Measured once each lab has drawn (its Run button), not while the page is still loading it.
  const run = page.getByRole('button', { name: 'Run', exact: true }).first();
  await page.goto('./?lab=queue');
  await expect(run).toBeVisible();
  await fits('queue lab, presentation');
  await page.goto('./?lab=counter&embed=1');
  await expect(run).toBeVisible();
  await fits('embedded counter lab, presentation');
});
