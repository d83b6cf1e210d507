// The stop flag on real threads: two workers sample a long racy program over shared control words;
// once the page raises the flag, together they pass at most one more choice point each, and what
// they finished is kept.
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../../testing/threadPool.ts';
import type { SampleReply, SampleRequest } from '../../../testing/pythonSampleThread.ts';
import { PROGRAMS } from '../examples/programs.ts';
import { CONTROL, createControl, requestStop } from './searchControl.ts';

/** The lost-update example with far more updates: schedules that outlast the stop flag. */
const LONG = PROGRAMS['lost-update'].replace('range(2)', 'range(200000)');
if (!LONG.includes('range(200000)')) throw new Error('the lost-update example no longer loops over range(2)');

let pool: ThreadPool<SampleRequest, SampleReply> | null = null;

afterAll(async () => {
  await pool?.close();
});

describe('the stop flag', () => {
  it('is honoured within one choice point per worker, and finished runs are kept', async () => {
    pool = await ThreadPool.start<SampleRequest, SampleReply>('pythonSampleThread.ts', 2);
    const control = createControl(true);
    const replies = pool.all([0, 1].map((worker) => ({ source: LONG, samples: 1000, share: { control, worker, workers: 2 } })));
    // Wait until both are deep inside long runs (the counter is the workers' own), then stop.
    while (Atomics.load(control, CONTROL.choices) < 20_000) await new Promise((r) => setTimeout(r, 5));
    requestStop(control);
    const seen = Atomics.load(control, CONTROL.choices);
    const [a, b] = await replies;
    // Each worker reads the flag before every choice point it counts: after the flag and `seen`, at most one more each.
    expect(Atomics.load(control, CONTROL.choices) - seen).toBeLessThanOrEqual(2);
    expect(a!.runs + b!.runs).toBe(Atomics.load(control, CONTROL.done));
    expect(a!.counted).toBe(a!.runs);
    expect(a!.runs + b!.runs).toBeLessThan(1000);
  });
});
