// One worker's whole role in a shared-memory Queue run: start line, put or take every item, shut down, report.
// Concurrency contract: called once per worker per run, on a worker thread (browser or Node), for
// the ring kinds (unsafe, locked, spsc, mpmc); `message` has its own async runners in messageRun.ts.
import { arriveAndWait } from '../shared/memory.ts';
import { openQueue, type RingKind } from './openQueue.ts';
import { CLOSED, encodeItem, Exit, NO_ITEM, PILL, QueueSlot, ShutdownSlot, WorkerState, type ExitValue, type QueueMemory } from './queueLayout.ts';
import type { QueueJob, QueueWorkerResult } from './queueJob.ts';
import { stampMask } from './queueJob.ts';
import type { QueueEnd } from './ring.ts';
import { stampNow } from './latency.ts';
import { BLOCKED_SLICE_MS, CHUNK, keepGoing, workFor } from './pacing.ts';
import { Tally } from './tally.ts';
import { WorkerLine } from './workerLine.ts';

const PRODUCERS_DONE = QueueSlot.shutdown + ShutdownSlot.producersDone;
const CONSUMERS_DONE = QueueSlot.shutdown + ShutdownSlot.consumersDone;

function ringKind(job: QueueJob): RingKind {
  if (job.queue === 'message') throw new Error('message queues run with runMessageProducer/runMessageConsumer');
  return job.queue;
}

/** Puts one item, sleeping in timed slices while the queue is full. False when stopped. */
function putBlocking(m: Int32Array, q: QueueEnd, w: WorkerLine, item: number, stamp: number): boolean {
  if (q.tryPut(item, stamp) || q.put(item, stamp, 0)) return true;
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

export function runProducer(mem: QueueMemory, job: QueueJob): QueueWorkerResult {
  const m = mem.ints;
  const q = openQueue(mem, ringKind(job));
  const w = new WorkerLine(m, 'producer', job.index);
  if (!arriveAndWait(m, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control)) return w.finish(Exit.stopped);
  w.start(WorkerState.producing);
  const mask = stampMask(job);
  const paced = job.produceMs > 0;
  let item = NO_ITEM;
  for (let seq = 0; seq < mem.items; seq++) {
    if (paced || seq % CHUNK === 0) {
      w.publish(item);
      if (!keepGoing(m)) return w.finish(Exit.stopped);
    }
    item = encodeItem(job.index, seq);
    if (!putBlocking(m, q, w, item, (seq & mask) === 0 ? stampNow() : 0)) return w.finish(Exit.stopped);
    w.count++;
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
        if (!putBlocking(m, q, w, PILL, 0)) return w.finish(Exit.stopped);
        w.pills++;
      }
    } else if (job.shutdown === 'close') {
      q.close();
    }
  }
  return w.finish(Exit.finished);
}

/** Takes one value, sleeping in timed slices while the queue is empty: item, PILL, CLOSED, or NO_ITEM when stopped. */
function getBlocking(m: Int32Array, q: QueueEnd, w: WorkerLine): number {
  let v = q.tryGet();
  if (v === NO_ITEM) v = q.get(0);
  if (v !== NO_ITEM) return v;
  w.beginBlocked(WorkerState.blockedEmpty);
  while ((v = q.get(BLOCKED_SLICE_MS)) === NO_ITEM) {
    if (!keepGoing(m)) break;
  }
  w.endBlocked(WorkerState.consuming);
  return v;
}

export function runConsumer(mem: QueueMemory, job: QueueJob): QueueWorkerResult {
  const m = mem.ints;
  const q = openQueue(mem, ringKind(job));
  const w = new WorkerLine(m, 'consumer', job.index);
  const tally = new Tally(mem, job.index, stampMask(job));
  const end = (exit: ExitValue): QueueWorkerResult => {
    tally.publish();
    Atomics.add(m, CONSUMERS_DONE, 1);
    return w.finish(exit);
  };
  if (!arriveAndWait(m, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control)) return end(Exit.stopped);
  w.start(WorkerState.consuming);
  const paced = job.consumeMs > 0;
  const emptyCheck = job.shutdown === 'empty-check';
  let item = NO_ITEM;
  for (let k = 0; ; k++) {
    if (paced || k % CHUNK === 0) {
      w.publish(item);
      if (!keepGoing(m)) return end(Exit.stopped);
    }
    // The seed's loop, `while not q.empty(): q.get()`: between this check and the get below,
    // another consumer may take the last item (and this get then waits), or a slow producer may
    // be about to put the next one (and this consumer has already left).
    if (emptyCheck && q.isEmpty()) {
      w.publish(item);
      return end(Exit.empty);
    }
    const v = getBlocking(m, q, w);
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
