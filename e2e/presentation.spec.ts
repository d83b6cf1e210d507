// Presentation mode on a projector: at 1280×720 and 1920×1080 a lesson folds to one line that opens by
// keyboard, the run controls keep to one line, body text is at least 24 px, and after Run the verdict
// and the result cards are on the screen; after Explore all, so are the outcomes.
import { lessonById, lessonLink } from '../src/core/lessons/lessons.ts';
import { CounterLab } from './pages/counterLab.ts';
import { ExploreLab } from './pages/exploreLab.ts';
import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('racelab.presentation', '1'));
});

/** True when the whole element is inside the window. */
async function onScreen(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width;
}

/** Every run control on one line, inside the toolbar. */
async function expectOneLine(page: Page): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Run controls' });
  const { spread, within } = await toolbar.evaluate((bar) => {
    const edge = bar.getBoundingClientRect();
    const parts = [...bar.querySelectorAll('button, input, [data-testid="run-status"]')].map((e) => e.getBoundingClientRect());
    const middles = parts.map((r) => r.top + r.height / 2);
    return { spread: Math.max(...middles) - Math.min(...middles), within: parts.every((r) => r.left >= edge.left && r.right <= edge.right + 0.5) };
  });
  // One line: the middles of the controls, of different heights, lie within a few pixels of each other.
  expect(spread, 'the run controls keep to one line').toBeLessThan(8);
  expect(within, 'every control inside the toolbar').toBe(true);
}

const px = (el: Locator) => el.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height}: the lesson folds, the controls keep to one line, the result shows after Run`, async ({ page }) => {
    await page.setViewportSize(size);
    const lab = new CounterLab(page);
    await lab.open(lessonLink(lessonById('counter-lock')!, { cores: 2 }));
    await expect(page.locator('html')).toHaveAttribute('data-presentation', '');

    // Type for the back of the room: the page's body, the lesson's title line, the lab's introduction.
    expect(await px(page.locator('body'))).toBeGreaterThanOrEqual(24);
    expect(await px(page.locator('.lab-intro p'))).toBeGreaterThanOrEqual(24);

    // The lesson is one line; its text opens and closes from the keyboard.
    const panel = page.getByTestId('lesson');
    const show = panel.getByRole('button', { name: 'Show lesson' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(panel.getByText('What happens')).toBeHidden();
    const folded = await panel.boundingBox();
    expect(folded!.height).toBeLessThan(100);
    await show.focus();
    await page.keyboard.press('Enter');
    const hide = panel.getByRole('button', { name: 'Hide lesson' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(hide).toBeFocused();
    await expect(panel.getByText('What happens')).toBeVisible();
    expect(await px(panel.locator('.lesson-body p').first())).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Space');
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(panel.getByText('What happens')).toBeHidden();

    await expectOneLine(page);
    // Run is on the screen before anything is scrolled.
    expect(await onScreen(page, lab.run)).toBe(true);

    await lab.runToEnd('done', 60_000);
    const verdict = page.locator('.results .verdict');
    await expect(verdict).toBeVisible();
    expect(await px(verdict)).toBeGreaterThanOrEqual(24);
    for (const el of [verdict, page.getByTestId('result-expected'), page.getByTestId('result-actual'), page.getByTestId('result-lost')]) {
      await expect.poll(() => onScreen(page, el), { message: 'the result is on the screen' }).toBe(true);
    }
  });
}

test('at 1280×720 the deadlock lesson’s Explore all brings both outcomes on the screen, the deadlock included', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const lab = new ExploreLab(page);
  await page.goto(`./?${lessonLink(lessonById('deadlock')!, { cores: 2 })}`);
  await expect(lab.exploreAll).toBeVisible();
  expect(await lab.exploreOutcomes()).toHaveLength(2);
  const summary = page.locator('.explore-panel .outcomes-summary');
  for (const el of [summary, lab.outcomes.first(), page.locator('[data-testid="outcome"][data-bad="true"] .outcome-head')]) {
    await expect.poll(() => onScreen(page, el), { message: 'the outcomes are on the screen' }).toBe(true);
  }
});

test('at 1280×720 the slow-motion controls, with Step and the pace, keep to one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const lab = new CounterLab(page);
  await lab.open(lessonLink(lessonById('lost-update')!, { cores: 2 }));
  await expect(page.getByRole('slider', { name: 'Steps per second' })).toBeVisible();
  await expectOneLine(page);
});

test('at 1280×720 the settings fold above the run controls and open and close by keyboard; at 1920 they sit beside', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const lab = new CounterLab(page);
  await lab.open('sync=mutex');
  const toggle = page.getByRole('button', { name: 'Settings' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(lab.field('Workers')).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(lab.field('Workers')).toBeVisible();
  await lab.field('Workers').focus();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(lab.field('Workers')).toBeHidden();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(toggle).toHaveCount(0);
  await expect(lab.field('Workers')).toBeVisible();
});

test('the header keeps to one line at 1280 px, in presentation mode and out of it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const lab = new CounterLab(page);
  await lab.open();
  // The middles of the brand, the tabs, the cores and the display controls: a second row would sit 40 px or more lower.
  const spread = () =>
    page.locator('header.header > *').evaluateAll((els) => {
      const middles = els.map((e) => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2);
      return Math.max(...middles) - Math.min(...middles);
    });
  expect(await spread(), 'presentation mode').toBeLessThan(20);
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-presentation');
  expect(await spread(), 'usual type').toBeLessThan(20);
});
