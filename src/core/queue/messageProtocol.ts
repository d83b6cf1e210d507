// The `message` kind's wire protocol: one message per item, end of stream, and credit acks over a MessagePort.
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

/** Producer to consumer: one item and its enqueue stamp. One message per item, as a program that
 * simply swaps its shared queue for a MessagePort would send; that is the baseline the shared-memory
 * queues are measured against. */
export interface ItemMessage {
  readonly t: 'item';
  readonly item: number;
  readonly stamp: number;
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
export type QueueMessage = ItemMessage | EndMessage | AckMessage;

/** The protocol message an event carries, or null for anything else. */
export function readMessage(event: { readonly type: string }): QueueMessage | null {
  if (!('data' in event)) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null || !('t' in data)) return null;
  if (data.t === 'item' && 'item' in data && 'stamp' in data && typeof data.item === 'number' && typeof data.stamp === 'number') {
    return { t: 'item', item: data.item, stamp: data.stamp };
  }
  if (data.t === 'end') return { t: 'end' };
  if (data.t === 'ack' && 'n' in data && typeof data.n === 'number') return { t: 'ack', n: data.n };
  return null;
}

/**
 * Items a consumer takes from one producer before it acks them. A producer may have `capacity`
 * items in flight (posted, not yet taken): that is the queue's capacity here. Acks go back in
 * chunks so that they do not double the message traffic, and the chunk is small enough that
 * credit can never get stuck: each of the `consumers` holds fewer than capacity / (2 × consumers)
 * unacked items, so a producer with no credit left has more than half of its items still
 * travelling, and taking them brings acks back. With a per-item delay every take is acked at once,
 * so a blocked producer wakes as soon as one slot frees, as with a ring.
 */
export function ackEvery(capacity: number, consumers: number, paced: boolean): number {
  return paced ? 1 : Math.max(1, Math.floor(capacity / (2 * Math.max(1, consumers))));
}

declare function setInterval(handler: () => void, ms: number): unknown;
declare function clearInterval(id: unknown): void;

/**
 * A doorbell that message listeners ring and an async loop waits on. Waiting returns to the event
 * loop, the only way a worker can receive messages. A ticker rings it every `tickMs` as well, so
 * that a loop waiting for a message that never comes still looks at the control word that often;
 * one interval for the whole run, because a timer per wait would cost more than a message.
 */
export class Doorbell {
  private wake: (() => void) | null = null;
  private readonly ticker: unknown;

  constructor(tickMs: number) {
    this.ticker = setInterval(() => this.ring(), tickMs);
  }

  ring(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  wait(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }

  /** Stops the ticker; call once the run is over, or the worker's event loop never idles. */
  close(): void {
    clearInterval(this.ticker);
    this.ring();
  }
}
