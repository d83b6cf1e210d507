// The `message` kind's wire protocol: item batches, end of stream and credit acks over a MessagePort.
// Concurrency contract: one port per (producer, consumer) pair; each end is used by one thread.
// Items never touch shared memory; only counters and the verification tallies do.

/**
 * The part of a MessagePort that the protocol needs, satisfied by the browser's MessagePort and by
 * Node's worker_threads MessagePort alike, so that core needs neither DOM nor Node types. The
 * listener's event is typed by what both share; the payload is read from its `data`.
 */
export interface QueuePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly type: string }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly type: string }) => void): void;
  /** Browsers deliver nothing to addEventListener listeners until the port is started. */
  start(): void;
}

/** Producer to consumer: items, interleaved with their stamps: [item, stamp, item, stamp, ...]. */
export interface ItemsMessage {
  readonly t: 'items';
  readonly items: Int32Array;
}
/** Producer to consumer: this producer will send nothing more. */
export interface EndMessage {
  readonly t: 'end';
}
/** Consumer to producer: `n` items were taken, so `n` more may be sent (flow control). */
export interface AckMessage {
  readonly t: 'ack';
  readonly n: number;
}
export type QueueMessage = ItemsMessage | EndMessage | AckMessage;

/** The protocol message an event carries, or null for anything else. */
export function readMessage(event: { readonly type: string }): QueueMessage | null {
  if (!('data' in event)) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null || !('t' in data)) return null;
  if (data.t === 'items' && 'items' in data && data.items instanceof Int32Array) return { t: 'items', items: data.items };
  if (data.t === 'end') return { t: 'end' };
  if (data.t === 'ack' && 'n' in data && typeof data.n === 'number') return { t: 'ack', n: data.n };
  return null;
}

/**
 * Items per message at full speed. One message per item costs a structured clone and a wake-up of
 * the receiving thread each; batching amortises both, as any real message-passing pipeline does.
 * With a per-item delay every item goes alone, so that the live view sees it move.
 */
export const BATCH = 256;

/** Items a producer may have in flight (sent, not yet taken): the queue's capacity, per producer. */
export function batchSize(capacity: number, paced: boolean): number {
  return paced ? 1 : Math.max(1, Math.min(BATCH, capacity));
}

declare function setTimeout(handler: () => void, ms: number): unknown;
declare function clearTimeout(id: unknown): void;

/**
 * A doorbell a listener rings and an async loop waits on, with a timeout so that the loop looks
 * at the control word at least every `ms`. Waiting returns to the event loop, which is the only
 * way a worker can receive messages.
 */
export class Doorbell {
  private wake: (() => void) | null = null;

  ring(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  wait(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.ring(), ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
