// Slow motion through the page: every read and write is logged, Pause holds the workers, Step moves them.
import { CounterLab } from './pages/counterLab.ts';
import { expect, test } from './fixtures.ts';
import type { Locator } from '@playwright/test';

/** Waits until the list stops growing: the same length over `polls` looks in a row; returns that length. */
async function settledCount(list: Locator, polls = 3): Promise<number> {
  let last = -1;
  let same = 0;
  await expect
    .poll(
      async () => {
        const n = await list.count();
        same = n === last ? same + 1 : 0;
        last = n;
        return same;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(polls);
  return last;
}

test('slow motion logs each access; Pause holds the workers and Step moves them on', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=none&speed=slow&iters=4&workers=2');
  const log = page.getByRole('list', { name: 'Events, newest last' });
  await lab.run.click();
  await lab.expectStatus('running');
  await expect(log.getByRole('listitem').first()).toBeVisible({ timeout: 10_000 });

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
  await expect(lab.status).toHaveText(/Paused/);
  // A permit granted just before the pause may still be used: wait until the log is still, then it stays so.
  const held = await settledCount(log.getByRole('listitem'));
  expect(await settledCount(log.getByRole('listitem'), 4), 'no step while paused').toBe(held);

  const step = page.getByRole('button', { name: 'Step', exact: true });
  await expect(step).toBeEnabled();
  for (let i = 0; i < 4; i++) await step.click();
  await expect.poll(() => log.getByRole('listitem').count()).toBeGreaterThan(held);

  // The rest at the fastest pace: what is checked below is the log, not how fast it grew.
  await page.getByRole('slider', { name: 'Steps per second' }).fill('20');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await lab.expectStatus('done', 60_000);
  const items = await log.getByRole('listitem').allTextContents();
  expect(items.filter((t) => /\bread\b/.test(t))).toHaveLength(8);
  expect(items.filter((t) => /\bwrote\b/.test(t))).toHaveLength(8);
  // The cell ends at the value of the last write in the log.
  const lastWrite = items.filter((t) => /\bwrote\b/.test(t)).at(-1) ?? '';
  const written = /wrote ([−-]?\d+)/.exec(lastWrite)?.[1]?.replace('−', '-');
  const r = await lab.results();
  expect(r.expected).toBe(0);
  expect(r.actual).toBe(Number(written));
});

test('slow motion under the mutex stays exact and shows the lock changing hands', async ({ page }) => {
  const lab = new CounterLab(page);
  await lab.open('sync=mutex&speed=slow&iters=3&workers=2');
  await page.getByRole('slider', { name: 'Steps per second' }).fill('20');
  await lab.runToEnd('done', 60_000);
  expect(await lab.results()).toMatchObject({ expected: 0, actual: 0, lost: 0 });
  const log = page.getByRole('list', { name: 'Events, newest last' });
  await expect(log.getByText(/took the lock/).first()).toBeVisible();
  await expect(log.getByText(/erased/)).toHaveCount(0);
});

test("lesson 3's run counts its lost updates once: the log, the live view, Explain and the Results agree", async ({ page }) => {
  const lab = new CounterLab(page);
  // Lesson 3, "A lost update, step by step": its pacing always gives the same schedule.
  await lab.open('workers=2&dirs=%2B%2B&iters=4&sync=none&speed=slow');
  await page.getByRole('slider', { name: 'Steps per second' }).fill('20');
  await lab.runToEnd('done', 60_000);
  const r = await lab.results();
  expect(r.expected).toBe(8);
  expect(r.lost).toBeGreaterThan(0);
  const log = page.getByRole('list', { name: 'Events, newest last' });
  // Each write that erased an update is marked once, and no write is marked for a write that had itself erased one.
  expect(await log.getByText(/erased/).count()).toBe(r.lost);
  await expect(page.getByText(new RegExp(`The trace of this run shows ${r.lost === 1 ? 'a lost update' : `${r.lost} lost updates`}\\.`))).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`${r.lost} lost updates? seen`) })).toBeVisible({ timeout: 3000 });
});
