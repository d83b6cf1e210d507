// One worker's whole role in a shared-memory Queue run: start line, put or take every item, shut down, report.
// Concurrency contract: called once per worker per run, on a worker thread (browser or Node), for
// the ring kinds (unsafe, locked, spsc, mpmc); `message` has its own async runners in messageRun.ts.
//
// With `wasm` (the WebAssembly engine) the rings are queue.wat's: a chunk of items moves in one
// call into the module, and only a worker that must sleep on a full or empty queue, take a pill,
// or pace its items comes back to the item-by-item path below, on the same ring.
import { arriveAndWait } from '../shared/memory.ts';
import type { WasmCode } from '../wasm/wasmThreads.ts';
import { LockedQueue } from './lockedQueue.ts';
import { LockFreeQueue } from './lockFreeQueue.ts';
import { openQueue, type RingKind } from './openQueue.ts';
import { CLOSED, encodeItem, Exit, NO_ITEM, PILL, QueueSlot, ShutdownSlot, WorkerState, type ExitValue, type QueueMemory } from './queueLayout.ts';
import type { QueueJob, QueueWorkerResult, Role } from './queueJob.ts';
import { stampMask } from './queueJob.ts';
import type { QueueEnd } from './ring.ts';
import { stampNow } from './latency.ts';
import { BLOCKED_SLICE_MS, CHUNK, keepGoing, workFor } from './pacing.ts';
import { Tally, type ConsumerTally } from './tally.ts';
import { WasmQueue } from './wasmQueue.ts';
import { WorkerLine } from './workerLine.ts';

const PRODUCERS_DONE = QueueSlot.shutdown + ShutdownSlot.producersDone;
const CONSUMERS_DONE = QueueSlot.shutdown + ShutdownSlot.consumersDone;

function ringKind(job: QueueJob): RingKind {
  if (job.queue === 'message') throw new Error('message queues run with runMessageProducer/runMessageConsumer');
  return job.queue;
}

/** The worker's queue: JavaScript's, or the module's ring behind the same blocking wrappers. */
function openEnd(mem: QueueMemory, kind: RingKind, wq: WasmQueue | null): QueueEnd {
  if (!wq) return openQueue(mem, kind);
  // locked keeps all its state in shared words under its mutex, so the JavaScript blocking put
  // and get work on the module's queue as they are.
  return kind === 'locked' ? new LockedQueue(mem) : new LockFreeQueue(mem, wq);
}

/** What a producer or consumer opens before the start line: its queue end, the module's ring under it, and its line. */
function openWorker(mem: QueueMemory, job: QueueJob, role: Role, wasm: WasmCode | undefined) {
  const kind = ringKind(job);
  const mask = stampMask(job);
  // The module tallies onto a consumer's own lines, so a consumer's ring knows its index.
  const wq = wasm ? new WasmQueue(mem, kind, wasm, mask, role === 'consumer' ? job.index : 0) : null;
  return { m: mem.ints, mask, wq, q: openEnd(mem, kind, wq), w: new WorkerLine(mem.ints, role, job.index) };
}

/**
 * Puts one item, sleeping in timed slices while the queue is full. False when stopped. `shown` is
 * the last item this producer put: its count is published before it sleeps, so that the live view
 * never shows a waiting worker as behind (counts are otherwise published once per chunk).
 */
function putBlocking(m: Int32Array, q: QueueEnd, w: WorkerLine, item: number, stamp: number, shown: number): boolean {
  if (q.tryPut(item, stamp) || q.put(item, stamp, 0)) return true;
  w.publish(shown);
  w.beginBlocked(WorkerState.blockedFull);
  let ok = true;
  while (!q.put(item, stamp, BLOCKED_SLICE_MS)) {
    if (!keepGoing(m)) {
      ok = false;
      break;
    }
  }
  w.endBlocked(WorkerState.producing);
  return ok;
}

