// The Queue engine on real threads (Node worker_threads dressed as Web Workers): verified runs, pool reuse,
// deadlocks found and ended, Stop on a full queue, workers that hang or crash, pause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, type QueueParams } from '../core/params/queueParams.ts';
import { consumerBase, producerBase, WorkerSlot, WorkerState, type QueueMemory } from '../core/queue/queueLayout.ts';
import { waitUntil } from '../testing/counterTrials.ts';
import { queueThreadSpawner } from '../testing/nodeWebWorker.ts';
import type { QueueThreadMode } from '../testing/queueApiThread.ts';
import { QueueEngine } from './queueEngine.ts';
import { STOP_GRACE_MS } from './runStatus.ts';

let mode: QueueThreadMode = 'real';
let engine: QueueEngine;
let alive: () => number;

beforeAll(async () => {
  const spawner = await queueThreadSpawner(() => mode);
  alive = spawner.alive;
  engine = new QueueEngine(spawner.spawn);
});

afterAll(() => {
  engine.dispose();
});

const params = (patch: Partial<QueueParams>): QueueParams => ({ ...DEFAULT_QUEUE, items: 20_000, ...patch });
const SAFE = ['locked', 'spsc', 'mpmc', 'message'] as const;
const pair = (queue: QueueParams['queue']): number => (queue === 'spsc' ? 1 : 2);

function states(mem: QueueMemory, role: 'producer' | 'consumer'): number[] {
  const n = role === 'producer' ? mem.producers : mem.consumers;
  const base = role === 'producer' ? producerBase : consumerBase;
  return Array.from({ length: n }, (_, i) => Atomics.load(mem.ints, base(i) + WorkerSlot.state));
}

describe('verified runs', () => {
  it('refuses spsc with other counts than one and one, before starting any worker', async () => {
    const refusing = new QueueEngine(() => {
      throw new Error('no worker may start');
    });
    const out = await refusing.run(params({ queue: 'spsc', producers: 2, consumers: 1 }));
    expect(out.status).toBe('failed');
    expect(out.result).toBeNull();
    expect(out.error).toMatch(/exactly 1 producer and 1 consumer/);
  });

  it.each(SAFE.flatMap((q) => [[q, 'sentinel'] as const, [q, 'close'] as const]))('%s with %s: every item exactly once', async (queue, shutdown) => {
    const n = pair(queue);
    const lives: number[] = [];
    const out = await engine.run(params({ queue, shutdown, producers: n, consumers: n }), { onLive: (l) => lives.push(l.consumed) });
    expect(out.status).toBe('done');
    const r = out.result!;
    expect(r.verdict).toMatchObject({ produced: n * 20_000, consumed: n * 20_000, lost: 0, duplicated: 0, outOfOrder: 0, left: 0, complete: true });
    expect(r.throughput).toBeGreaterThan(0);
    expect(r.workers).toHaveLength(2 * n);
    expect(r.latency.samples).toBeGreaterThan(0);
    // Live summaries never run ahead of the final count.
    for (const c of lives) expect(c).toBeLessThanOrEqual(n * 20_000);
  });

  it.each(['locked', 'spsc', 'mpmc'] as const)('%s on the WebAssembly engine: every item exactly once, on the memory the views read', async (queue) => {
    const n = pair(queue);
    const out = await engine.run(params({ queue, shutdown: 'close', producers: n, consumers: n, engine: 'wasm' }));
    expect(out).toMatchObject({ status: 'done', engine: 'wasm' });
    expect(out.result!.verdict).toMatchObject({ produced: n * 20_000, consumed: n * 20_000, lost: 0, duplicated: 0, outOfOrder: 0, left: 0, complete: true });
    // The lab's buffer is the shared WebAssembly memory's own, so either engine runs on it.
    expect(engine.mem!.wasm?.memory.buffer).toBe(engine.mem!.buffer);
  });

  it('a second run reuses the pool and, with the same geometry, the memory', async () => {
    const p = params({ queue: 'mpmc', producers: 2, consumers: 2, items: 5000 });
    await engine.run(p);
    const spawned = engine.pool.spawned;
    const mem = engine.mem;
    expect((await engine.run(p)).status).toBe('done');
    expect(engine.pool.spawned).toBe(spawned);
    expect(engine.mem).toBe(mem);
    expect((await engine.run({ ...p, capacity: 3 })).status).toBe('done');
    expect(engine.mem).not.toBe(mem);
    expect(engine.pool.spawned).toBe(spawned);
  });

  it("the seed's setup with empty-check leaves items behind; with sentinel it leaves none", async () => {
    const seed = params({ queue: 'locked', producers: 1, consumers: 1, items: 10, produceMs: 20, consumeMs: 5, shutdown: 'empty-check' });
    const buggy = await engine.run(seed);
    expect(buggy.status).toBe('done');
    expect(buggy.result!.verdict.consumed).toBeLessThan(10);
    expect(buggy.result!.verdict.left).toBe(10 - buggy.result!.verdict.consumed);
    const fixed = await engine.run({ ...seed, shutdown: 'sentinel' });
    expect(fixed.result!.verdict).toMatchObject({ consumed: 10, left: 0, complete: true });
  });
});

