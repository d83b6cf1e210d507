// Counter kernels of both engines, run by one thread: arithmetic, Stop paths, chunking, and the slow-motion step protocol.
import { describe, expect, it } from 'vitest';
import { Control, setControl } from '../shared/memory.ts';
import type { CounterJob } from './counterJob.ts';
import { allocateCounter, CounterSlot, Phase, TraceKind, WorkerSlot, workerBase } from './counterLayout.ts';
import { chunkSize, KERNELS, type KernelStats } from './kernels.ts';
import { runCounterJob } from './runCounter.ts';
import { SYNC_MODES, type SyncMode } from './syncModes.ts';
import { readTrace } from './trace.ts';
import { wasmKernels } from './wasmKernels.ts';
import { ENGINES, type EngineKind } from '../wasm/engines.ts';
import { compileModule } from '../wasm/wasmThreads.ts';
import counterWasm from './counter.wat';

const stats = (): KernelStats => ({ waits: 0, retries: 0, local: 0 });

function job(sync: SyncMode, iters: number, dir: 1 | -1, slow = false): CounterJob {
  return { index: 0, workers: 1, sync, iters, dir, window: 3, live: true, slow };
}

const counterModule = compileModule(counterWasm);

/** A fresh memory of the engine, and the kernels that run on it. */
function setUp(engine: EngineKind) {
  const mem = allocateCounter(engine === 'wasm' ? counterModule : undefined);
  return { m: mem.ints, mem, kernels: mem.wasm ? wasmKernels(mem.wasm) : KERNELS };
}

describe.each(ENGINES)('kernels alone, %s engine', (engine) => {
  it.each(SYNC_MODES)('%s adds dir n times when nobody interferes', (sync) => {
    const { m, kernels } = setUp(engine);
    Atomics.store(m, CounterSlot.value, 100);
    const s = stats();
    expect(kernels[sync](m, 500, -1, 2, s)).toBe(500);
    if (sync === 'local') {
      expect(s.local).toBe(-500);
      expect(Atomics.load(m, CounterSlot.value)).toBe(100);
    } else {
      expect(Atomics.load(m, CounterSlot.value)).toBe(-400);
    }
    expect(Atomics.load(m, CounterSlot.lock)).toBe(0);
    expect(s.waits).toBe(0);
    expect(s.retries).toBe(0);
  });

  it.each([0, 1, 3, 4, 7, 1023])('atomic adds exactly %i times at window 0, whatever the remainder', (n) => {
    const { m, kernels } = setUp(engine);
    expect(kernels.atomic(m, n, 3, 0, stats())).toBe(n);
    expect(Atomics.load(m, CounterSlot.value)).toBe(3 * n);
  });

  it('carries the counts of a chunk over to the next one', () => {
    const { m, kernels } = setUp(engine);
    const s = stats();
    kernels.local(m, 300, 1, 0, s);
    kernels.local(m, 200, -1, 0, s);
    expect(s.local).toBe(100);
    expect(Atomics.load(m, CounterSlot.value)).toBe(0);
  });

  it('flag gives up on a flag that stays set once Stop is set', () => {
    const { m, kernels } = setUp(engine);
    Atomics.store(m, CounterSlot.lock, 1);
    setControl(m, CounterSlot.control, Control.stop);
    expect(kernels.flag(m, 10, 1, 0, stats())).toBe(0);
    expect(Atomics.load(m, CounterSlot.value)).toBe(0);
  });

  it('spin gives up on a held lock once Stop is set', () => {
    const { m, kernels } = setUp(engine);
    Atomics.store(m, CounterSlot.lock, 1);
    setControl(m, CounterSlot.control, Control.stop);
    expect(kernels.spin(m, 10, 1, 0, stats())).toBe(0);
    expect(Atomics.load(m, CounterSlot.value)).toBe(0);
  });

  it('checks the control word often enough: chunks shrink as the window grows', () => {
    expect(chunkSize(0)).toBe(1024);
    expect(chunkSize(100_000)).toBe(1);
    let last = Infinity;
    for (const w of [0, 10, 50, 100, 1000, 10_000, 100_000]) {
      const c = chunkSize(w);
      expect(Number.isInteger(c)).toBe(true);
      expect(c).toBeGreaterThanOrEqual(1);
      expect(c).toBeLessThanOrEqual(last);
      last = c;
    }
  });
});

describe.each(ENGINES)('runCounterJob alone, %s engine', (engine) => {
  it.each(SYNC_MODES)('%s: one worker, full speed, reports every iteration', (sync) => {
    const { m, mem } = setUp(engine);
    const r = runCounterJob(m, job(sync, 5000, 1), mem.wasm);
    expect(r).toMatchObject({ index: 0, ops: 5000, stopped: false });
    expect(Atomics.load(m, CounterSlot.value)).toBe(5000);
    expect(Atomics.load(m, workerBase(0) + WorkerSlot.progress)).toBe(5000);
    expect(Atomics.load(m, workerBase(0) + WorkerSlot.phase)).toBe(Phase.done);
  });

  it('does nothing once stopped, and says so', () => {
    const { m, mem } = setUp(engine);
    setControl(m, CounterSlot.control, Control.stop);
    const r = runCounterJob(m, job('atomic', 5000, 1), mem.wasm);
    expect(r).toMatchObject({ ops: 0, stopped: true });
    expect(Atomics.load(m, CounterSlot.value)).toBe(0);
  });
});

/** Permits each mode takes per iteration in slow motion, and the trace each iteration leaves. */
const SLOW: Record<SyncMode, { steps: number; trace: (keyof typeof TraceKind)[] }> = {
  none: { steps: 3, trace: ['read', 'write'] },
  flag: { steps: 6, trace: ['lock', 'read', 'write', 'unlock'] },
  split: { steps: 7, trace: ['lock', 'read', 'unlock', 'lock', 'write', 'unlock'] },
  mutex: { steps: 5, trace: ['lock', 'read', 'write', 'unlock'] },
  spin: { steps: 5, trace: ['lock', 'read', 'write', 'unlock'] },
  atomic: { steps: 1, trace: ['rmw'] },
  local: { steps: 1, trace: [] },
};

describe('slow motion alone', () => {
  it.each(SYNC_MODES)('%s takes one permit per step and traces every access', (sync) => {
    const { ints: m } = allocateCounter();
    const iters = 20;
    const spare = 100;
    // local takes one more permit to publish its private count.
    const steps = SLOW[sync].steps * iters + (sync === 'local' ? 1 : 0);
    Atomics.store(m, workerBase(0) + WorkerSlot.tokens, steps + spare);
    const r = runCounterJob(m, job(sync, iters, -1, true));
    expect(r).toMatchObject({ ops: iters, stopped: false });
    expect(Atomics.load(m, workerBase(0) + WorkerSlot.tokens)).toBe(spare);
    expect(Atomics.load(m, CounterSlot.value)).toBe(-iters);

    const kinds = readTrace(m, 0).map((t) => t.kind);
    const expected = Array.from({ length: iters }, () => SLOW[sync].trace.map((k) => TraceKind[k])).flat();
    if (sync === 'local') expected.push(TraceKind.rmw);
    expect(kinds).toEqual(expected);
    const writes = readTrace(m, 0).filter((t) => t.kind === TraceKind.write || t.kind === TraceKind.rmw);
    expect(writes.at(-1)?.value).toBe(-iters);
    expect(Atomics.load(m, workerBase(0) + WorkerSlot.lastWrite)).toBe(-iters);
    expect(Atomics.load(m, workerBase(0) + WorkerSlot.holds)).toBe(0);
  });
});
