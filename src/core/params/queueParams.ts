// Queue lab settings: schema, defaults, clamps, and the share-link codec (see DESIGN.md).
import {
  QUEUE_KINDS,
  SHUTDOWN_POLICIES,
  kindAccepts,
  type QueueKind,
  type ShutdownPolicy,
} from '../queue/queueKinds.ts';
import { makeQuery, type Query } from '../shared/query.ts';
import { clampInt, decodeChoice, decodeInt, type ChoiceField, type IntField } from './fields.ts';
import type { Decoded } from './counterParams.ts';

export interface QueueParams {
  readonly producers: number;
  readonly consumers: number;
  readonly capacity: number;
  /** Items per producer. */
  readonly items: number;
  readonly queue: QueueKind;
  readonly shutdown: ShutdownPolicy;
  /** Work after each put and after each get, in milliseconds (0 = full speed). */
  readonly produceMs: number;
  readonly consumeMs: number;
}

export const QUEUE_FIELDS = {
  producers: { kind: 'int', label: 'Producers', min: 1, max: 8, fallback: 2 },
  consumers: { kind: 'int', label: 'Consumers', min: 1, max: 8, fallback: 2 },
  capacity: { kind: 'int', label: 'Capacity', min: 1, max: 4096, fallback: 16 },
  items: { kind: 'int', label: 'Items per producer', min: 1, max: 10_000_000, fallback: 100_000 },
  queue: { kind: 'choice', label: 'Queue', values: QUEUE_KINDS, fallback: 'locked' },
  shutdown: { kind: 'choice', label: 'Shutdown', values: SHUTDOWN_POLICIES, fallback: 'sentinel' },
  produceMs: { kind: 'int', label: 'Produce delay (ms)', min: 0, max: 1000, fallback: 0 },
  consumeMs: { kind: 'int', label: 'Consume delay (ms)', min: 0, max: 1000, fallback: 0 },
} as const satisfies Record<string, IntField | ChoiceField<string>>;

export const QUEUE_KEYS = ['producers', 'consumers', 'capacity', 'items', 'queue', 'shutdown', 'produceMs', 'consumeMs'] as const;

export const DEFAULT_QUEUE: QueueParams = {
  producers: QUEUE_FIELDS.producers.fallback,
  consumers: QUEUE_FIELDS.consumers.fallback,
  capacity: QUEUE_FIELDS.capacity.fallback,
  items: QUEUE_FIELDS.items.fallback,
  queue: QUEUE_FIELDS.queue.fallback,
  shutdown: QUEUE_FIELDS.shutdown.fallback,
  produceMs: QUEUE_FIELDS.produceMs.fallback,
  consumeMs: QUEUE_FIELDS.consumeMs.fallback,
};

/**
 * Why these settings cannot run as they are, or null. Counts are never changed silently:
 * spsc with other counts is kept, explained, and the page offers the fix.
 */
export function queueProblem(p: Pick<QueueParams, 'queue' | 'producers' | 'consumers'>): string | null {
  if (kindAccepts(p.queue, p.producers, p.consumers)) return null;
  return `A single-producer, single-consumer queue takes exactly 1 producer and 1 consumer, not ${p.producers} and ${p.consumers}. Set both to 1, or pick the MPMC queue.`;
}

export function decodeQueueParams(q: Query): Decoded<QueueParams> {
  const notices: string[] = [];
  const f = QUEUE_FIELDS;
  const params: QueueParams = {
    producers: decodeInt(f.producers, q.get('producers'), notices),
    consumers: decodeInt(f.consumers, q.get('consumers'), notices),
    capacity: decodeInt(f.capacity, q.get('capacity'), notices),
    items: decodeInt(f.items, q.get('items'), notices),
    queue: decodeChoice(f.queue, q.get('queue'), notices),
    shutdown: decodeChoice(f.shutdown, q.get('shutdown'), notices),
    produceMs: decodeInt(f.produceMs, q.get('produceMs'), notices),
    consumeMs: decodeInt(f.consumeMs, q.get('consumeMs'), notices),
  };
  const problem = queueProblem(params);
  if (problem) notices.push(problem);
  return { params, notices };
}

export function encodeQueueParams(p: QueueParams): Query {
  return makeQuery({
    producers: String(p.producers),
    consumers: String(p.consumers),
    capacity: String(p.capacity),
    items: String(p.items),
    queue: p.queue,
    shutdown: p.shutdown,
    produceMs: String(p.produceMs),
    consumeMs: String(p.consumeMs),
  });
}

/** Applies a change from the settings form, keeping every rule the decoder keeps. */
export function normaliseQueue(p: QueueParams): QueueParams {
  const f = QUEUE_FIELDS;
  return {
    producers: clampInt(f.producers, p.producers),
    consumers: clampInt(f.consumers, p.consumers),
    capacity: clampInt(f.capacity, p.capacity),
    items: clampInt(f.items, p.items),
    queue: QUEUE_KINDS.includes(p.queue) ? p.queue : f.queue.fallback,
    shutdown: SHUTDOWN_POLICIES.includes(p.shutdown) ? p.shutdown : f.shutdown.fallback,
    produceMs: clampInt(f.produceMs, p.produceMs),
    consumeMs: clampInt(f.consumeMs, p.consumeMs),
  };
}
