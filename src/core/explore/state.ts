// Explorer states: immutable snapshots of shared memory, locks, condition waiters, the queue and
// every thread, each with a canonical key so equal situations are explored once.
import { encodeState } from './key.ts';
import type { Program } from './program.ts';

/** Where a thread is relative to a condition variable. */
export const Phase = {
  /** Running its code (it may still be blocked on a lock or the queue). */
  run: 0,
  /** Asleep in wait(): only a notify moves it on. */
  waiting: 1,
  /** Notified, still inside wait(): it must take the mutex again before going on. */
  woken: 2,
} as const;
export type PhaseValue = (typeof Phase)[keyof typeof Phase];

export interface ThreadState {
  /** Index of the next step; `steps.length` once finished. Always at a shared step or the end. */
  readonly pc: number;
  readonly regs: readonly number[];
  readonly phase: PhaseValue;
  /** Between a critical-section enter and leave. */
  readonly inCs: boolean;
  /** Annotation, not in the key: per variable, the version this thread last read (-1 none). */
  readonly seen: readonly number[];
}

/** What the last step did, for the step-mode narrative. Not part of the key. */
export interface LastStep {
  readonly thread: number;
  /** Source lines the step ran, in order. */
  readonly lines: readonly number[];
  readonly text: string;
  /** A write erased another thread's write it never read. */
  readonly lostUpdate: boolean;
}

export interface State {
  readonly program: Program;
  readonly vars: readonly number[];
  /** Per lock, the owning thread, or -1 when free. */
  readonly owners: readonly number[];
  /** Per condition variable, the sleeping threads in the order they will be woken. */
  readonly waiters: readonly (readonly number[])[];
  readonly queue: readonly number[];
  readonly threads: readonly ThreadState[];
  /** The first two threads seen inside the critical section together, if that happened. Sticky. */
  readonly violation: readonly [number, number] | null;
  /** Canonical key: equal keys behave the same from here on (dead registers are left out). */
  readonly key: string;
  /** Annotations, not in the key: writes so far and last writer per variable, lost updates so far. */
  readonly versions: readonly number[];
  readonly writers: readonly number[];
  readonly lostUpdates: number;
  readonly last: LastStep | null;
}

export type StateFields = Omit<State, 'key'>;

export function stateKey(s: StateFields): string {
  return encodeState(s, null);
}

/** The line each thread will run next (an index into its source), or null once finished. */
export function currentLines(s: State): (number | null)[] {
  return s.threads.map((t, i) => s.program.threads[i]!.steps[t.pc]?.line ?? null);
}

export function isFinished(s: State, t: number): boolean {
  return s.threads[t]!.pc >= s.program.threads[t]!.steps.length;
}

/** Every thread has run to its end. */
export function isTerminal(s: State): boolean {
  return s.threads.every((_, t) => isFinished(s, t));
}
