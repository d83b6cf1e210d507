// One worker's role in a `message` run: producers post items round-robin to consumers, with credit-based flow control.
// Concurrency contract: each worker owns its ports; shared memory carries only progress, the
// start line, shutdown counters and the verification tallies, never the items. Both roles are
// async: a worker receives messages only when it returns to its event loop.
import { arriveAndWait } from '../shared/memory.ts';
import { encodeItem, Exit, NO_ITEM, QueueSlot, ShutdownSlot, WorkerState, type ExitValue, type QueueMemory } from './queueLayout.ts';
import { stampMask, type QueueJob, type QueueWorkerResult } from './queueJob.ts';
import { ackEvery, Doorbell, readMessage, type QueuePort } from './messageProtocol.ts';
import { stampNow } from './latency.ts';
import { BLOCKED_SLICE_MS, CHUNK, keepGoing, workFor } from './pacing.ts';
import { Tally } from './tally.ts';
import { WorkerLine } from './workerLine.ts';

type Listener = (event: { readonly type: string }) => void;

function listen(ports: readonly QueuePort[], make: (index: number) => Listener): () => void {
  const listeners = ports.map((port, i) => {
    const l = make(i);
    port.addEventListener('message', l);
    port.start();
    return l;
  });
  return () => ports.forEach((port, i) => port.removeEventListener('message', listeners[i]!));
}

function startLine(mem: QueueMemory): boolean {
  return arriveAndWait(mem.ints, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control);
}

/**
 * `ports[c]` leads to consumer c. The producer may have `capacity` items in flight; with none
 * left it waits for acks, which is this kind's "blocked on full".
 */
export async function runMessageProducer(mem: QueueMemory, job: QueueJob, ports: readonly QueuePort[]): Promise<QueueWorkerResult> {
  const m = mem.ints;
  const w = new WorkerLine(m, 'producer', job.index);
  const bell = new Doorbell(BLOCKED_SLICE_MS);
  // With nobody to send to, no credit can ever come back: the producer blocks, as on a full ring.
  let credit = ports.length > 0 ? mem.capacity : 0;
  const unlisten = listen(ports, () => (event) => {
    const msg = readMessage(event);
    if (msg?.t !== 'ack') return;
    credit += msg.n;
    bell.ring();
  });
  try {
    if (!startLine(mem)) return w.finish(Exit.stopped);
    w.start(WorkerState.producing);
    const paced = job.produceMs > 0;
    const mask = stampMask(job);
    let next = 0;
    let item = NO_ITEM;
    for (let seq = 0; seq < mem.items; seq++) {
      if (paced || seq % CHUNK === 0) {
        w.publish(item);
        if (!keepGoing(m)) return w.finish(Exit.stopped);
      }
      if (credit <= 0) {
        w.beginBlocked(WorkerState.blockedFull);
        while (credit <= 0) {
          // Acks can only arrive while this worker is back in its event loop.
          await bell.wait();
          if (!keepGoing(m)) {
            w.endBlocked(WorkerState.producing);
            return w.finish(Exit.stopped);
          }
        }
        w.endBlocked(WorkerState.producing);
      }
      item = encodeItem(job.index, seq);
      ports[next]!.postMessage({ t: 'item', item, stamp: (seq & mask) === 0 ? stampNow() : 0 });
      next = next + 1 === ports.length ? 0 : next + 1;
      credit--;
      w.count++;
      if (paced) {
        w.publish(item);
        if (!workFor(m, job.produceMs)) return w.finish(Exit.stopped);
      }
    }
    w.publish(item);
    for (const port of ports) port.postMessage({ t: 'end' });
    // Closed once every producer has sent its last item: the stall diagnosis reads this flag.
    if (Atomics.add(m, QueueSlot.shutdown + ShutdownSlot.producersDone, 1) + 1 === mem.producers) {
      Atomics.store(m, QueueSlot.shutdown + ShutdownSlot.closed, 1);
    }
    return w.finish(Exit.finished);
  } finally {
    unlisten();
    bell.close();
  }
}

declare function setTimeout(handler: () => void, ms: number): unknown;

/** `ports[p]` comes from producer p. Items are acked (their credit returned) as they are taken. */
export async function runMessageConsumer(mem: QueueMemory, job: QueueJob, ports: readonly QueuePort[]): Promise<QueueWorkerResult> {
  const m = mem.ints;
  const w = new WorkerLine(m, 'consumer', job.index);
  const tally = new Tally(mem, job.index, stampMask(job));
  const bell = new Doorbell(BLOCKED_SLICE_MS);
  // The inbox: three parallel queues (producer, item, stamp), read from `head`.
  const from: number[] = [];
  const items: number[] = [];
  const stamps: number[] = [];
  let head = 0;
  let ends = 0;
  const unlisten = listen(ports, (p) => (event) => {
    const msg = readMessage(event);
    if (msg?.t === 'item') {
      from.push(p);
      items.push(msg.item);
      stamps.push(msg.stamp);
    } else if (msg?.t === 'end') {
      ends++;
    }
    bell.ring();
  });
  const unacked = new Array<number>(ports.length).fill(0);
  const end = (exit: ExitValue): QueueWorkerResult => {
    tally.publish();
    Atomics.add(m, QueueSlot.shutdown + ShutdownSlot.consumersDone, 1);
    return w.finish(exit);
  };
  try {
    if (!startLine(mem)) return end(Exit.stopped);
    w.start(WorkerState.consuming);
    const paced = job.consumeMs > 0;
    const every = ackEvery(mem.capacity, mem.consumers, paced || job.produceMs > 0);
    let item = NO_ITEM;
    for (let k = 0; ; k++) {
      if (paced || k % CHUNK === 0) {
        w.publish(item);
        if (!keepGoing(m)) return end(Exit.stopped);
      }
      if (head < items.length) {
        const p = from[head]!;
        item = items[head]!;
        const stamp = stamps[head]!;
        head++;
        if (++unacked[p]! >= every) {
          ports[p]!.postMessage({ t: 'ack', n: unacked[p]! });
          unacked[p] = 0;
        }
        if (tally.record(item, stamp)) w.count++;
        if (paced && !workFor(m, job.consumeMs)) return end(Exit.stopped);
        continue;
      }
      // Drained what had arrived: start the arrays afresh.
      head = 0;
      from.length = 0;
      items.length = 0;
      stamps.length = 0;
      w.publish(item);
      if (job.shutdown === 'empty-check') {
        // `if inbox.empty(): leave`, after one turn of the event loop to let arrived messages in.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (items.length === 0) return end(Exit.empty);
        continue;
      }
      // Every producer's end marker is in, and everything before it on each port (ports are FIFO).
      if (ends === ports.length) return end(job.shutdown === 'sentinel' ? Exit.pill : Exit.closed);
      w.beginBlocked(WorkerState.blockedEmpty);
      while (items.length === 0 && ends < ports.length) {
        await bell.wait();
        if (!keepGoing(m)) {
          w.endBlocked(WorkerState.consuming);
          return end(Exit.stopped);
        }
      }
      w.endBlocked(WorkerState.consuming);
    }
  } finally {
    unlisten();
    bell.close();
  }
}
