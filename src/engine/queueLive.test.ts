// Live summaries: sums per role, backpressure counts, and the consume rate between two looks.
import { describe, expect, it } from 'vitest';
import { WorkerState } from '../core/queue/queueLayout.ts';
import type { QueueSnapshot } from '../core/queue/stall.ts';
import { Control } from '../core/shared/memory.ts';
import { snapshotProgress, summariseSnapshot } from './queueLive.ts';

const at = (atMs: number, produced: [number, number], consumed: number, occupancy = 0): QueueSnapshot => ({
  atMs,
  control: Control.run,
  occupancy,
  closed: false,
  workers: [
    { role: 'producer', index: 0, state: WorkerState.producing, count: produced[0] },
    { role: 'producer', index: 1, state: WorkerState.blockedFull, count: produced[1] },
    { role: 'consumer', index: 0, state: WorkerState.blockedEmpty, count: consumed },
  ],
});

describe('summariseSnapshot', () => {
  it('sums producers and consumers and counts who is blocked on what', () => {
    const live = summariseSnapshot(at(1100, [30, 20], 40, 10), null, 100);
    expect(live).toEqual({ produced: 50, consumed: 40, occupancy: 10, blockedFull: 1, blockedEmpty: 1, itemsPerSec: 0, elapsedMs: 1000 });
  });
  it('measures the consume rate since the previous look', () => {
    expect(summariseSnapshot(at(1100, [0, 0], 140), at(1000, [0, 0], 40), 0).itemsPerSec).toBe(1000);
  });
  it('progress grows with any put or take', () => {
    expect(snapshotProgress(at(0, [1, 2], 3))).toBe(6);
  });
});
