// The lesson gallery: reachable from the header and from each lab, each lesson opens its own settings
// with no notice, Back returns to the gallery, and the seed's queue lesson and its fix run as they say.
import { LESSONS, lessonLink, type Lesson } from '../src/core/lessons/lessons.ts';
import { decodeLink, LABS } from '../src/core/params/link.ts';
import { QueueLab } from './pages/queueLab.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

// The Explorer is checked by its address only: its own page is tested by its own specs.
const OPENED = new Set<string>(LABS.filter((lab) => lab !== 'explore'));
const opened = (lesson: Lesson, cores: number): boolean => OPENED.has(new URLSearchParams(lessonLink(lesson, { cores })).get('lab') ?? '');

async function cores(page: Page): Promise<number> {
  return page.evaluate(() => navigator.hardwareConcurrency || 0);
}

/** The settings the address bar holds now, decoded as the page decodes them. */
function settingsIn(url: string) {
  return decodeLink(new URL(url).search);
}

test('every lesson opens from the gallery with its settings, its text and no notice; Back returns to the gallery', async ({ page }) => {
  await page.goto('./');
  const n = await cores(page);
  await page.getByRole('navigation', { name: 'Labs' }).getByRole('link', { name: 'Lessons' }).click();
  const gallery = page.getByRole('heading', { name: 'Lessons', level: 2 });
  await expect(gallery).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#lessons');

  for (const lesson of LESSONS) {
    const link = page.getByRole('link', { name: lesson.title, exact: true });
    const expected = lessonLink(lesson, { cores: n });
    // Each card is a real link: it can be copied or opened in a new tab.
    expect(await link.getAttribute('href')).toBe(`?${expected}`);
    if (!opened(lesson, n)) {
      expect(new URLSearchParams(expected).get('lab')).toBe('explore');
      continue;
    }
    await link.click();
    const panel = page.getByTestId('lesson');
    await expect(panel.getByRole('heading', { name: lesson.title })).toBeVisible();
    await expect(panel).toContainText('What happens');
    await expect(panel).toContainText('What to notice');
    await expect(panel).toContainText('Try next');
    await expect(page.getByTestId('link-notice')).toHaveCount(0);
    // The settings in the address bar are the lesson's, and so is the lesson id.
    const url = new URL(page.url());
    expect(url.searchParams.get('lesson')).toBe(lesson.id);
    expect(settingsIn(page.url()).settings).toEqual(decodeLink(expected).settings);
    expect(settingsIn(page.url()).notices).toEqual([]);
    await expect(panel).not.toContainText('The settings differ');
    // One history entry per lesson: Back shows the gallery again.
    await page.goBack();
    await expect(gallery).toBeVisible();
    await expect(page.getByTestId('lesson')).toHaveCount(0);
  }
});

test('the deadlock lesson points at the Explorer’s two-locks scenario', async ({ page }) => {
  await page.goto('./#lessons');
  const deadlock = LESSONS.find((l) => l.id === 'deadlock')!;
  const href = await page.getByRole('link', { name: deadlock.title, exact: true }).getAttribute('href');
  const q = new URLSearchParams(href ?? '');
  expect(q.get('lab')).toBe('explore');
  expect(q.get('scenario')).toBe('two-locks');
  expect(q.get('lesson')).toBe('deadlock');
});

test('a lab points to its first lesson; the lesson’s form shows its settings, and a suggestion keeps the lesson', async ({ page }) => {
  await page.goto('./?lab=counter');
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: 'Two workers, one lock' }).click();
  const panel = page.getByTestId('lesson');
  await expect(panel).toContainText('Lesson 1 of');
  await expect(page.getByRole('radio', { name: /^Mutex/ })).toBeChecked();
  await expect(page.getByLabel('Iterations per worker', { exact: true })).toHaveValue('1000000');
  await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('2');

  // "Take the lock away": the same lesson, other settings, one more history entry.
  await panel.getByRole('link', { name: 'Take the lock away.' }).click();
  await expect(page.getByRole('radio', { name: /^No lock/ })).toBeChecked();
  await expect(panel).toContainText('The settings differ from the lesson’s');
  await page.goBack();
  await expect(page.getByRole('radio', { name: /^Mutex/ })).toBeChecked();
  await expect(panel).not.toContainText('The settings differ');

  // Next lesson, then Close: the lesson text goes, the settings stay.
  await panel.getByRole('link', { name: /^Next: The same counter, no lock/ }).click();
  await expect(panel.getByRole('heading', { name: 'The same counter, no lock' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close lesson' }).click();
  await expect(page.getByTestId('lesson')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('lesson')).toBeNull();
  await expect(page.getByRole('radio', { name: /^No lock/ })).toBeChecked();
});

test('the seed’s queue lesson leaves items behind, and the next lesson’s poison pill delivers all ten', { tag: '@alone' }, async ({ page }) => {
  const lab = new QueueLab(page);
  const n = await (async () => {
    await page.goto('./');
    return cores(page);
  })();
  const bug = LESSONS.find((l) => l.id === 'empty-check')!;
  await page.goto(`./?${lessonLink(bug, { cores: n })}`);
  await expect(page.getByTestId('lesson')).toContainText(bug.title);
  await expect(lab.shutdown('empty-check')).toBeChecked();
  await lab.runToEnd();
  const buggy = await lab.counts();
  // The consumer leaves at its first look at an empty queue: usually after one item, later only if the
  // system pauses it for a whole produce delay. Either way items are left behind, and none is lost.
  expect(buggy.left).toBeGreaterThan(0);
  expect(buggy.consumed + buggy.left).toBe(10);

  await page.getByTestId('lesson').getByRole('link', { name: /^Next: The fix: a poison pill/ }).click();
  await expect(lab.shutdown('sentinel')).toBeChecked();
  await lab.runToEnd();
  expect(await lab.counts()).toMatchObject({ produced: 10, consumed: 10, lost: 0, duplicated: 0, left: 0 });
});

test('an unknown lesson in a link is dropped with a notice, shown as text', async ({ page }) => {
  await page.goto(`./?lab=counter&lesson=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('not a lesson here');
  await expect(notice).toContainText('<img');
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  await expect(page.getByTestId('lesson')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('lesson')).toBeNull();
});
