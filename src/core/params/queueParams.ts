// Queue lab settings: the link schema (from which type, defaults, clamps and codec derive), with the
// limits the queue's shared layout sets, and the one rule a link may break: spsc takes 1 and 1.
import { MAX_CAPACITY, MAX_CONSUMERS, MAX_ITEMS, MAX_PRODUCERS } from '../queue/queueLayout.ts';
import { QUEUE_KINDS, SHUTDOWN_POLICIES, kindAccepts, type QueueKind } from '../queue/queueKinds.ts';
import { ENGINES } from '../wasm/engines.ts';
import { choiceField, defineLink, intField, type ParamsOf } from './schema.ts';

/**
 * Why these settings cannot run as they are, or null. Counts are never changed silently:
 * spsc with other counts is kept, explained, and the page offers the fix.
 */
export function queueProblem(p: { readonly queue: QueueKind; readonly producers: number; readonly consumers: number }): string | null {
  if (kindAccepts(p.queue, p.producers, p.consumers)) return null;
  return `A single-producer, single-consumer queue takes exactly 1 producer and 1 consumer, not ${p.producers} and ${p.consumers}. Set both to 1, or pick the MPMC queue.`;
}

export const QUEUE_LINK = defineLink({
  id: 'queue',
  title: 'Queue',
  fields: {
    producers: intField({ label: 'Producers', min: 1, max: MAX_PRODUCERS, fallback: 2 }),
    consumers: intField({ label: 'Consumers', min: 1, max: MAX_CONSUMERS, fallback: 2 }),
    capacity: intField({ label: 'Capacity', min: 1, max: MAX_CAPACITY, fallback: 16 }),
    /** Items per producer. */
    items: intField({ label: 'Items per producer', min: 1, max: MAX_ITEMS, fallback: 100_000, step: 1000 }),
    queue: choiceField({ label: 'Queue', values: QUEUE_KINDS, fallback: 'locked' }),
    shutdown: choiceField({ label: 'Shutdown', values: SHUTDOWN_POLICIES, fallback: 'sentinel' }),
    /** Work after each put and after each get, in milliseconds (0 = full speed). */
    produceMs: intField({ label: 'Produce delay (ms)', min: 0, max: 1000, fallback: 0 }),
    consumeMs: intField({ label: 'Consume delay (ms)', min: 0, max: 1000, fallback: 0 }),
    engine: choiceField({ label: 'Engine', values: ENGINES, fallback: 'js' }),
  },
  check: queueProblem,
});

export type QueueParams = ParamsOf<typeof QUEUE_LINK.fields>;

/**
 * The least time the per-item delays alone take (producers work side by side, consumers share the
 * items), in milliseconds, and what makes it so; null when there are no delays.
 */
export function queueDelayEstimate(p: QueueParams): { ms: number; because: string } | null {
  const produceMs = p.items * p.produceMs;
  const perConsumer = Math.ceil((p.items * p.producers) / p.consumers);
  const consumeMs = perConsumer * p.consumeMs;
  if (produceMs === 0 && consumeMs === 0) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return produceMs >= consumeMs
    ? { ms: produceMs, because: `each producer puts ${n(p.items)} items at ${n(p.produceMs)} ms each` }
    : { ms: consumeMs, because: `each consumer gets ${n(perConsumer)} items at ${n(p.consumeMs)} ms each` };
}

export const QUEUE_FIELDS = QUEUE_LINK.fields;
export const DEFAULT_QUEUE: QueueParams = QUEUE_LINK.defaults;
