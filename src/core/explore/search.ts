// The search core shared by every lab that explores interleavings: breadth-first over canonical
// state keys, a budget of distinct states (and optionally of depth), slices for progress and Stop,
// then the number of schedules reaching each outcome by counting paths over the state graph, and
// one shortest witness schedule per outcome.
// Concurrency contract: single-threaded and synchronous; callers run it in a worker or pump the
// generator between frames.

/**
 * What the core needs of a program: states, the choices a schedule can make in each (thread
 * ids), one step, a canonical key (equal keys behave the same from there on) and what an end
 * state means. `step` must leave its argument unchanged.
 */
export interface TransitionSystem<S, O> {
  initial(): S;
  /** Candidate choices in a fixed order; the core tries each. */
  choices(s: S): readonly number[];
  /** The state after choice c, or null when that step changes nothing (a spin is not a choice). */
  step(s: S, c: number): S | null;
  key(s: S): string;
  /** An end even though threads could still move (e.g. mutual exclusion already broken). */
  isEnd?(s: S): boolean;
  /** What a state without successors (or an end) means, or null when it means nothing. */
  outcome(s: S): O | null;
  outcomeKey(o: O): string;
  /** What a state at the depth budget means; without it, the depth is unbounded. */
  budgetOutcome?(s: S): O;
  /**
   * Equal keys name states whose moves are the same choices (no symmetry merging threads), so any
   * path through the state graph replays: witnesses then have the fewest preemptions.
   */
  readonly pathsReplay?: boolean;
}

export interface SearchOptions {
  /** Stop (incomplete) after this many distinct states. */
  readonly maxStates: number;
  /** States expanded between two progress reports. */
  readonly sliceStates: number;
  /** States this many steps from the start are not expanded but judged by `budgetOutcome`. */
  readonly maxDepth?: number;
}

export interface SearchOutcome<S, O> {
  readonly outcome: O;
  /** Complete schedules (sequences of choices from the start) that end in this outcome. */
  readonly schedules: bigint;
  /** One schedule reaching it with the fewest preemptions (shortest among those found first). */
  readonly witness: readonly number[];
  /**
   * The fewest preemptions (switches away from a thread that could have gone on) of any schedule
   * reaching it: what CHESS's iterative context bounding (bound 0, 1, 2, …) would find it at.
   */
  readonly preemptions: number;
  /** The end state the witness reaches (as `step` built it during the search). */
  readonly end: S;
}

export interface SearchResult<S, O> {
  /** In the order they were first reached. */
  readonly outcomes: readonly SearchOutcome<S, O>[];
  readonly states: number;
  readonly transitions: number;
  readonly schedules: bigint;
  /** False when the state budget cut the search short (outcomes and counts are then partial). */
  readonly complete: boolean;
  /** The state graph had a cycle; counts leave the cycles out. */
  readonly cyclic: boolean;
  /** Some state was cut by the depth budget. */
  readonly depthCut: boolean;
}

export interface SearchProgress<O> {
  readonly states: number;
  readonly frontier: number;
  /** Distinct outcomes reached so far, with how many end states reach each. */
  readonly found: readonly { readonly outcome: O; readonly ends: number }[];
}

/**
 * Explores every interleaving, yielding progress every `sliceStates` expanded states. Counts are
 * exact for the interleaving graph: a system whose key merges symmetric states keeps them exact as
 * long as every state of a class has the same number of steps into each other class.
 */
