// Each thread's situation for step mode: finished, blocked (and on what), spinning, or ready.
import { blockedWhy } from './narrate.ts';
import { isSpinning } from './scheduler.ts';
import { isFinished, type State } from './state.ts';

export type ThreadStatusName = 'done' | 'blocked' | 'spinning' | 'ready';

export interface ThreadStatus {
  readonly status: ThreadStatusName;
  /** Words for the learner, e.g. "waits for b, held by T1". */
  readonly why: string;
}

export function threadStatus(s: State, t: number): ThreadStatus {
  if (isFinished(s, t)) return { status: 'done', why: 'finished' };
  const why = blockedWhy(s, t);
  if (why !== null) return { status: 'blocked', why };
  if (isSpinning(s, t)) return { status: 'spinning', why: 'spins: another round would change nothing until another thread acts' };
  return { status: 'ready', why: 'ready' };
}

export function threadStatuses(s: State): ThreadStatus[] {
  return s.threads.map((_, t) => threadStatus(s, t));
}
