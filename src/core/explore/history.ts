// Step mode: the states the learner has stepped through and the thread chosen at each step, with
// undo and redo. Immutable values, so a store can keep them as they are.
import type { Program } from './program.ts';
import { canStep, initialState, step } from './scheduler.ts';
import type { State } from './state.ts';

export interface StepLog {
  readonly program: Program;
  /** `states[0]` is the initial state; entries past `at` can be redone. */
  readonly states: readonly State[];
  /** `schedule[i]` is the thread that led from `states[i]` to `states[i + 1]`. */
  readonly schedule: readonly number[];
  /** Index of the current state. */
  readonly at: number;
}

export function startHistory(program: Program): StepLog {
  return { program, states: [initialState(program)], schedule: [], at: 0 };
}

/** A replayed schedule, positioned at its start (or at `at`) so the learner can step through it. */
export function historyFrom(program: Program, schedule: readonly number[], at = 0): StepLog {
  let h = startHistory(program);
  for (const t of schedule) h = pushStep(h, t);
  return { ...h, at: Math.max(0, Math.min(at, schedule.length)) };
}

/**
 * A schedule from outside (a link) replayed as far as it can run: `stopped` is the index of the first
 * step whose thread could not run there (finished or blocked), or null when every step ran. The
 * history is positioned at `at`, within the steps that ran.
 */
export function historyUpTo(program: Program, schedule: readonly number[], at: number): { history: StepLog; stopped: number | null } {
  let h = startHistory(program);
  let stopped: number | null = null;
  for (const [i, t] of schedule.entries()) {
    if (t < 0 || t >= program.threads.length || !canPush(h, t)) {
      stopped = i;
      break;
    }
    h = pushStep(h, t);
  }
  return { history: { ...h, at: Math.max(0, Math.min(at, h.schedule.length)) }, stopped };
}

export function currentState(h: StepLog): State {
  return h.states[h.at]!;
}

/** The threads chosen from the start up to the current state. */
export function pastSchedule(h: StepLog): number[] {
  return h.schedule.slice(0, h.at);
}

/**
 * Steps thread `t` from the current state. Choosing the step that was undone keeps the rest of
 * the redo list; any other choice drops it. Throws if the thread cannot step (see `canStep`).
 */
export function pushStep(h: StepLog, t: number): StepLog {
  if (h.schedule[h.at] === t) return redo(h);
  const next = step(h.program, currentState(h), t);
  return {
    program: h.program,
    states: [...h.states.slice(0, h.at + 1), next],
    schedule: [...h.schedule.slice(0, h.at), t],
    at: h.at + 1,
  };
}

export function canPush(h: StepLog, t: number): boolean {
  return canStep(currentState(h), t);
}

export function canUndo(h: StepLog): boolean {
  return h.at > 0;
}

export function canRedo(h: StepLog): boolean {
  return h.at < h.schedule.length;
}

export function undo(h: StepLog): StepLog {
  return canUndo(h) ? { ...h, at: h.at - 1 } : h;
}

export function redo(h: StepLog): StepLog {
  return canRedo(h) ? { ...h, at: h.at + 1 } : h;
}

/** Back to the initial state, keeping everything for redo. */
export function rewind(h: StepLog): StepLog {
  return { ...h, at: 0 };
}
