// Trial summaries: expected comes from the iterations each worker really finished, lost is the gap.
import { describe, expect, it } from 'vitest';
import { dirsOf, rate, summariseTrial } from './counterResult.ts';

const worker = (index: number, ops: number, elapsedMs = 100, extra: Partial<{ waits: number; retries: number; stopped: boolean }> = {}) => ({
  index,
  ops,
  elapsedMs,
  waits: extra.waits ?? 0,
  retries: extra.retries ?? 0,
  stopped: extra.stopped ?? false,
});

describe('summariseTrial', () => {
  it('an exact +/- pair loses nothing', () => {
    const t = summariseTrial(1, [worker(0, 1000), worker(1, 1000)], dirsOf('+-'), 0);
    expect(t).toMatchObject({ expected: 0, actual: 0, lost: 0, lostPct: 0, ops: 2000, throughput: 20_000, stopped: false });
    expect(t.workers.map((w) => w.dir)).toEqual([1, -1]);
  });

  it('counts the gap between expected and actual as lost, in either direction', () => {
    expect(summariseTrial(1, [worker(0, 1000), worker(1, 1000)], dirsOf('++'), 1500)).toMatchObject({ expected: 2000, lost: 500, lostPct: 25, lostIsNet: false });
    expect(summariseTrial(1, [worker(0, 1000), worker(1, 1000)], dirsOf('+-'), -37)).toMatchObject({ expected: 0, lost: 37, lostIsNet: true });
  });

  it('calls the gap a net error only when updates went both ways', () => {
    // A +- run that lost one +1 and one -1 ends exact: the gap says nothing more than "at least 0".
    expect(summariseTrial(1, [worker(0, 1000), worker(1, 1000)], dirsOf('+-'), 0)).toMatchObject({ lost: 0, lostIsNet: true });
    // A worker that did nothing (stopped before its first update) does not make the figure net.
    expect(summariseTrial(1, [worker(0, 1000), worker(1, 0)], dirsOf('+-'), 990)).toMatchObject({ lost: 10, lostIsNet: false });
  });

  it('a stopped trial expects only what was finished', () => {
    const t = summariseTrial(2, [worker(0, 300, 50, { stopped: true }), worker(1, 100, 50)], dirsOf('+-'), 200);
    expect(t).toMatchObject({ trial: 2, expected: 200, lost: 0, stopped: true, elapsedMs: 50 });
  });

  it('sums contention and uses the slowest worker for throughput', () => {
    const t = summariseTrial(1, [worker(0, 1000, 100, { waits: 3 }), worker(1, 1000, 200, { waits: 4, retries: 2 })], dirsOf('++'), 2000);
    expect(t).toMatchObject({ waits: 7, retries: 2, elapsedMs: 200, throughput: 10_000 });
    expect(t.workers[0]?.opsPerSec).toBe(10_000);
  });
});

describe('rate', () => {
  it('is zero for no elapsed time, ops per second otherwise', () => {
    expect(rate(100, 0)).toBe(0);
    expect(rate(100, 1000)).toBe(100);
  });
});
