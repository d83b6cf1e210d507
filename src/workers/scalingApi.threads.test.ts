// A sweep point's workers on real threads: each false-sharing worker counts at its own layout offset
// and nowhere else, and counter points keep the cell exact in the exact modes.
import { releaseProxy, wrap, type Remote } from 'comlink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadSpawner } from '../testing/nodeWebWorker.ts';
import type { ScalingApi } from './scalingApi.ts';
import { allocateCounter, CounterSlot } from '../core/counter/counterLayout.ts';
import { allocateSharing, counterIndex, SHARING_LAYOUTS, SharingSlot } from '../core/scaling/sharingLayout.ts';

const WORKERS = 3;
let workers: Worker[];
let remotes: Remote<ScalingApi>[];

beforeAll(async () => {
  const { spawn } = await threadSpawner('scalingApiThread.ts');
  workers = Array.from({ length: WORKERS }, (_, i) => spawn(`scaling ${i}`));
  remotes = workers.map((w) => wrap<ScalingApi>(w));
});

afterAll(() => {
  for (const r of remotes) r[releaseProxy]();
  for (const w of workers) w.terminate();
});

describe('timed points on real threads', () => {
  it.each(SHARING_LAYOUTS)('%s: every worker bumps its own counter, at its layout offset, and nothing else changes', async (layout) => {
    const mem = allocateSharing();
    const results = await Promise.all(remotes.map((r, index) => r.runSharingPoint(mem.buffer, { index, workers: WORKERS, ms: 30, layout })));
    const expected = new Int32Array(mem.ints.length);
    expected[SharingSlot.barrier] = WORKERS;
    for (const r of results) {
      expect(r.ops).toBeGreaterThan(0);
      expect(r.elapsedMs).toBeGreaterThanOrEqual(30);
      expected[counterIndex(layout, r.index)] = r.ops;
    }
    expect(Array.from(mem.ints)).toEqual(Array.from(expected));
  });

  it.each(['mutex', 'spin', 'atomic', 'local'] as const)('%s: the cell holds exactly the operations of all workers', async (sync) => {
    for (let trial = 0; trial < 5; trial++) {
      const mem = allocateCounter();
      const results = await Promise.all(remotes.map((r, index) => r.runCounterPoint(mem.buffer, { index, workers: WORKERS, ms: 20, sync })));
      const ops = results.reduce((t, r) => t + r.ops, 0);
      expect(ops).toBeGreaterThan(0);
      expect(Atomics.load(mem.ints, CounterSlot.value)).toBe(ops | 0);
    }
  });

  it('the racing mode loses updates when its workers overlap', async () => {
    let lost = 0;
    for (let trial = 0; trial < 10 && lost === 0; trial++) {
      const mem = allocateCounter();
      const results = await Promise.all(remotes.map((r, index) => r.runCounterPoint(mem.buffer, { index, workers: WORKERS, ms: 30, sync: 'none' })));
      lost = results.reduce((t, r) => t + r.ops, 0) - Atomics.load(mem.ints, CounterSlot.value);
    }
    expect(lost).toBeGreaterThan(0);
  });
});
