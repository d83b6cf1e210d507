// Real-thread tests of shutdown on both engines: the seed's empty-check bug and its fixes, runs that can never finish, Stop and pause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeRun, QueuePool, runToEnd, startRun, watchForStall } from '../../testing/queueTrials.ts';
import { waitUntil } from '../../testing/counterTrials.ts';
import { Control, setControl } from '../shared/memory.ts';
import { jobsFor, type QueueRun, type QueueWorkerResult } from './queueJob.ts';
import { QUEUE_KINDS, SAFE_KINDS, type QueueKind } from './queueKinds.ts';
import { allocateQueue, consumerBase, Exit, producerBase, QueueSlot, WorkerSlot, WorkerState, type QueueMemory } from './queueLayout.ts';
import { verifyQueue } from './verify.ts';
import { ENGINES } from '../wasm/engines.ts';
import { compileModule } from '../wasm/wasmThreads.ts';
import queueWasm from './queue.wat';

let pool: QueuePool;

beforeAll(async () => {
  pool = await QueuePool.start(8);
});

afterAll(async () => {
  await pool.close();
});

const SAFE = QUEUE_KINDS.filter((k) => SAFE_KINDS.has(k));

/** The seed's program: one producer putting 10 items slowly, one consumer faster than it. */
function seed(queue: QueueKind, shutdown: QueueRun['shutdown']): QueueRun {
  return { queue, shutdown, producers: 1, consumers: 1, capacity: 16, items: 10, produceMs: 20, consumeMs: 5 };
}

function states(mem: QueueMemory): number[] {
  const out: number[] = [];
  for (let p = 0; p < mem.producers; p++) out.push(Atomics.load(mem.ints, producerBase(p) + WorkerSlot.state));
  for (let c = 0; c < mem.consumers; c++) out.push(Atomics.load(mem.ints, consumerBase(c) + WorkerSlot.state));
  return out;
}

/** Sets Stop and returns every worker's result and how long the slowest took to answer. */
async function stop(mem: QueueMemory, done: Promise<QueueWorkerResult[]>): Promise<{ results: QueueWorkerResult[]; ms: number }> {
  const t0 = performance.now();
  setControl(mem.ints, QueueSlot.control, Control.stop);
  const results = await done;
  return { results, ms: performance.now() - t0 };
}

/** spsc takes one producer and one consumer; the other kinds get `n`. */
const one = (queue: QueueKind, n: number): number => (queue === 'spsc' ? 1 : n);

