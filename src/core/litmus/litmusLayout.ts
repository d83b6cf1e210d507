// Memory layout of the Litmus lab: control, one meeting line per role, live tallies, results, instances.
// Concurrency contract: exactly two workers (roles 0 and 1) and the main thread. Control is written by
// the main thread; each meeting line and each results array by its own role; tallies by role 0 only;
// the instances' variables are raced on by both roles, which is the point of the lab.
import { LINE_INTS } from '../shared/memory.ts';

/** Instances per batch at most: each iteration of a batch races on its own fresh pair of variables. */
export const LITMUS_MAX_BATCH = 4096;

/** Where an instance's two variables sit: on separate 64-byte lines, or side by side on one line. */
export const LITMUS_PLACEMENTS = ['lines', 'packed'] as const;
export type LitmusPlacement = (typeof LITMUS_PLACEMENTS)[number];

/** Int32 indexes of the shared words; words written by different threads sit on different lines. */
export const LitmusSlot = {
  control: 0,
  /** Role r's meeting line is `meet + r * LINE_INTS` (see meet.ts). */
  meet: LINE_INTS,
  /** Written by role 0 once per batch, read by the main thread once per frame. */
  tally: LINE_INTS * 3,
  results: LINE_INTS * 4,
  instances: LINE_INTS * 4 + 2 * LITMUS_MAX_BATCH,
} as const;

/** Offsets inside the tally line. */
export const TallySlot = {
  /** Iterations whose outcome is counted; written last. */
  done: 0,
  /** Iterations that both roles started together (the others ran one role well ahead). */
  together: 1,
  /** Iterations whose loads saw a value no store of their batch wrote: 0 unless the protocol is broken. */
  invalid: 2,
  /** Four counts, one per outcome index r0 * 2 + r1. */
  counts: 3,
} as const;

/** Instance stride in ints: two lines per instance either way, so both placements use the same memory. */
export const INSTANCE_INTS = 2 * LINE_INTS;

export const LITMUS_BYTES = (LitmusSlot.instances + LITMUS_MAX_BATCH * INSTANCE_INTS) * 4;

export interface LitmusMemory {
  readonly buffer: SharedArrayBuffer;
  readonly ints: Int32Array;
}

export function allocateLitmus(): LitmusMemory {
  return attachLitmus(new SharedArrayBuffer(LITMUS_BYTES));
}

export function attachLitmus(buffer: SharedArrayBuffer): LitmusMemory {
  if (buffer.byteLength < LITMUS_BYTES) {
    throw new RangeError(`litmus buffer needs ${LITMUS_BYTES} bytes, got ${buffer.byteLength}`);
  }
  return { buffer, ints: new Int32Array(buffer, 0, LITMUS_BYTES / 4) };
}

/** Puts every word back to zero between runs (main thread, no worker running). */
export function resetLitmus(mem: LitmusMemory): void {
  mem.ints.fill(0);
}

/** Index of role r's result for instance k of the batch. */
export function resultIndex(role: number, k: number): number {
  return LitmusSlot.results + role * LITMUS_MAX_BATCH + k;
}

/**
 * Indexes of instance k's two variables (x and y for store buffering, data and flag for message
 * passing). `lines` keeps them 64 bytes apart, so each store needs its own cache line; `packed`
 * puts them in adjacent words of one line.
 */
export function variableIndexes(placement: LitmusPlacement, k: number): readonly [number, number] {
  const base = LitmusSlot.instances + k * INSTANCE_INTS;
  return [base, base + secondOffset(placement)];
}

/** How far an instance's second variable sits from its first. */
export function secondOffset(placement: LitmusPlacement): number {
  return placement === 'lines' ? LINE_INTS : 1;
}

export interface LitmusTally {
  /** Iterations counted so far. */
  readonly done: number;
  /** Count per outcome index r0 * 2 + r1 (see litmusOutcomes). */
  readonly counts: readonly number[];
  /** Iterations whose loads saw a value that no store of their batch wrote: always 0 unless the protocol is broken. */
  readonly invalid: number;
  /**
   * Iterations both roles started together. On a busy machine a role's thread is often descheduled,
   * and its partner then races alone through the rest of the batch: those outcomes are sequential.
   */
  readonly together: number;
}

/**
 * The live tally, for a view that reads once per frame. Role 0 publishes once per batch, `done` last,
 * so the counts may run ahead of `done` by one batch mid-run; exact once both workers have returned.
 */
export function readTally(m: Int32Array): LitmusTally {
  const t = LitmusSlot.tally;
  const done = Atomics.load(m, t + TallySlot.done);
  const counts = [0, 1, 2, 3].map((o) => Atomics.load(m, t + TallySlot.counts + o));
  return { done, counts, invalid: Atomics.load(m, t + TallySlot.invalid), together: Atomics.load(m, t + TallySlot.together) };
}