export function runProducer(mem: QueueMemory, job: QueueJob, wasm?: WasmCode): QueueWorkerResult {
  const { m, mask, wq, q, w } = openWorker(mem, job, 'producer', wasm);
  if (!arriveAndWait(m, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control)) return w.finish(Exit.stopped);
  w.start(WorkerState.producing);
  const paced = job.produceMs > 0;
  // Chunks in the module at full speed; one item at a time when paced, or in JavaScript.
  const bulk = paced ? null : wq;
  let item = NO_ITEM;
  let seq = 0;
  for (let k = 0; seq < mem.items; k++) {
    if (paced || bulk || k % CHUNK === 0) {
      w.publish(item);
      if (!keepGoing(m)) return w.finish(Exit.stopped);
    }
    if (bulk) {
      const end = Math.min(seq + CHUNK, mem.items);
      const reached = bulk.produce(job.index, seq, end);
      w.count += reached - seq;
      if (reached > seq) item = encodeItem(job.index, reached - 1);
      seq = reached;
      // The ring stayed full: the next item goes the blocking way below.
      if (seq === end) continue;
    }
    const next = encodeItem(job.index, seq);
    if (!putBlocking(m, q, w, next, (seq & mask) === 0 ? stampNow() : 0, item)) return w.finish(Exit.stopped);
    item = next;
    w.count++;
    seq++;
    // Put first, then "work" on the next item, as the seed's producer does.
    if (paced) {
      w.publish(item);
      if (!workFor(m, job.produceMs)) return w.finish(Exit.stopped);
    }
  }
  w.publish(item);
  // The last producer to finish shuts the queue down: every item of every producer is in by now,
  // because each producer's puts happen before its increment (sequentially consistent Atomics).
  if (Atomics.add(m, PRODUCERS_DONE, 1) + 1 === mem.producers) {
    if (job.shutdown === 'sentinel') {
      for (let c = 0; c < mem.consumers; c++) {
        if (!putBlocking(m, q, w, PILL, 0, item)) return w.finish(Exit.stopped);
        w.pills++;
        w.publish(item);
      }
    } else if (job.shutdown === 'close') {
      q.close();
    }
  }
  return w.finish(Exit.finished);
}

/**
 * Takes one value, sleeping in timed slices while the queue is empty: item, PILL, CLOSED, or
 * NO_ITEM when stopped. Publishes this consumer's count (with `shown`, its last item) before it sleeps.
 */
function getBlocking(m: Int32Array, q: QueueEnd, w: WorkerLine, shown: number): number {
  let v = q.tryGet();
  if (v === NO_ITEM) v = q.get(0);
  if (v !== NO_ITEM) return v;
  w.publish(shown);
  w.beginBlocked(WorkerState.blockedEmpty);
  while ((v = q.get(BLOCKED_SLICE_MS)) === NO_ITEM) {
    if (!keepGoing(m)) break;
  }
  w.endBlocked(WorkerState.consuming);
  return v;
}

export function runConsumer(mem: QueueMemory, job: QueueJob, wasm?: WasmCode): QueueWorkerResult {
  const { m, mask, wq, q, w } = openWorker(mem, job, 'consumer', wasm);
  const tally: ConsumerTally = wq ?? new Tally(mem, job.index, mask);
  const end = (exit: ExitValue): QueueWorkerResult => {
    tally.publish();
    Atomics.add(m, CONSUMERS_DONE, 1);
    return w.finish(exit);
  };
  if (!arriveAndWait(m, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control)) return end(Exit.stopped);
  w.start(WorkerState.consuming);
  const paced = job.consumeMs > 0;
  const emptyCheck = job.shutdown === 'empty-check';
  // The empty check comes before every get, so that policy, like pacing, goes one item at a time.
  const bulk = paced || emptyCheck ? null : wq;
  let item = NO_ITEM;
  for (let k = 0; ; k++) {
    if (paced || bulk || k % CHUNK === 0) {
      w.publish(item);
      if (!keepGoing(m)) return end(Exit.stopped);
    }
    let v: number;
    if (bulk) {
      const taken = bulk.consume(CHUNK);
      w.count += taken;
      if (taken > 0) item = bulk.last;
      if (bulk.halt === 0) continue;
      // A pill it took is handled below; an empty ring is waited on there.
      v = bulk.halt === PILL ? PILL : getBlocking(m, q, w, item);
    } else {
      // The seed's loop, `while not q.empty(): q.get()`: between this check and the get below,
      // another consumer may take the last item (and this get then waits), or a slow producer may
      // be about to put the next one (and this consumer has already left).
      if (emptyCheck && q.isEmpty()) {
        w.publish(item);
        return end(Exit.empty);
      }
      v = getBlocking(m, q, w, item);
    }
    if (v === NO_ITEM) return end(Exit.stopped);
    if (v === CLOSED) {
      w.publish(item);
      return end(Exit.closed);
    }
    if (v === PILL) {
      w.pills++;
      if (job.shutdown === 'sentinel') {
        w.publish(item);
        return end(Exit.pill);
      }
      tally.strayPill();
      continue;
    }
    item = v;
    if (tally.record(v, q.stamp)) w.count++;
    if (paced) {
      w.publish(item);
      if (!workFor(m, job.consumeMs)) return end(Exit.stopped);
    }
  }
}
