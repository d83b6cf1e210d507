// Source-DPOR with sleep sets (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014, Algorithm 1, as
// Nidhugg runs it) over any transition system whose moves say what they touched. Preemptions per
// outcome are those of the explored schedules: an upper bound (equivalent schedules differ). Depth-first;
// happens-before by vector clocks; each race reversed by adding an initial of notdep(e, E).p to
// the backtrack set before e, and a sleep set per state so no two explored schedules are
// equivalent where the algorithm can tell.
//
// Why no state caching here: DPOR computes each state's backtrack set from races with what runs
// after it, so pruning a state seen before (on another branch) drops the races its unexplored
// future would have shown, and the search misses outcomes (Yang, Chen, Gopalakrishnan and Kirby,
// SPIN 2008, need a dependency graph of the whole visited space to repair it). We keep the state
// keys only where they are sound: to name outcomes, and to cut a schedule that returns to a state
// already on its own path (a spin), where the unreduced search would stop too; every state on such
// a cycle is then fully expanded, so no race through the cut is lost. The unreduced search in
// search.ts (state hashing, exact schedule counts) stays the reference: the property test explores
// random programs both ways and finds the same outcome sets.
// Concurrency contract: single-threaded and synchronous; a generator, so a worker can answer Stop.
import type { SearchOptions, SearchOutcome, SearchProgress, SearchResult, TransitionSystem } from './search.ts';

/** A transition system whose moves also report a footprint, with the conflict relation over footprints. */
export interface ReducibleSystem<S, O, F> extends TransitionSystem<S, O> {
  /** Like `step`, with what the move touched; null when the move changes nothing. */
  traced(s: S, c: number): { readonly next: S; readonly footprint: F } | null;
  /** Whether two moves of different threads may fail to commute (or enable or disable each other). */
  conflict(a: F, b: F): boolean;
}

/** One level of the depth-first stack: a state and the move taken from it. */
interface Level<S, F> {
  readonly state: S;
  readonly key: string;
  readonly backtrack: Set<number>;
  readonly done: Set<number>;
  /** Threads asleep here, with the footprint of their (unchanged) next move. */
  readonly sleep: Map<number, F>;
  /** Threads whose move from here changes nothing (a spin): not choices. */
  readonly idle: Set<number>;
  /** Whether this level has been judged (an end, or its first choice). */
  started: boolean;
  /** Whether any choice made a move from here. */
  moved: boolean;
  /** The move taken from here, while its subtree is explored. */
  thread: number;
  footprint: F | null;
  /** Vector clock of that move: entry q is 1 + the level of q's last move that happens before it. */
  clock: number[];
}

export interface ReducedProgress<O> extends SearchProgress<O> {
  /** Complete schedules explored so far (one per equivalence class, at most). */
  readonly schedules: number;
}

const joinInto = (into: number[], from: readonly number[]): void => {
  for (let i = 0; i < from.length; i++) if ((from[i] ?? 0) > (into[i] ?? 0)) into[i] = from[i]!;
};

/**
 * Explores one schedule per class of equivalent schedules (at least), yielding progress every
 * `sliceStates` moves. `states` counts the states entered (with repeats across branches),
 * `schedules` the complete schedules explored, per outcome too.
 */
