// The queue kinds and shutdown policies of the Queue lab, with their labels and what each guarantees.

export const QUEUE_KINDS = ['unsafe', 'locked', 'spsc', 'mpmc', 'message'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** Kinds that must deliver every item exactly once and in order per producer. */
export const SAFE_KINDS: ReadonlySet<QueueKind> = new Set<QueueKind>(['locked', 'spsc', 'mpmc', 'message']);

/** Kinds whose items travel through the ring in shared memory (all but `message`). */
export const RING_KINDS: ReadonlySet<QueueKind> = new Set<QueueKind>(['unsafe', 'locked', 'spsc', 'mpmc']);

export const QUEUE_LABELS: Record<QueueKind, string> = {
  unsafe: 'Unsynchronised ring',
  locked: 'Lock + conditions',
  spsc: 'Lock-free SPSC',
  mpmc: 'Lock-free MPMC',
  message: 'MessageChannel',
};

export const QUEUE_SUMMARIES: Record<QueueKind, string> = {
  unsafe:
    'The single-producer ring shared by everyone with no synchronisation: two producers can claim the same slot, two consumers can take the same item.',
  locked: 'One mutex around the ring and two condition variables, not full and not empty, like queue.Queue(maxsize).',
  spsc: 'A lock-free ring for exactly one producer and one consumer: each side owns one index and only reads the other.',
  mpmc: "A lock-free ring for many producers and consumers: each slot carries a sequence number that says whose turn it is (Vyukov's design).",
  message: 'No shared memory for the items: producers post each item as a message of its own over MessageChannels; consumers acknowledge them, several at a time.',
};

/** True when the kind works for this many producers and consumers (spsc takes exactly one of each). */
export function kindAccepts(kind: QueueKind, producers: number, consumers: number): boolean {
  return kind !== 'spsc' || (producers === 1 && consumers === 1);
}

export const SHUTDOWN_POLICIES = ['empty-check', 'sentinel', 'close'] as const;
export type ShutdownPolicy = (typeof SHUTDOWN_POLICIES)[number];

export const SHUTDOWN_LABELS: Record<ShutdownPolicy, string> = {
  'empty-check': 'Stop when empty',
  sentinel: 'Poison pill',
  close: 'Close the queue',
};

export const SHUTDOWN_SUMMARIES: Record<ShutdownPolicy, string> = {
  'empty-check':
    'A consumer leaves as soon as it sees the queue empty: check-then-act, so a slow producer leaves items behind.',
  sentinel: 'When every producer has finished, one poison pill per consumer goes through the queue; a consumer stops at its pill.',
  close: 'When every producer has finished the queue is marked closed; consumers drain what is left, then stop.',
};
