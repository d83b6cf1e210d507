// Explore all split over workers (one interpreter each): every worker expands the same first few
// states breadth-first, then takes the states just past them in its own order and explores depth
// first from each, claiming each state it reaches in a shared table (stateTable.ts) so that every
// state is expanded by exactly one worker. Each worker keeps the moves of the states it expanded;
// joined, they are the whole state graph the single search builds, so the schedules counted over
// it and the fewest preemptions read from it are the single search's, whatever the split.
// Concurrency contract: one generator per worker, sharing only the table; each checks Stop before
// every state it expands. The join is pure and runs once every part is in.
import { ExploredGraph } from './exploredGraph.ts';
import type { SearchOutcome, SearchProgress, TransitionSystem } from './search.ts';
import { CLAIM, hash64, StateTable } from './stateTable.ts';

/** One worker's share of a split search. */
export interface SplitShare {
  /** The claimed states (createStateTable), the same for every worker of the search. */
  readonly table: SharedArrayBuffer;
  readonly worker: number;
  readonly workers: number;
  /** Whether Stop was asked: read before every state this worker expands. */
  stopped(): boolean;
}

/** What one worker explored: the states it expanded with their moves, and the ends among them. */
export interface ExploredPart<O> {
  /** Per state this worker saw, its key's hash as two words (high, low); state 0 is the start. */
  readonly hashes: Int32Array;
  /** The states it expanded; state expanded[i]'s moves are edges firstEdge[i] … firstEdge[i + 1] − 1. */
  readonly expanded: Int32Array;
  readonly firstEdge: Int32Array;
  /** Per edge, the thread that moves and the state it leads to. */
  readonly edgeBy: Int32Array;
  readonly edgeTo: Int32Array;
  /** Expanded states without moves (or ends), with what they mean. */
  readonly ends: readonly { readonly state: number; readonly outcome: O }[];
  /** False when the shared budget or Stop cut this worker's share short. */
  readonly complete: boolean;
}

export interface SplitOptions {
  /** Distinct states all workers together claim at most (the budget is shared). */
  readonly maxStates: number;
  /** States expanded between two progress reports. */
  readonly sliceStates: number;
}

/** States just past the common start each worker gets, at least: enough for their orders to differ. */
const SEEDS_PER_WORKER = 4;
/** States of the common start at most (every worker expands them all). */
const COMMON_MAX = 256;

/** A successor: the choice, the state, its key's hash and its distance from the start. */
export interface Next<S> {
  readonly c: number;
  readonly s: S;
  readonly h: bigint;
  readonly depth?: number;
}

/**
 * The first states of a split search, breadth first: the same states in the same order in every
 * worker (the system is deterministic), until the states just past them (the seeds, handed out among
 * the workers) are enough for the workers' orders to differ. `expand` gives a state's successors, or
 * null when it is not to be expanded (the budget is spent).
 */
export function commonStart<S>(sys: { key(s: S): string }, start: S, workers: number, maxStates: number, expand: (n: Next<S>) => Next<S>[] | null): { seeds: Next<S>[]; common: Set<bigint> } {
  const startHash = hash64(sys.key(start));
  const common = new Set<bigint>();
  const queue: Next<S>[] = [{ c: -1, s: start, h: startHash, depth: 0 }];
  const seen = new Set<bigint>([startHash]);
  const goal = SEEDS_PER_WORKER * workers;
  const cap = Math.min(COMMON_MAX, Math.floor(maxStates / 2));
  let head = 0;
  while (head < queue.length && queue.length - head < goal && common.size < cap) {
    const n = queue[head++]!;
    common.add(n.h);
    for (const next of expand(n) ?? []) {
      if (seen.has(next.h)) continue;
      seen.add(next.h);
      queue.push({ ...next, depth: (n.depth ?? 0) + 1 });
    }
  }
  return { seeds: queue.slice(head), common };
}

