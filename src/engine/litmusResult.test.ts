// The litmus run summary: role 0's report wins over the published tally, counts add up, stop is noticed.
import { describe, expect, it } from 'vitest';
import type { LitmusTally, LitmusWorkerResult } from '../core/litmus/index.ts';
import { summariseLitmus } from './litmusResult.ts';

const tally = (counts: number[], together = 0): LitmusTally => ({ done: counts.reduce((a, b) => a + b, 0), counts, invalid: 0, together });
const worker = (role: 0 | 1, t: LitmusTally | null, elapsedMs: number): LitmusWorkerResult => ({
  role,
  iterations: t?.done ?? 0,
  elapsedMs,
  stopped: false,
  tally: t,
});

describe('summariseLitmus', () => {
  it('takes role 0’s final tally and counts the outcome SC forbids', () => {
    const final = tally([7, 40, 50, 3], 60);
    const r = summariseLitmus('sb', 100, [worker(0, final, 12), worker(1, null, 15)], tally([0, 1, 2, 0]), 20, false);
    expect(r.tally).toBe(final);
    expect(r.counted).toBe(100);
    expect(r.relaxed).toBe(7);
    expect(r.elapsedMs).toBe(15);
    expect(r.stopped).toBe(false);
  });

  it('message passing’s forbidden outcome is r0=1 r1=0', () => {
    const r = summariseLitmus('mp', 10, [worker(0, tally([1, 2, 3, 4]), 1)], tally([0, 0, 0, 0]), 1, false);
    expect(r.relaxed).toBe(3);
  });

  it('falls back to the published tally when the workers were replaced, and says the run stopped', () => {
    const published = tally([0, 30, 20, 0]);
    const r = summariseLitmus('sb', 1000, null, published, 40, true);
    expect(r.tally).toBe(published);
    expect(r.counted).toBe(50);
    expect(r.elapsedMs).toBe(40);
    expect(r.stopped).toBe(true);
  });

  it('a run that counted fewer iterations than asked is reported as stopped', () => {
    const r = summariseLitmus('sb', 1000, [worker(0, tally([0, 5, 5, 0]), 2)], tally([0, 0, 0, 0]), 2, false);
    expect(r.stopped).toBe(true);
  });
});
