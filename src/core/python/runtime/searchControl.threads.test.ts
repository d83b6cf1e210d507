// Sample on real threads over shared control words: the runs claimed a block at a time give the same
// outcome counts on one worker and on two; and once the page raises the stop flag, together the
// workers pass at most one more choice point each, and what they finished is kept.
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../../testing/threadPool.ts';
import type { SampleReply, SampleRequest } from '../../../testing/pythonSampleThread.ts';
import { PROGRAMS } from '../examples/programs.ts';
import { choicesPassed, CONTROL, createControl, requestStop } from './searchControl.ts';

/** The lost-update example with far more updates: schedules that outlast the stop flag. */
const LONG = PROGRAMS['lost-update'].replace('range(2)', 'range(200000)');
if (!LONG.includes('range(200000)')) throw new Error('the lost-update example no longer loops over range(2)');

// Short racy runs, a few hundred of them: many blocks each, and a handful of outcomes.
const SHORT = LONG.replace('range(200000)', 'range(4)');

let pool: ThreadPool<SampleRequest, SampleReply> | null = null;

afterAll(async () => {
  await pool?.close();
});

/** Runs per outcome over every worker's answer. */
function merged(replies: readonly SampleReply[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of replies) for (const [k, n] of Object.entries(r.counts)) counts[k] = (counts[k] ?? 0) + n;
  return counts;
}

describe('Sample over shared control words', () => {
  it('gives the same counts on one worker and on two, every run counted once', async () => {
    pool ??= await ThreadPool.start<SampleRequest, SampleReply>('pythonSampleThread.ts', 2);
    const samples = 600;
    const one = await pool.all([{ source: SHORT, samples, share: { control: createControl(true), worker: 0, workers: 1 } }]);
    const control = createControl(true);
    const two = await pool.all([0, 1].map((worker) => ({ source: SHORT, samples, share: { control, worker, workers: 2 } })));
    expect(Object.keys(merged(one)).length).toBeGreaterThan(2);
    expect(merged(two)).toEqual(merged(one));
    expect(two.reduce((n, r) => n + r.runs, 0)).toBe(samples);
    expect(Atomics.load(control, CONTROL.done)).toBe(samples);
  });
});

describe('the stop flag', () => {
  it('is honoured within one choice point per worker, and finished runs are kept', async () => {
    pool ??= await ThreadPool.start<SampleRequest, SampleReply>('pythonSampleThread.ts', 2);
    const control = createControl(true);
    const replies = pool.all([0, 1].map((worker) => ({ source: LONG, samples: 1000, share: { control, worker, workers: 2 } })));
    // Wait until both are deep inside long runs (the counter is the workers' own), then stop.
    while (choicesPassed(control) < 20_000) await new Promise((r) => setTimeout(r, 5));
    requestStop(control);
    const seen = choicesPassed(control);
    const [a, b] = await replies;
    // Each worker reads the flag before every choice point it counts: after the flag and `seen`, at most one more each.
    expect(choicesPassed(control) - seen).toBeLessThanOrEqual(2);
    expect(a!.runs + b!.runs).toBe(Atomics.load(control, CONTROL.done));
    expect(a!.counted).toBe(a!.runs);
    expect(a!.runs + b!.runs).toBeLessThan(1000);
  });
});
