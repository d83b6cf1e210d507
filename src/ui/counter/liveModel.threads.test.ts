// The live figures read off real threads mid-run: with an exact mode, expected so far and the
// counter agree in every sample the page could take, however the reads interleave with the workers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocateCounter, CounterSlot } from '../../core/counter/counterLayout.ts';
import { Control, setControl } from '../../core/shared/memory.ts';
import { emptySample, readCounterSample } from '../../engine/counterSample.ts';
import { nextTurn, startCounterPool, startTrial, waitUntil, type CounterPool } from '../../testing/counterTrials.ts';
import { LiveModel } from './liveModel.ts';
import type { SyncMode } from '../../core/counter/syncModes.ts';

const THREADS = 4;
let pool: CounterPool;
const mem = allocateCounter();

beforeAll(async () => {
  pool = await startCounterPool(THREADS);
});

afterAll(async () => {
  await pool.close();
});

describe('live figures on real threads', () => {
  it.each<[SyncMode, string]>([
    ['mutex', '++++'],
    ['atomic', '+-++'],
  ])('%s (%s): no update is counted lost in any of 200,000 mid-run samples', async (sync, dirs) => {
    // Window 0 gives the largest chunk, so a worker publishes progress only every 1024 updates.
    const iters = 1_000_000_000;
    const { done } = startTrial(pool, mem, { sync, iters, dirs, window: 0, live: true });
    await waitUntil(() => Atomics.load(mem.ints, CounterSlot.value) !== 0, 10_000, 'the run to start');
    const signs = [...dirs].map((c) => (c === '-' ? -1 : 1));
    const model = new LiveModel({ workers: THREADS, iters, dirs: signs, sync, slow: false, window: 0 });
    const sample = emptySample(THREADS);
    const wrong: string[] = [];
    let progressed = 0;
    for (let i = 0; i < 200_000; i++) {
      readCounterSample(mem.ints, sample, i);
      model.update(sample, 0, true);
      if (model.lostSoFar !== 0 && wrong.length < 5) {
        wrong.push(`sample ${i}: counter ${model.value}, expected so far ${model.expectedSoFar}, lost ${model.lostSoFar}`);
      }
      if (i % 10_000 === 0) await nextTurn();
      if (model.ops > 0) progressed++;
    }
    setControl(mem.ints, CounterSlot.control, Control.stop);
    await done;
    // The samples were taken while the workers really ran, not before or after.
    expect(progressed).toBeGreaterThan(100_000);
    expect(wrong).toEqual([]);
  });
});
