// Preemption bounding (CHESS's iterative context bounding, Musuvathi and Qadeer, PLDI 2007) as a
// transition system around another: a state remembers the last thread to move and the preemptions
// so far, and a move that would exceed the cap is not taken. Searching it with the shared core
// counts exactly the schedules with at most `cap` preemptions.
// Concurrency contract: single-threaded; wraps a system that is.
import type { TransitionSystem } from './search.ts';

export interface Bounded<S> {
  readonly s: S;
  /** The thread that made the last move, or −1 at the start. */
  readonly last: number;
  /** Preemptions so far: switches away from a thread that could have gone on. */
  readonly cost: number;
}

export interface BoundedSystem<S, O> {
  readonly sys: TransitionSystem<Bounded<S>, O>;
  /** Whether the cap kept some move from being taken (the search then covered fewer schedules than all). */
  cut(): boolean;
}

/** `sys` with at most `cap` preemptions per schedule. */
export function preemptionBounded<S, O>(sys: TransitionSystem<S, O>, cap: number): BoundedSystem<S, O> {
  // Successors are asked for twice (to know whether the last thread could go on): keep them.
  const successors = new WeakMap<Bounded<S>, Map<number, S | null>>();
  const next = (b: Bounded<S>, c: number): S | null => {
    let m = successors.get(b);
    if (m === undefined) {
      m = new Map();
      successors.set(b, m);
    }
    let n = m.get(c);
    if (n === undefined) {
      n = sys.step(b.s, c);
      m.set(c, n);
    }
    return n;
  };
  let cut = false;
  const bounded: TransitionSystem<Bounded<S>, O> = {
    initial: () => ({ s: sys.initial(), last: -1, cost: 0 }),
    choices: (b) => sys.choices(b.s),
    step: (b, c) => {
      const n = next(b, c);
      if (n === null) return null;
      const preempts = b.last >= 0 && c !== b.last && sys.choices(b.s).includes(b.last) && next(b, b.last) !== null;
      const cost = b.cost + (preempts ? 1 : 0);
      if (cost > cap) {
        cut = true;
        return null;
      }
      return { s: n, last: c, cost };
    },
    key: (b) => `${sys.key(b.s)}\u0002${b.last}\u0002${b.cost}`,
    outcome: (b) => sys.outcome(b.s),
    outcomeKey: (o) => sys.outcomeKey(o),
    pathsReplay: sys.pathsReplay ?? false,
  };
  if (sys.isEnd) bounded.isEnd = (b) => sys.isEnd!(b.s);
  if (sys.budgetOutcome) bounded.budgetOutcome = (b) => sys.budgetOutcome!(b.s);
  return { sys: bounded, cut: () => cut };
}
