// Explore all: every reachable end state by breadth-first search over canonical state keys, then
// the number of schedules reaching each outcome by counting paths over the state graph.
// Concurrency contract: single-threaded and synchronous; for large programs run it in a worker, or
// in slices (`exploreInSlices`) that yield to the page between them.
import { compareOutcomes, outcome, type Outcome } from './outcome.ts';
import type { Program } from './program.ts';
import { canStep, initialState, step, successor } from './scheduler.ts';
import type { State } from './state.ts';
import { canonicalKey, symmetryOf, type Symmetry } from './symmetry.ts';
import { waitForGraph, type WaitForGraph } from './waitFor.ts';

export interface ExploreOptions {
  /** Stop (with `complete: false`) after this many distinct states. */
  readonly maxStates?: number;
  /** How many states `exploreInSlices` expands between two progress reports (default 5000). */
  readonly sliceStates?: number;
  /** Merge states that differ only by which of several identical threads is where (default true). */
  readonly symmetry?: boolean;
}

export interface OutcomeResult {
  readonly outcome: Outcome;
  /** Complete schedules (sequences of thread choices from the start) that end in this outcome. */
  readonly schedules: bigint;
  /** One shortest schedule reaching it: thread indexes, to replay. */
  readonly witness: readonly number[];
  /** The end state the witness reaches. */
  readonly end: State;
  /** For a deadlock, who waits for what in that end state. */
  readonly waitFor: WaitForGraph | null;
}

export interface Exploration {
  /** Every reachable outcome, values ascending, then the bad kinds. */
  readonly outcomes: readonly OutcomeResult[];
  /** Distinct states reached (after merging equal keys). */
  readonly states: number;
  readonly transitions: number;
  /** All complete schedules; the per-outcome counts add up to this. */
  readonly schedules: bigint;
  /** False when `maxStates` cut the search short: outcomes and counts are then partial. */
  readonly complete: boolean;
  /** The state graph had a cycle (a retry loop spanning several steps); counts ignore the cycles. */
  readonly cyclic: boolean;
}

export const DEFAULT_MAX_STATES = 2_000_000;

/**
 * Explores every interleaving. States are merged by canonical key (dead registers ignored,
 * threads with identical code interchangeable); a step that changes nothing (a failed spin) is
 * not a choice. Counts are exact for the full interleaving graph: merging symmetric states keeps
 * them, because every state of a symmetry class has the same number of steps into each other
 * class, so paths into a class add up as if its states had been kept apart.
 */
export function exploreAll(program: Program, options: ExploreOptions = {}): Exploration {
  const run = exploreInSlices(program, options);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

export interface ExploreProgress {
  /** Distinct states found so far. */
  readonly states: number;
  /** Of those, how many are still waiting to be expanded. */
  readonly frontier: number;
}

/**
 * The same search, pausing every `sliceStates` expanded states with a progress report, so a
 * caller on the main thread can yield to the browser between slices (or show progress from a
 * worker). The generator's return value is the exploration.
 */
export function* exploreInSlices(program: Program, options: ExploreOptions = {}): Generator<ExploreProgress, Exploration, void> {
  const slice = Math.max(1, options.sliceStates ?? 5000);
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const sym: Symmetry = options.symmetry === false ? { groups: [] } : symmetryOf(program);
  const start = initialState(program);
  const startKey = canonicalKey(start, sym);
  const ids = new Map<string, number>([[startKey, 0]]);
  const keys: string[] = [startKey];
  const parent: number[] = [-1];
  const firstEdge: number[] = [];
  const edgeTo: number[] = [];
  const ends = new Map<number, Outcome>();
  const queue: (State | undefined)[] = [start];
  let complete = true;

  for (let id = 0; id < queue.length; id++) {
    if (id > 0 && id % slice === 0) yield { states: ids.size, frontier: queue.length - id };
    const s = queue[id]!;
    queue[id] = undefined; // expanded states are not needed again; let them go
    firstEdge.push(edgeTo.length);
    let moved = false;
    if (!s.violation) {
      for (let t = 0; t < s.threads.length; t++) {
        if (!canStep(s, t)) continue;
        const next = successor(s, t);
        if (next.key === s.key) continue; // a spin that changes nothing is not a choice
        moved = true;
        const key = canonicalKey(next, sym);
        let to = ids.get(key);
        if (to === undefined) {
          if (ids.size >= maxStates) {
            complete = false;
            continue;
          }
          to = ids.size;
          ids.set(key, to);
          keys.push(key);
          parent.push(id);
          queue.push(next);
        }
        edgeTo.push(to);
      }
    }
    if (!moved) {
      const o = outcome(program, s);
      if (o) ends.set(id, o);
    }
  }
  firstEdge.push(edgeTo.length);

  const { paths, cyclic } = countPaths(ids.size, firstEdge, edgeTo);
  const byKey = new Map<string, { outcome: Outcome; schedules: bigint; id: number }>();
  let total = 0n;
  for (const [id, o] of ends) {
    const n = paths[id] ?? 0n;
    total += n;
    const seen = byKey.get(o.key);
    if (seen) seen.schedules += n;
    else byKey.set(o.key, { outcome: o, schedules: n, id });
  }
  const outcomes = [...byKey.values()].map(({ outcome: o, schedules, id }): OutcomeResult => {
    const { schedule, end } = witness(program, sym, id, parent, keys);
    return { outcome: o, schedules, witness: schedule, end, waitFor: o.kind === 'deadlock' ? waitForGraph(end) : null };
  });
  outcomes.sort((a, b) => compareOutcomes(a.outcome, b.outcome));
  return { outcomes, states: ids.size, transitions: edgeTo.length, schedules: total, complete, cyclic };
}

/** Paths from state 0 to every state, in topological order (Kahn); states on a cycle are skipped. */
function countPaths(n: number, firstEdge: readonly number[], edgeTo: readonly number[]): { paths: bigint[]; cyclic: boolean } {
  const indegree = new Int32Array(n);
  for (const to of edgeTo) indegree[to]! += 1;
  const paths: bigint[] = new Array<bigint>(n).fill(0n);
  paths[0] = 1n;
  const ready: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) ready.push(i);
  let done = 0;
  while (ready.length > 0) {
    const id = ready.pop()!;
    done++;
    const p = paths[id]!;
    for (let e = firstEdge[id]!; e < firstEdge[id + 1]!; e++) {
      const to = edgeTo[e]!;
      paths[to] = paths[to]! + p;
      indegree[to] = indegree[to]! - 1;
      if (indegree[to] === 0) ready.push(to);
    }
  }
  return { paths, cyclic: done < n };
}

/**
 * A concrete schedule to the state `id`. The search stored one state per symmetry class, so the
 * path is replayed from the start, at each step choosing the thread that lands in the next class.
 */
function witness(program: Program, sym: Symmetry, id: number, parent: readonly number[], keys: readonly string[]): { schedule: number[]; end: State } {
  const path: number[] = [];
  for (let at = id; at > 0; at = parent[at]!) path.push(at);
  path.reverse();
  const schedule: number[] = [];
  let s = initialState(program);
  for (const next of path) {
    const t = s.threads.findIndex((_, i) => {
      if (!canStep(s, i)) return false;
      const n = successor(s, i);
      return n.key !== s.key && canonicalKey(n, sym) === keys[next];
    });
    if (t < 0) throw new Error('witness lost its way: the symmetry assumption does not hold');
    schedule.push(t);
    s = step(program, s, t);
  }
  return { schedule, end: s };
}
