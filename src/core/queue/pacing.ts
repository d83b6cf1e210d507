// Control checks and per-item delays for queue workers: Stop and pause land within milliseconds.
// Concurrency contract: called by worker threads only (Atomics.wait); the main thread writes control.
import { Control, honourControl, now } from '../shared/memory.ts';
import { QueueSlot } from './queueLayout.ts';

const CONTROL = QueueSlot.control;

/** Longest single sleep of a blocked worker before it looks at the control word again. */
export const BLOCKED_SLICE_MS = 10;

/** Items between control checks at full speed: a few microseconds of work. */
export const CHUNK = 256;

/** True to carry on; waits while paused; false once the run is stopped. */
export function keepGoing(m: Int32Array): boolean {
  return Atomics.load(m, CONTROL) === Control.run || honourControl(m, CONTROL);
}

/**
 * Stands in for `ms` of work on an item without burning the CPU: the worker sleeps on the control
 * word itself, so setControl's notify cuts the delay short on Stop or pause. Returns false when
 * stopped.
 */
export function workFor(m: Int32Array, ms: number): boolean {
  const until = now() + ms;
  for (;;) {
    if (!keepGoing(m)) return false;
    const left = until - now();
    if (left <= 0) return true;
    Atomics.wait(m, CONTROL, Control.run, left);
  }
}
