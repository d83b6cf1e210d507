// One worker's role in a `message` run: producers post batches round-robin to consumers, with credit-based flow control.
// Concurrency contract: each worker owns its ports; shared memory carries only progress, the
// start line, shutdown counters and the verification tallies, never the items. Both roles are
// async: a worker receives messages only when it returns to its event loop.
import { arriveAndWait } from '../shared/memory.ts';
import { encodeItem, Exit, NO_ITEM, QueueSlot, ShutdownSlot, WorkerState, type ExitValue, type QueueMemory } from './queueLayout.ts';
import { stampMask, type QueueJob, type QueueWorkerResult } from './queueJob.ts';
import { batchSize, Doorbell, readMessage, type QueuePort } from './messageProtocol.ts';
import { stampNow } from './latency.ts';
import { BLOCKED_SLICE_MS, CHUNK, keepGoing, workFor } from './pacing.ts';
import { Tally } from './tally.ts';
import { WorkerLine } from './workerLine.ts';

type Listener = (event: { readonly type: string }) => void;

function listen(ports: readonly QueuePort[], make: (port: QueuePort) => Listener): () => void {
  const listeners = ports.map((port) => {
    const l = make(port);
    port.addEventListener('message', l);
    port.start();
    return l;
  });
  return () => ports.forEach((port, i) => port.removeEventListener('message', listeners[i]!));
}

/**
 * `ports[c]` leads to consumer c. The producer may have `capacity` items in flight (posted, not yet
 * taken); when it has none left it waits for acks, which is this kind's "blocked on full".
 */
export async function runMessageProducer(mem: QueueMemory, job: QueueJob, ports: readonly QueuePort[]): Promise<QueueWorkerResult> {
  const m = mem.ints;
  const w = new WorkerLine(m, 'producer', job.index);
  const bell = new Doorbell();
  // With nobody to send to, no credit can ever come back: the producer blocks, as on a full ring.
  let credit = ports.length > 0 ? mem.capacity : 0;
  const unlisten = listen(ports, () => (event) => {
    const msg = readMessage(event);
    if (msg?.t !== 'ack') return;
    credit += msg.n;
    bell.ring();
  });
  try {
    if (!arriveAndWait(m, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control)) return w.finish(Exit.stopped);
    w.start(WorkerState.producing);
    const paced = job.produceMs > 0;
    const size = batchSize(mem.capacity, paced);
    const mask = stampMask(job);
    const batch = new Int32Array(size * 2);
    let n = 0;
    let next = 0;
    let item = NO_ITEM;
    const flush = (): void => {
      if (n === 0) return;
      // slice, not subarray: cloning a view would copy its whole buffer.
      ports[next]!.postMessage({ t: 'items', items: batch.slice(0, n * 2) });
      next = (next + 1) % ports.length;
      credit -= n;
      w.count += n;
      n = 0;
    };
    for (let seq = 0; seq < mem.items; seq++) {
      if (paced || seq % CHUNK === 0) {
        w.publish(item);
        if (!keepGoing(m)) return w.finish(Exit.stopped);
      }
      if (n >= credit) {
        flush();
        if (credit <= 0) {
          w.beginBlocked(WorkerState.blockedFull);
          while (credit <= 0) {
            await bell.wait(BLOCKED_SLICE_MS);
            if (!keepGoing(m)) {
              w.endBlocked(WorkerState.producing);
              return w.finish(Exit.stopped);
            }
          }
          w.endBlocked(WorkerState.producing);
        }
      }
      item = encodeItem(job.index, seq);
      batch[n * 2] = item;
      batch[n * 2 + 1] = (seq & mask) === 0 ? stampNow() : 0;
      n++;
      if (n === size) flush();
      if (paced) {
        w.publish(item);
        if (!workFor(m, job.produceMs)) return w.finish(Exit.stopped);
      }
    }
    flush();
    w.publish(item);
    for (const port of ports) port.postMessage({ t: 'end' });
    // Closed once every producer has sent its last item: the stall diagnosis reads this flag.
    if (Atomics.add(m, QueueSlot.shutdown + ShutdownSlot.producersDone, 1) + 1 === mem.producers) {
      Atomics.store(m, QueueSlot.shutdown + ShutdownSlot.closed, 1);
    }
    return w.finish(Exit.finished);
  } finally {
    unlisten();
  }
}

declare function setTimeout(handler: () => void, ms: number): unknown;

/** `ports[p]` comes from producer p. A batch is acked (its credit returned) as soon as it is taken. */
export async function runMessageConsumer(mem: QueueMemory, job: QueueJob, ports: readonly QueuePort[]): Promise<QueueWorkerResult> {
  const m = mem.ints;
  const w = new WorkerLine(m, 'consumer', job.index);
  const tally = new Tally(mem, job.index, stampMask(job));
  const bell = new Doorbell();
  const inbox: { port: QueuePort; items: Int32Array }[] = [];
  let ends = 0;
  const unlisten = listen(ports, (port) => (event) => {
    const msg = readMessage(event);
    if (msg?.t === 'items') inbox.push({ port, items: msg.items });
    else if (msg?.t === 'end') ends++;
    bell.ring();
  });
  const end = (exit: ExitValue): QueueWorkerResult => {
    tally.publish();
    Atomics.add(m, QueueSlot.shutdown + ShutdownSlot.consumersDone, 1);
    return w.finish(exit);
  };
  try {
    if (!arriveAndWait(m, QueueSlot.barrier, mem.producers + mem.consumers, QueueSlot.control)) return end(Exit.stopped);
    w.start(WorkerState.consuming);
    const paced = job.consumeMs > 0;
    let k = 0;
    let item = NO_ITEM;
    for (;;) {
      w.publish(item);
      if (!keepGoing(m)) return end(Exit.stopped);
      const batch = inbox.shift();
      if (batch) {
        const items = batch.items;
        batch.port.postMessage({ t: 'ack', n: items.length / 2 });
        for (let i = 0; i < items.length; i += 2) {
          if (paced || ++k % CHUNK === 0) {
            w.publish(item);
            if (!keepGoing(m)) return end(Exit.stopped);
          }
          item = items[i]!;
          if (tally.record(item, items[i + 1]!)) w.count++;
          if (paced && !workFor(m, job.consumeMs)) return end(Exit.stopped);
        }
        continue;
      }
      if (job.shutdown === 'empty-check') {
        // `if inbox.empty(): leave`, after one turn of the event loop to let arrived messages in.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (inbox.length === 0) return end(Exit.empty);
        continue;
      }
      // Every producer's end marker is in, and everything before it on each port (ports are FIFO).
      if (ends === ports.length) return end(job.shutdown === 'sentinel' ? Exit.pill : Exit.closed);
      w.beginBlocked(WorkerState.blockedEmpty);
      while (inbox.length === 0 && ends < ports.length) {
        await bell.wait(BLOCKED_SLICE_MS);
        if (!keepGoing(m)) {
          w.endBlocked(WorkerState.consuming);
          return end(Exit.stopped);
        }
      }
      w.endBlocked(WorkerState.consuming);
    }
  } finally {
    unlisten();
  }
}