describe('runs that cannot finish', () => {
  it.each(['locked', 'spsc', 'mpmc', 'message', 'unsafe'] as const)('%s: a producer stuck on a full queue with no consumer left ends as deadlocked, in words', async (queue) => {
    const t0 = performance.now();
    const out = await engine.run(params({ queue, producers: 1, consumers: 1, capacity: 1, items: 10, produceMs: 20, shutdown: 'empty-check' }));
    const ms = performance.now() - t0;
    expect(out.status).toBe('deadlocked');
    expect(out.result!.diagnosis).toMatch(/producer waits? for room in a full queue and no consumer is left.*can never finish/);
    expect(out.result!.verdict).toMatchObject({ lost: 0, duplicated: 0 });
    expect(out.result!.verdict.produced).toBeLessThan(10);
    expect(ms).toBeLessThan(3000);
    expect(engine.running).toBe(false);
  });

  it.each(SAFE)('%s: Stop while producers are blocked on a full queue answers at once; the next run works', async (queue) => {
    const n = pair(queue);
    const run = engine.run(params({ queue, producers: n, consumers: 1, capacity: 1, items: 1000, consumeMs: 1000 }));
    await waitUntil(() => engine.mem !== null && states(engine.mem, 'producer').every((s) => s === WorkerState.blockedFull), 10_000, 'producers blocked on full');
    const t0 = performance.now();
    await engine.stop();
    const out = await run;
    const ms = performance.now() - t0;
    console.info(`Stop ${queue} with producers blocked on full: ${ms.toFixed(1)} ms`);
    expect(out.status).toBe('stopped');
    expect(ms).toBeLessThan(STOP_GRACE_MS);
    const v = out.result!.verdict;
    expect(v).toMatchObject({ lost: 0, duplicated: 0 });
    expect(v.consumed + v.left).toBe(v.produced);
    expect((await engine.run(params({ queue, producers: n, consumers: n, items: 1000 }))).result!.verdict.complete).toBe(true);
  });

  it('Stop while the workers are still loading ends the run before it starts', async () => {
    const fresh = new QueueEngine((await queueThreadSpawner(() => 'real')).spawn);
    try {
      const run = fresh.run(params({ queue: 'mpmc' }));
      expect(fresh.running).toBe(true);
      await fresh.stop();
      expect(await run).toEqual({ status: 'stopped', result: null, engine: 'js' });
      expect(fresh.running).toBe(false);
    } finally {
      fresh.dispose();
    }
  });
});

describe('workers that misbehave', () => {
  it('workers that never answer are terminated after the grace period and replaced; the next run works', async () => {
    const p = params({ queue: 'mpmc', producers: 2, consumers: 2, items: 5000 });
    await engine.run(p);
    // Break every worker of the pool: kill them, so the next acquire starts hanging ones.
    mode = 'hang';
    engine.dispose();
    // The first live summary comes once the jobs have been handed out.
    let started = false;
    const run = engine.run(p, { onLive: () => (started = true) });
    await waitUntil(() => started, 10_000, 'the run to start');
    mode = 'real';
    const t0 = performance.now();
    await engine.stop();
    const out = await run;
    const ms = performance.now() - t0;
    expect(out.status).toBe('stopped');
    expect(ms).toBeGreaterThanOrEqual(STOP_GRACE_MS - 5);
    expect(ms).toBeLessThan(1000);
    // Nothing was done, and that is what the result says.
    expect(out.result!.verdict).toMatchObject({ produced: 0, consumed: 0 });
    expect(out.result!.workers.every((w) => w.stopped)).toBe(true);
    const next = await engine.run(p);
    expect(next.result!.verdict.complete).toBe(true);
    await waitUntil(() => alive() === 4, 5000, 'four live workers');
  });

  it('a worker that crashes fails the run with its message; the next run replaces it', async () => {
    mode = 'crash';
    engine.dispose();
    const p = params({ queue: 'locked', producers: 2, consumers: 2, items: 5000 });
    const out = await engine.run(p);
    mode = 'real';
    expect(out.status).toBe('failed');
    expect(out.error).toMatch(/crashed on purpose/);
    expect(out.result).not.toBeNull();
    const next = await engine.run(p);
    expect(next.result!.verdict.complete).toBe(true);
    await waitUntil(() => alive() === 4, 5000, 'four live workers');
  });
});

describe('pause', () => {
  it('freezes every count, and resume carries the run to the end', async () => {
    const run = engine.run(params({ queue: 'mpmc', producers: 2, consumers: 2, items: 2_000_000 }));
    const consumed = (): number => {
      const m = engine.mem!;
      return Atomics.load(m.ints, consumerBase(0) + WorkerSlot.count) + Atomics.load(m.ints, consumerBase(1) + WorkerSlot.count);
    };
    await waitUntil(() => engine.mem !== null && engine.mem.items === 2_000_000 && consumed() > 10_000, 10_000, 'progress');
    engine.pause();
    expect(engine.paused).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const frozen = consumed();
    // Longer than the stall watch's quiet time: a paused run is not deadlocked.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(consumed()).toBe(frozen);
    expect(engine.running).toBe(true);
    engine.resume();
    const out = await run;
    expect(out.status).toBe('done');
    expect(out.result!.verdict.complete).toBe(true);
  });
});