/** This worker's share of exploring `sys`; the join of every worker's part is the whole graph. */
export function* searchPart<S, O>(sys: TransitionSystem<S, O>, options: SplitOptions, share: SplitShare): Generator<SearchProgress<O>, ExploredPart<O>, void> {
  const table = new StateTable(share.table, options.maxStates);
  const slice = Math.max(1, options.sliceStates);
  const ids = new Map<bigint, number>();
  const hashes: number[] = [];
  const expanded: number[] = [];
  const firstEdge: number[] = [];
  const edgeBy: number[] = [];
  const edgeTo: number[] = [];
  const ends: { state: number; outcome: O }[] = [];
  const found = new Map<string, { outcome: O; ends: number }>();
  let complete = true;
  let pending = 0;

  const id = (h: bigint): number => {
    let i = ids.get(h);
    if (i === undefined) {
      i = ids.size;
      ids.set(h, i);
      hashes.push(Number(BigInt.asIntN(32, h >> 32n)), Number(BigInt.asIntN(32, h)));
    }
    return i;
  };
  const hashOf = (s: S): bigint => hash64(sys.key(s));

  /** The state's moves (and, when `record`, its edges and its end), in this worker's order. */
  const expand = (s: S, h: bigint, record: boolean): Next<S>[] => {
    const out: Next<S>[] = [];
    if (!sys.isEnd?.(s)) {
      for (const c of sys.choices(s)) {
        const next = sys.step(s, c);
        if (next !== null) out.push({ c, s: next, h: hashOf(next) });
      }
    }
    if (!record) return out;
    expanded.push(id(h));
    firstEdge.push(edgeBy.length);
    for (const n of out) {
      edgeBy.push(n.c);
      edgeTo.push(id(n.h));
    }
    if (out.length === 0) {
      const o = sys.outcome(s);
      if (o !== null) {
        ends.push({ state: id(h), outcome: o });
        const k = sys.outcomeKey(o);
        const f = found.get(k);
        if (f === undefined) found.set(k, { outcome: o, ends: 1 });
        else f.ends++;
      }
    }
    return out;
  };
  const progress = (): SearchProgress<O> => ({ states: expanded.length, frontier: pending, found: [...found.values()] });

  // The common start: worker 0 claims and records its states, the others only step them to learn
  // the states past them.
  const start = sys.initial();
  const startHash = hashOf(start);
  id(startHash);
  const mine = share.worker === 0;
  const { seeds, common } = commonStart(sys, start, share.workers, options.maxStates, (n) => {
    if (mine && table.claim(n.h) === CLAIM.full) {
      complete = false;
      return null;
    }
    return expand(n.s, n.h, mine);
  });

  // Then depth first from the seeds, each worker starting at its own place among them and trying
  // the threads in its own rotation, so that the workers spread out over the graph.
  const offset = Math.floor((share.worker * seeds.length) / share.workers);
  let sinceYield = 0;
  for (let k = 0; k < seeds.length && !share.stopped(); k++) {
    const seed = seeds[(k + offset) % seeds.length]!;
    const claim = table.claim(seed.h);
    if (claim === CLAIM.full) complete = false;
    if (claim !== CLAIM.claimed) continue;
    const stack: Next<S>[] = [seed];
    while (stack.length > 0) {
      if (share.stopped()) {
        complete = false;
        break;
      }
      const n = stack.pop()!;
      const moves = expand(n.s, n.h, true);
      const turn = moves.length === 0 ? 0 : share.worker % moves.length;
      // Pushed last is taken first: the worker's rotation of the moves, first at the top.
      for (let i = moves.length - 1; i >= 0; i--) {
        const next = moves[(i + turn) % moves.length]!;
        if (common.has(next.h)) continue;
        const c = table.claim(next.h);
        if (c === CLAIM.full) complete = false;
        if (c === CLAIM.claimed) stack.push(next);
      }
      pending = stack.length;
      if (++sinceYield >= slice) {
        sinceYield = 0;
        yield progress();
      }
    }
  }
  if (share.stopped()) complete = false;
  firstEdge.push(edgeBy.length);
  return {
    hashes: Int32Array.from(hashes),
    expanded: Int32Array.from(expanded),
    firstEdge: Int32Array.from(firstEdge),
    edgeBy: Int32Array.from(edgeBy),
    edgeTo: Int32Array.from(edgeTo),
    ends,
    complete,
  };
}

export interface JoinedResult<O> {
  /** Each with its schedules, the fewest preemptions and a witness with that many; no end state (replay the witness). */
  readonly outcomes: readonly Omit<SearchOutcome<unknown, O>, 'end'>[];
  /** Distinct states the workers reached together. */
  readonly states: number;
  readonly transitions: number;
  readonly schedules: bigint;
  readonly complete: boolean;
  readonly cyclic: boolean;
}

/** The parts as one state graph (states named by their hashes), read as the single search reads its own. */
export function joinParts<O>(parts: readonly ExploredPart<O>[], outcomeKey: (o: O) => string): JoinedResult<O> {
  const keyOf = (p: ExploredPart<O>, i: number): string => `${p.hashes[2 * i]!},${p.hashes[2 * i + 1]!}`;
  // A state expanded twice (never, but for a budget race) keeps its first expansion: the moves are the same.
  const expansions = new Map<string, { p: ExploredPart<O>; i: number }>();
  for (const p of parts) for (let i = 0; i < p.expanded.length; i++) {
    const k = keyOf(p, p.expanded[i]!);
    if (!expansions.has(k)) expansions.set(k, { p, i });
  }
  // Who could move where, as the single search reads it: the threads with a move there.
  const movable = (k: string): number[] => {
    const x = expansions.get(k);
    return x === undefined ? [] : Array.from(x.p.edgeBy.subarray(x.p.firstEdge[x.i], x.p.firstEdge[x.i + 1]));
  };
  const graph = new ExploredGraph<undefined, O>();
  const first = parts[0];
  if (first !== undefined && first.hashes.length > 0) {
    const root = keyOf(first, 0);
    graph.node(root, () => movable(root));
  }
  for (const [k, { p, i }] of expansions) {
    const from = graph.node(k, () => movable(k));
    for (let e = p.firstEdge[i]!; e < p.firstEdge[i + 1]!; e++) {
      const to = keyOf(p, p.edgeTo[e]!);
      graph.edge(from, p.edgeBy[e]!, graph.node(to, () => movable(to)));
    }
  }
  for (const p of parts) for (const e of p.ends) graph.end(graph.node(keyOf(p, e.state), () => []), e.outcome, undefined);
  return readJoined(graph, outcomeKey, graph.size, parts.length > 0 && parts.every((p) => p.complete));
}

/** A joined graph's results, as a split search answers them. */
export function readJoined<O>(graph: ExploredGraph<undefined, O>, outcomeKey: (o: O) => string, states: number, complete: boolean): JoinedResult<O> {
  const r = graph.results(outcomeKey);
  return {
    outcomes: r.outcomes.map(({ outcome, schedules, witness, preemptions }) => ({ outcome, schedules, witness, preemptions })),
    states,
    transitions: r.transitions,
    schedules: r.schedules,
    complete,
    cyclic: r.cyclic,
  };
}