export function* search<S, O>(sys: TransitionSystem<S, O>, options: SearchOptions): Generator<SearchProgress<O>, SearchResult<S, O>, void> {
  const slice = Math.max(1, options.sliceStates);
  const maxDepth = sys.budgetOutcome ? (options.maxDepth ?? Infinity) : Infinity;
  const start = sys.initial();
  const ids = new Map<string, number>([[sys.key(start), 0]]);
  const parent: number[] = [-1];
  const via: number[] = [-1];
  const depth: number[] = [0];
  const firstEdge: number[] = [];
  const edgeTo: number[] = [];
  const edgeBy: number[] = [];
  const ends = new Map<number, { outcome: O; state: S }>();
  const found = new Map<string, { outcome: O; ends: number }>();
  const queue: (S | undefined)[] = [start];
  let complete = true;
  let depthCut = false;

  const end = (id: number, o: O, state: S): void => {
    ends.set(id, { outcome: o, state });
    const k = sys.outcomeKey(o);
    const f = found.get(k);
    if (f) f.ends++;
    else found.set(k, { outcome: o, ends: 1 });
  };

  for (let id = 0; id < queue.length; id++) {
    if (id > 0 && id % slice === 0) yield { states: ids.size, frontier: queue.length - id, found: [...found.values()] };
    const s = queue[id]!;
    queue[id] = undefined; // expanded states are not needed again; let them go
    firstEdge.push(edgeTo.length);
    if (depth[id]! >= maxDepth) {
      depthCut = true;
      end(id, sys.budgetOutcome!(s), s);
      continue;
    }
    let moved = false;
    if (!sys.isEnd?.(s)) {
      for (const c of sys.choices(s)) {
        const next = sys.step(s, c);
        if (next === null) continue;
        moved = true;
        const key = sys.key(next);
        let to = ids.get(key);
        if (to === undefined) {
          if (ids.size >= options.maxStates) {
            complete = false;
            continue;
          }
          to = ids.size;
          ids.set(key, to);
          parent.push(id);
          via.push(c);
          depth.push(depth[id]! + 1);
          queue.push(next);
        }
        edgeTo.push(to);
        edgeBy.push(c);
      }
    }
    if (!moved) {
      const o = sys.outcome(s);
      if (o !== null) end(id, o, s);
    }
  }
  firstEdge.push(edgeTo.length);

  const { paths, cyclic } = countPaths(ids.size, firstEdge, edgeTo);
  const fewest = fewestPreemptions(ids.size, firstEdge, edgeTo, edgeBy);
  const byKey = new Map<string, { outcome: O; schedules: bigint; id: number; end: S; preemptions: number }>();
  let total = 0n;
  for (const [id, e] of ends) {
    const n = paths[id] ?? 0n;
    total += n;
    const k = sys.outcomeKey(e.outcome);
    const p = fewest.cost(id);
    const seen = byKey.get(k);
    if (seen) {
      seen.schedules += n;
      if (p < seen.preemptions) Object.assign(seen, { id, end: e.state, preemptions: p });
    } else byKey.set(k, { outcome: e.outcome, schedules: n, id, end: e.state, preemptions: p });
  }
  const outcomes = [...byKey.values()].map(({ outcome, schedules, id, end: last, preemptions }): SearchOutcome<S, O> => ({
    outcome,
    schedules,
    witness: sys.pathsReplay === true && Number.isFinite(preemptions) ? fewest.path(id) : pathTo(id, parent, via),
    end: last,
    preemptions,
  }));
  return { outcomes, states: ids.size, transitions: edgeTo.length, schedules: total, complete, cyclic, depthCut };
}

/** Runs a search to its end without yielding. */
export function searchAll<S, O>(sys: TransitionSystem<S, O>, options: SearchOptions): SearchResult<S, O> {
  const run = search(sys, options);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/**
 * The fewest preemptions to reach every state, by a 0-1 breadth-first search over (state, last
 * thread to move): a move costs 1 when it switches away from a thread that had a move there too.
 * A thread whose move would change nothing (a spin) or that waits has none, so leaving it is free,
 * as in CHESS. Processing costs 0, 1, 2, … in turn is iterative context bounding done once.
 * `canMove` says who could move where the graph holds only some of the moves (a reduced search).
 */
export function fewestPreemptions(
  n: number,
  firstEdge: readonly number[],
  edgeTo: readonly number[],
  edgeBy: readonly number[],
  canMove?: (id: number, thread: number) => boolean,
): { cost(id: number): number; path(id: number): number[] } {
  let width = 1;
  for (const c of edgeBy) width = Math.max(width, c + 2);
  const node = (id: number, last: number): number => id * width + last + 1;
  const dist = new Float64Array(n * width).fill(Infinity);
  const prev = new Int32Array(n * width).fill(-1);
  const movable =
    canMove ??
    ((id: number, t: number): boolean => {
      for (let e = firstEdge[id]!; e < firstEdge[id + 1]!; e++) if (edgeBy[e] === t) return true;
      return false;
    });
  let level: number[] = [node(0, -1)];
  dist[level[0]!] = 0;
  for (let cost = 0; level.length > 0; cost++) {
    const next: number[] = [];
    // Free moves join this level while it is walked (an array iterator sees them).
    for (const at of level) {
      if (dist[at]! < cost) continue; // reached cheaper since it was queued
      const id = Math.floor(at / width);
      const last = (at % width) - 1;
      const lastCanMove = last >= 0 && movable(id, last);
      for (let e = firstEdge[id]!; e < firstEdge[id + 1]!; e++) {
        const c = edgeBy[e]!;
        const w = lastCanMove && c !== last ? 1 : 0;
        const to = node(edgeTo[e]!, c);
        if (cost + w >= dist[to]!) continue;
        dist[to] = cost + w;
        prev[to] = at;
        (w === 0 ? level : next).push(to);
      }
    }
    level = next;
  }
  const best = (id: number): number => {
    let b = -1;
    for (let l = 0; l < width; l++) if (b < 0 || dist[id * width + l]! < dist[b]!) b = id * width + l;
    return b;
  };
  return {
    cost: (id) => dist[best(id)]!,
    path: (id) => {
      const out: number[] = [];
      for (let at = best(id); prev[at]! >= 0; at = prev[at]!) out.push((at % width) - 1);
      return out.reverse();
    },
  };
}

/** The choices along the first path that reached state `id`: each state was stored as its parent's successor. */
function pathTo(id: number, parent: readonly number[], via: readonly number[]): number[] {
  const path: number[] = [];
  for (let at = id; at > 0; at = parent[at]!) path.push(via[at]!);
  return path.reverse();
}

/** Paths from state 0 to every state, in topological order (Kahn); states on a cycle are skipped. */
export function countPaths(n: number, firstEdge: readonly number[], edgeTo: readonly number[]): { paths: bigint[]; cyclic: boolean } {
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
