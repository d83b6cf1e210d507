// Shared-memory basics every layout uses: cache-line geometry, the control word protocol, a clock.
// Concurrency contract: the control word is written by the main thread only and read by workers.

/** Ints per 64-byte cache line: hot words that different threads write sit on separate lines. */
export const LINE_INTS = 16;
export const LINE_BYTES = 64;

/** Values of a layout's control word. */
export const Control = {
  run: 0,
  pause: 1,
  stop: 2,
} as const;
export type ControlValue = (typeof Control)[keyof typeof Control];

declare const performance: { now(): number };

/** Milliseconds from a monotonic clock, in browser workers and Node worker_threads alike. */
export function now(): number {
  return performance.now();
}

/** True when SharedArrayBuffer exists and can be shared with workers on this page or process. */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function';
}

/**
 * Blocks a worker while the run is paused. Returns false when the run was stopped.
 * Atomics.wait only ever runs in workers; the main thread never pauses itself.
 */
export function honourControl(m: Int32Array, slot: number): boolean {
  for (;;) {
    const c = Atomics.load(m, slot);
    if (c === Control.run) return true;
    if (c === Control.stop) return false;
    Atomics.wait(m, slot, c, 100);
  }
}

/** Main-thread side: set the control word and wake every worker sleeping on it. */
export function setControl(m: Int32Array, slot: number, value: ControlValue): void {
  Atomics.store(m, slot, value);
  Atomics.notify(m, slot);
}

/**
 * A reusable-once start line: the last worker to arrive releases all the others, so that workers
 * start racing together instead of one finishing before the next has even been scheduled.
 * Returns false when the run is stopped while waiting.
 */
export function arriveAndWait(m: Int32Array, slot: number, parties: number, control: number): boolean {
  const arrived = Atomics.add(m, slot, 1) + 1;
  if (arrived >= parties) {
    Atomics.notify(m, slot);
    return true;
  }
  for (;;) {
    const seen = Atomics.load(m, slot);
    if (seen >= parties) return true;
    if (Atomics.load(m, control) === Control.stop) return false;
    Atomics.wait(m, slot, seen, 50);
  }
}
