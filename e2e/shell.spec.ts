// The classroom shell: theme toggle (system, light, dark) kept across visits, presentation mode,
// Reduce motion, keyboard shortcuts and their help dialog, downloads of results and drawings.
import { CounterLab } from './pages/counterLab.ts';
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';
import { downloadFrom, expectPng, focusPage, savedResults } from './support/exports.ts';
import type { Page } from '@playwright/test';

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');

test('the theme follows the system until Light or Dark is picked, and the pick is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const group = page.getByRole('group', { name: 'Theme' });
  await expect(group.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'true');
  expect(await theme(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('light');

  await group.getByRole('button', { name: 'Dark' }).click();
  await expect.poll(() => theme(page)).toBe('dark');
  await expect(group.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  // The page's colours changed, not only the attribute.
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 17, 21)');

  await page.reload();
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await theme(page)).toBe('dark');

  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'System' }).click();
  await expect.poll(() => theme(page)).toBe('light');
  await page.reload();
  expect(await theme(page)).toBe('light');
});

test('presentation mode enlarges the type and the drawings, and is kept', async ({ page }) => {
  await page.goto('./');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const canvasHeight = () => page.locator('canvas.live-canvas').evaluate((c) => c.getBoundingClientRect().height);
  const before = await size();
  const tall = await canvasHeight();
  const toggle = page.getByRole('button', { name: 'Presentation' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(size).toBeGreaterThanOrEqual(before * 1.3);
  // Same width, larger drawing: the canvas grows taller as everything in it is magnified.
  await expect.poll(canvasHeight).toBeGreaterThan(tall * 1.2);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Presentation' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(before * 1.3);
});

test('Reduce motion starts pressed under reduced motion, and a run still shows its numbers', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = new CounterLab(page);
  await lab.open('sync=atomic&iters=20000');
  const toggle = page.getByRole('button', { name: 'Reduce motion' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'paused');
  await lab.runToEnd();
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0 });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-motion', 'paused');
});

test('Space runs and stops, but not while typing in a field', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=none&workers=2&dirs=%2B%2B&iters=1000000000');
  // Typing a space in a number field is typing, not a shortcut.
  await lab.field('Trials').focus();
  await page.keyboard.press('Space');
  await lab.expectStatus('idle', 1000);

  await focusPage(page);
  await page.keyboard.press('Space');
  await lab.expectStatus('running', 5000);
  // Stop once the workers are counting (the live view's description says how far they are).
  await expect(page.locator('canvas.live-canvas')).toHaveAttribute('aria-label', /Expected so far [1-9]/, { timeout: 20_000 });
  await focusPage(page);
  await page.keyboard.press('Space');
  await lab.expectStatus('stopped', 5000);
});

test('in slow motion, → pauses and steps, P resumes, + speeds up', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=none&speed=slow&iters=4&workers=2');
  const log = page.getByRole('list', { name: 'Events, newest last' });
  await lab.run.click();
  await lab.expectStatus('running');
  await expect(log.getByRole('listitem').first()).toBeVisible({ timeout: 10_000 });
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expect(lab.status).toHaveText(/Paused/);
  // A permit granted just before the pause may still be used; then only → moves the workers.
  await page.waitForTimeout(400);
  const held = await log.getByRole('listitem').count();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => log.getByRole('listitem').count()).toBeGreaterThan(held);
  const pace = page.getByRole('slider', { name: 'Steps per second' });
  const before = Number(await pace.inputValue());
  await page.keyboard.press('+');
  await expect(pace).toHaveValue(String(before + 1));
  await page.keyboard.press('p');
  await expect(lab.status).not.toHaveText(/Paused/);
  await lab.expectStatus('done', 60_000);
});

test('? opens the shortcuts, focus stays inside, Escape closes and returns the focus', async ({ page }) => {
  await page.goto('./');
  await focusPage(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Space');
  await expect(dialog.getByRole('heading', { name: 'In the Explorer' })).toBeVisible();
  await expect(dialog).toContainText('Undo the last step');
  // Focus is inside the dialog and stays there (the rest of the page is inert).
  for (let i = 0; i < 4; i++) {
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Tab');
  }
  // Shortcuts do not fire behind the dialog.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // From the header button: Escape gives the focus back to it.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('Download results saves the run’s settings, bare numbers and machine as JSON, in both labs', async ({ page }) => {
  const counter = new CounterLab(page);
  await counter.open('sync=mutex&workers=2&iters=20000');
  const download = page.getByRole('button', { name: 'Download results' });
  await counter.runToEnd();
  const shown = await counter.results();
  const { name, doc } = await savedResults(download);
  expect(name).toMatch(/^racelab-counter-results-.*\.json$/);
  expect(doc).toMatchObject({ app: 'RaceLab', lab: 'counter', params: { sync: 'mutex', workers: 2, iters: 20000 } });
  expect(doc.results).toMatchObject({ expected: shown.expected, actual: shown.actual, lost: shown.lost, throughput: shown.throughput });
  expect(typeof doc.machine.cores).toBe('number');
  expect(doc.machine.crossOriginIsolated).toBe(true);
  expect(new URL(doc.link).searchParams.get('iters')).toBe('20000');

  const queue = new QueueLab(page);
  await queue.open('producers=2&consumers=2&items=5000&queue=mpmc&shutdown=close');
  await queue.runToEnd();
  const counts = await queue.counts();
  const { doc: qdoc } = await savedResults(page.getByRole('button', { name: 'Download results' }));
  expect(qdoc).toMatchObject({ lab: 'queue', params: { queue: 'mpmc', producers: 2, items: 5000 } });
  expect(qdoc.results).toMatchObject({ ...counts });
});

test('Save as PNG saves the live view and the charts as images', async ({ page }) => {
  const queue = new QueueLab(page);
  await queue.open('producers=1&consumers=1&items=20000&queue=spsc');
  await queue.runToEnd();
  for (const name of ['Save as PNG: live view', 'Save as PNG: charts over time']) {
    expectPng(await downloadFrom(page.getByRole('button', { name })));
  }
});

test('switching labs adds one history entry each, and Back returns', async ({ page }) => {
  await page.goto('./?lab=counter&iters=1234');
  const nav = page.getByRole('navigation', { name: 'Labs' });
  await nav.getByRole('link', { name: 'Queue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Queue lab' })).toBeVisible();
  await nav.getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Queue lab' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Counter lab' })).toBeVisible();
  await expect(page.getByLabel('Iterations per worker', { exact: true })).toHaveValue('1234');
});