export function* reducedSearch<S, O, F>(sys: ReducibleSystem<S, O, F>, options: SearchOptions): Generator<ReducedProgress<O>, SearchResult<S, O>, void> {
  const slice = Math.max(1, options.sliceStates);
  const maxDepth = sys.budgetOutcome ? (options.maxDepth ?? Infinity) : Infinity;
  const stack: Level<S, F>[] = [];
  const onPath = new Map<string, number>();
  const found = new Map<string, { outcome: O; schedules: bigint; witness: number[]; end: S; preemptions: number }>();
  let states = 0;
  let transitions = 0;
  let schedules = 0n;
  let complete = true;
  let cyclic = false;
  let depthCut = false;

  const enter = (state: S, sleep: Map<number, F>): void => {
    const key = sys.key(state);
    onPath.set(key, stack.length);
    stack.push({ state, key, backtrack: new Set(), done: new Set(), sleep, idle: new Set(), started: false, moved: false, thread: -1, footprint: null, clock: [] });
    states++;
  };

  /** Preemptions along the current path: switches away from a thread that could go on. */
  const preemptionsHere = (): number => {
    let n = 0;
    for (let i = 1; i < stack.length - 1; i++) {
      const last = stack[i - 1]!.thread;
      if (stack[i]!.thread !== last && sys.choices(stack[i]!.state).includes(last)) n++;
    }
    return n;
  };

  const record = (o: O, end: S): void => {
    schedules++;
    const k = sys.outcomeKey(o);
    const f = found.get(k);
    const path = stack.slice(0, -1).map((l) => l.thread);
    const preemptions = preemptionsHere();
    if (f === undefined) found.set(k, { outcome: o, schedules: 1n, witness: path, end, preemptions });
    else {
      f.schedules++;
      if (preemptions < f.preemptions || (preemptions === f.preemptions && path.length < f.witness.length)) Object.assign(f, { witness: path, end, preemptions });
    }
  };

  /** A choice to try next from this level: from its backtrack set, not asleep, not tried. */
  const pick = (l: Level<S, F>): number | undefined => {
    for (const c of l.backtrack) if (!l.done.has(c) && !l.sleep.has(c)) return c;
    return undefined;
  };

  /**
   * The races of move (p, fp) taken from level n against the moves on the stack, each reversed
   * by a backtrack point; returns the move's vector clock.
   */
  const analyse = (n: number, p: number, fp: F): number[] => {
    let last = -1;
    for (let j = n - 1; j >= 0; j--) if (stack[j]!.thread === p) { last = j; break; }
    const before = last >= 0 ? [...stack[last]!.clock] : [];
    const clock = [...before];
    for (let j = 0; j < n; j++) if (stack[j]!.thread !== p && sys.conflict(stack[j]!.footprint!, fp)) joinInto(clock, stack[j]!.clock);
    clock[p] = n + 1;
    const seen = [...before];
    for (let j = n - 1; j >= 0; j--) {
      const e = stack[j]!;
      if (e.thread === p || !sys.conflict(e.footprint!, fp)) continue;
      if ((seen[e.thread] ?? 0) >= j + 1) continue; // e happens before the move through another: not an immediate race
      reverse(j, n, p, clock);
      joinInto(seen, e.clock);
    }
    return clock;
  };

  /** Adds to the backtrack set of level j an initial of notdep(e_j, E).p, unless one is there. */
  const reverse = (j: number, n: number, p: number, clock: readonly number[]): void => {
    const e = stack[j]!;
    const v: { thread: number; clock: readonly number[]; at: number }[] = [];
    for (let k = j + 1; k < n; k++) {
      const x = stack[k]!;
      if ((x.clock[e.thread] ?? 0) >= j + 1) continue; // happens after e
      v.push({ thread: x.thread, clock: x.clock, at: k });
    }
    v.push({ thread: p, clock, at: n });
    const initials: number[] = [];
    const threads = new Set<number>();
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (threads.has(x.thread)) continue;
      threads.add(x.thread);
      let first = true;
      for (let y = 0; y < i; y++) if ((x.clock[v[y]!.thread] ?? 0) >= v[y]!.at + 1) { first = false; break; }
      if (first) initials.push(x.thread);
    }
    const target = stack[j]!;
    if (initials.some((q) => target.backtrack.has(q))) return;
    const enabled = sys.choices(target.state);
    const q = initials.includes(p) && enabled.includes(p) ? p : initials.find((x) => enabled.includes(x));
    if (q !== undefined) target.backtrack.add(q);
    // No initial can move there (it waits on what e frees): back to classic DPOR's rule, every thread.
    else for (const c of enabled) target.backtrack.add(c);
  };

  /** A move came back to a state on its own path: expand every state of the cycle fully. */
  const closeCycle = (from: number): void => {
    cyclic = true;
    for (let i = from; i < stack.length; i++) for (const c of sys.choices(stack[i]!.state)) stack[i]!.backtrack.add(c);
  };

  const pop = (): void => {
    onPath.delete(stack.pop()!.key);
  };

  /** No move changes anything here: an end (or a spin), judged as search.ts judges a state without successors. */
  const endHere = (l: Level<S, F>): void => {
    const o = sys.outcome(l.state);
    if (o !== null) record(o, l.state);
  };

  enter(sys.initial(), new Map());
  let sinceYield = 0;
  while (stack.length > 0) {
    const n = stack.length - 1;
    const l = stack[n]!;
    if (!l.started) {
      l.started = true;
      if (n >= maxDepth) {
        depthCut = true;
        record(sys.budgetOutcome!(l.state), l.state);
        pop();
        continue;
      }
      const choices = sys.isEnd?.(l.state) ? [] : sys.choices(l.state);
      if (choices.length === 0) {
        endHere(l);
        pop();
        continue;
      }
      const first = choices.find((c) => !l.sleep.has(c));
      // With every choice asleep, every schedule from here repeats one already explored.
      if (first === undefined) {
        pop();
        continue;
      }
      l.backtrack.add(first);
    }
    const p = pick(l);
    if (p === undefined) {
      if (!l.moved && sys.choices(l.state).every((c) => l.idle.has(c))) endHere(l);
      pop();
      continue;
    }
    l.done.add(p);
    const moved = sys.traced(l.state, p);
    if (moved === null) {
      // A spin is no choice: try another thread instead.
      l.idle.add(p);
      const other = sys.choices(l.state).find((c) => !l.done.has(c) && !l.sleep.has(c));
      if (other !== undefined) l.backtrack.add(other);
      continue;
    }
    l.moved = true;
    transitions++;
    l.thread = p;
    l.footprint = moved.footprint;
    l.clock = analyse(n, p, moved.footprint);
    const childSleep = new Map<number, F>();
    for (const [q, fq] of l.sleep) if (!sys.conflict(fq, moved.footprint)) childSleep.set(q, fq);
    // Asleep in the siblings explored after this one: their schedules reach p's later.
    l.sleep.set(p, moved.footprint);
    const again = onPath.get(sys.key(moved.next));
    if (again !== undefined) {
      closeCycle(again);
      continue;
    }
    if (states >= options.maxStates) {
      complete = false;
      continue;
    }
    enter(moved.next, childSleep);
    if (++sinceYield >= slice) {
      sinceYield = 0;
      yield { states, frontier: stack.length, found: [...found.values()].map((f) => ({ outcome: f.outcome, ends: Number(f.schedules) })), schedules: Number(schedules) };
    }
  }

  const outcomes: SearchOutcome<S, O>[] = [...found.values()].map((f) => ({ outcome: f.outcome, schedules: f.schedules, witness: f.witness, end: f.end, preemptions: f.preemptions }));
  return { outcomes, states, transitions, schedules, complete, cyclic, depthCut };
}