describe.each(ENGINES)('%s engine', (engine) => {
  // `message` has no ring, so no WebAssembly kernel: the WebAssembly engine runs the ring kinds.
  const module = engine === 'wasm' ? compileModule(queueWasm) : undefined;
  const kinds = QUEUE_KINDS.filter((k) => engine === 'js' || k !== 'message');
  const safe = SAFE.filter((k) => kinds.includes(k));

  describe("the seed's producer and consumer", () => {
    it.each(safe)('%s with empty-check: the consumer leaves early and items stay behind', async (queue) => {
      const run = seed(queue, 'empty-check');
      const { verdict: v, results } = await runToEnd(pool, run, undefined, module);
      console.info(`seed, ${queue}, empty-check: consumed ${v.consumed} of 10, ${v.left} left behind`);
      expect(v.produced).toBe(10);
      expect(v.consumed).toBeLessThan(10);
      expect(v.left).toBe(10 - v.consumed);
      // Nothing is lost or doubled: the items are simply never taken.
      expect(v).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, phantom: 0 });
      expect(results.find((r) => r.role === 'consumer')?.exit).toBe(Exit.empty);
      expect(results.find((r) => r.role === 'producer')?.exit).toBe(Exit.finished);
    });

    it.each(safe.flatMap((q) => [[q, 'sentinel'] as const, [q, 'close'] as const]))('%s with %s: every item consumed', async (queue, shutdown) => {
      const run = seed(queue, shutdown);
      const { verdict: v, results } = await runToEnd(pool, run, undefined, module);
      if (!v.complete) expect.fail(describeRun(run, v));
      expect(v.consumed).toBe(10);
      expect(v.pillsLeft).toBe(0);
      const exit = results.find((r) => r.role === 'consumer')?.exit;
      expect(exit).toBe(shutdown === 'sentinel' ? Exit.pill : Exit.closed);
    });

    it('sentinel sends exactly one pill per consumer, through the queue, after every item', async () => {
      const run: QueueRun = { queue: 'mpmc', shutdown: 'sentinel', producers: 3, consumers: 4, capacity: 2, items: 2000, produceMs: 0, consumeMs: 0 };
      const { verdict: v, results } = await runToEnd(pool, run, undefined, module);
      if (!v.complete) expect.fail(describeRun(run, v));
      const pillsPut = results.filter((r) => r.role === 'producer').reduce((t, r) => t + r.pills, 0);
      expect(pillsPut).toBe(4);
      for (const r of results.filter((x) => x.role === 'consumer')) expect(r).toMatchObject({ pills: 1, exit: Exit.pill });
    });
  });

  describe('runs that can never finish are diagnosed, and Stop ends them', () => {
    const never: [string, (q: QueueKind) => QueueRun, string, readonly QueueKind[]][] = [
      [
        'capacity 1, the consumer leaves at the first empty look',
        // The producers work 5 ms per item, so the consumer surely finds the queue empty after its
        // first item and leaves (at full speed it may never look at an empty queue, and finish).
        (queue) => ({ queue, shutdown: 'empty-check', producers: one(queue, 2), consumers: 1, capacity: 1, items: 1000, produceMs: 5, consumeMs: 0 }),
        'producer',
        kinds,
      ],
      [
        'no consumer at all',
        (queue) => ({ queue, shutdown: 'close', producers: one(queue, 2), consumers: 0, capacity: 4, items: 100, produceMs: 0, consumeMs: 0 }),
        'producer',
        kinds,
      ],
      [
        'no producer, so nobody will ever close the queue',
        (queue) => ({ queue, shutdown: 'close', producers: 0, consumers: one(queue, 2), capacity: 4, items: 100, produceMs: 0, consumeMs: 0 }),
        'consumer',
        kinds.filter((k) => k !== 'message'),
      ],
    ];

    for (const [name, make, who, kinds] of never) {
      it.each(kinds)(`${name}: %s is deadlocked, and Stop ends it`, async (queue) => {
        const run = make(queue);
        const { mem, done } = startRun(pool, run, module);
        const d = await watchForStall(mem, queue, 10_000);
        expect(d.status).toBe('deadlocked');
        expect(d.reason).toContain(who);
        const { results, ms } = await stop(mem, done);
        console.info(`${name}, ${queue}: "${d.reason}"; Stop answered in ${ms.toFixed(1)} ms`);
        expect(ms).toBeLessThan(1000);
        for (const r of results) {
          if (r.exit === Exit.stopped) expect(r.stopped).toBe(true);
        }
        expect(states(mem).every((s) => s === WorkerState.done)).toBe(true);
        // Whatever is stuck is still accounted for (and, but for unsafe, nothing went wrong).
        const v = verifyQueue(mem, queue);
        expect(v.delivered + v.left + v.lost).toBe(v.produced);
        if (SAFE_KINDS.has(queue)) expect(v).toMatchObject({ lost: 0, duplicated: 0 });
      });
    }

    it.each(safe)('%s: a run that is merely slow is not called stuck', async (queue) => {
      const run: QueueRun = { queue, shutdown: 'close', producers: 1, consumers: 1, capacity: 1, items: 8, produceMs: 60, consumeMs: 0 };
      const { mem, done } = startRun(pool, run, module);
      const d = await watchForStall(mem, queue, 400);
      expect(d.status).toBe('ok');
      await done;
    });
  });

  describe('Stop and pause', () => {
    const long = (queue: QueueKind, extra: Partial<QueueRun> = {}): QueueRun => ({
      queue,
      shutdown: 'close',
      producers: one(queue, 2),
      consumers: one(queue, 2),
      capacity: 64,
      items: 10_000_000,
      produceMs: 0,
      consumeMs: 0,
      ...extra,
    });
    const counts = (mem: QueueMemory): number[] =>
      Array.from({ length: mem.producers }, (_, p) => Atomics.load(mem.ints, producerBase(p) + WorkerSlot.count)).concat(
        Array.from({ length: mem.consumers }, (_, c) => Atomics.load(mem.ints, consumerBase(c) + WorkerSlot.count)),
      );

    it.each(kinds)('%s: Stop ends a full-speed run of 10^7 items per producer within milliseconds', async (queue) => {
      const { mem, done } = startRun(pool, long(queue), module);
      await waitUntil(() => counts(mem).every((c) => c > 1000), 10_000, 'every worker to make progress');
      const { results, ms } = await stop(mem, done);
      console.info(`Stop ${queue} at full speed: ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(1000);
      for (const r of results) expect(r).toMatchObject({ stopped: true, exit: Exit.stopped });
      const v = verifyQueue(mem, queue);
      if (SAFE_KINDS.has(queue)) expect(v).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
    });

    it.each(safe)('%s: Stop cuts a long per-item delay short', async (queue) => {
      const { mem, done } = startRun(pool, long(queue, { items: 100, produceMs: 1000, consumeMs: 1000 }), module);
      await waitUntil(() => counts(mem)[0]! >= 1, 10_000, 'the first item');
      const { results, ms } = await stop(mem, done);
      expect(ms).toBeLessThan(500);
      for (const r of results) expect(r.stopped).toBe(true);
    });

    it.each(safe)('%s: pause freezes every worker, resume carries on', async (queue) => {
      const { mem, done } = startRun(pool, long(queue), module);
      await waitUntil(() => counts(mem).every((c) => c > 1000), 10_000, 'every worker to make progress');
      setControl(mem.ints, QueueSlot.control, Control.pause);
      // A paused worker sleeps on the control word: once one notify finds every worker there, all
      // are parked (a blocked one gets there within its 10 ms slice) and none can be mid-chunk.
      const workers = mem.producers + mem.consumers;
      await waitUntil(() => Atomics.notify(mem.ints, QueueSlot.control) === workers, 10_000, 'every worker to park');
      const frozen = counts(mem);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(counts(mem)).toEqual(frozen);
      setControl(mem.ints, QueueSlot.control, Control.run);
      await waitUntil(() => counts(mem).every((c, i) => c > frozen[i]!), 10_000, 'every worker to move again');
      await stop(mem, done);
    });

    it('releases workers still waiting at the start line', async () => {
      // The buffer says 2 producers and 2 consumers, but only three of them ever start.
      const run = long('mpmc');
      const mem = allocateQueue(run, module);
      const started = jobsFor(run).slice(0, 3);
      const done = Promise.all(started.map((job, i) => pool.call(i, { buffer: mem.buffer, job, ports: [], wasm: mem.wasm })));
      await waitUntil(() => Atomics.load(mem.ints, QueueSlot.barrier) === 3, 10_000, 'three arrivals');
      const { results, ms } = await stop(mem, done);
      expect(ms).toBeLessThan(1000);
      for (const r of results) expect(r).toMatchObject({ items: 0, stopped: true, exit: Exit.stopped });
      expect(verifyQueue(mem, 'mpmc')).toMatchObject({ produced: 0, consumed: 0 });
    });
  });
});
