// Which Queue configurations the queue suites measure, with the fixed item count of each.
import { SAFE_KINDS } from '../../src/core/queue/queueKinds.ts';

/** Slots of the ring (and credits in flight for `message`): the lab's middle of the road. */
export const CAPACITY = 1024;
/** Consumers drain what is left once the last producer has closed the queue. */
export const SHUTDOWN = 'close';

/**
 * Items per producer of each configuration, fixed so that every run of a configuration moves the
 * same items on any day: tuned so that one run takes about 200–500 ms on the recording machine
 * (the slower `locked` and `message` kinds move fewer items than the lock-free rings).
 */
const FULL_ITEMS = {
  'unsafe 1P1C': 4_000_000,
  'unsafe 2P2C': 2_000_000,
  'locked 1P1C': 1_000_000,
  'locked 2P2C': 500_000,
  'spsc 1P1C': 4_000_000,
  'mpmc 1P1C': 2_000_000,
  'mpmc 2P2C': 1_000_000,
  'message 1P1C': 200_000,
  'message 2P2C': 100_000,
};
/** A message costs Chromium about four times what it costs Node: fewer of them there. */
const FULL_ITEMS_BY_ENV = {
  chromium: { 'message 1P1C': 50_000, 'message 2P2C': 25_000 },
};
/** The quick plan only proves every code path still runs. */
const QUICK_ITEMS = 2_000;

/** Every (kind, producers, consumers) cell: 1P1C and 2P2C, spsc at 1P1C only (its contract). */
export function queueGrid() {
  const cells = [];
  for (const [kind, counts] of [
    ['unsafe', [1, 2]],
    ['locked', [1, 2]],
    ['spsc', [1]],
    ['mpmc', [1, 2]],
    ['message', [1, 2]],
  ]) {
    for (const n of counts) cells.push({ kind, producers: n, consumers: n });
  }
  return cells;
}

export function cellLabel({ kind, producers, consumers }) {
  return `${kind} ${producers}P${consumers}C`;
}

/** `env` is 'node' or 'chromium'. */
export function itemsFor(cell, quick, env) {
  if (quick) return QUICK_ITEMS;
  const label = cellLabel(cell);
  return FULL_ITEMS_BY_ENV[env]?.[label] ?? FULL_ITEMS[label];
}

export function isSafe(kind) {
  return SAFE_KINDS.has(kind);
}

/** The QueueRun of a cell: full speed (no delays), the bench's capacity and shutdown policy. */
export function queueRun(cell, items) {
  return {
    queue: cell.kind,
    shutdown: SHUTDOWN,
    producers: cell.producers,
    consumers: cell.consumers,
    capacity: CAPACITY,
    items,
    produceMs: 0,
    consumeMs: 0,
  };
}
