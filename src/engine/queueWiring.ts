// How a Queue run's workers are connected (message kind) and woken (Stop).
import { QueueSlot } from '../core/queue/queueLayout.ts';
import { Control, setControl } from '../core/shared/memory.ts';

export interface QueueChannels {
  /** Per producer: its port to each consumer, in consumer order (core's runMessageProducer). */
  readonly toConsumer: MessagePort[][];
  /** Per consumer: its port from each producer, in producer order (core's runMessageConsumer). */
  readonly fromProducer: MessagePort[][];
}

/** One MessageChannel per (producer, consumer) pair: port1 goes to the producer, port2 to the consumer. */
export function queueChannels(producers: number, consumers: number): QueueChannels {
  const toConsumer: MessagePort[][] = Array.from({ length: producers }, () => []);
  const fromProducer: MessagePort[][] = Array.from({ length: consumers }, () => []);
  for (let p = 0; p < producers; p++) {
    for (let c = 0; c < consumers; c++) {
      const { port1, port2 } = new MessageChannel();
      toConsumer[p]!.push(port1);
      fromProducer[c]!.push(port2);
    }
  }
  return { toConsumer, fromProducer };
}

/**
 * Sets the stop word and wakes every word a queue worker may sleep on. Workers also look at the
 * stop word at least every BLOCKED_SLICE_MS, so the notifies only make Stop faster, not possible.
 */
export function wakeQueueWorkers(m: Int32Array): void {
  setControl(m, QueueSlot.control, Control.stop);
  for (const slot of [QueueSlot.barrier, QueueSlot.notEmpty, QueueSlot.notFull, QueueSlot.lock]) Atomics.notify(m, slot);
}
