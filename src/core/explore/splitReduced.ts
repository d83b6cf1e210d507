// The reduced search (dpor.ts) split over workers, by subtrees. Every worker steps the same first
// states breadth first (split.ts's common start) and expands each of them fully: every move is taken
// there, none pruned. The states just past them, the seeds, are handed out one at a time through a
// shared counter, and the worker that claims a seed runs the reduced search from it as from a start
// of its own (empty stack, empty sleep set), with one cache and one explored graph for all its seeds.
//
// Why it is sound: every schedule either ends inside the common start (its end is recorded there) or
// leaves it, and the first state it reaches outside is a seed, since the common start is expanded
// fully. The reduced search from a seed reaches every outcome reachable from that seed (the
// reduction's own guarantee, from any start), so together the seeds reach every outcome the program
// can reach. A worker prunes a state only through the cache entry of a state fully explored, its
// own or one another worker published when it finished that state (sharedSummaries.ts): the entry's
// summary is raced against the stack of the moment as within one search (a seed is one more branch
// to it), and the moves below that state are in the finishing worker's part of the joined graph. A
// state two workers reach before either finishes it is explored by both, and the common start is
// not reduced: the price of the split. The property tests check the outcomes and the fewest
// preemptions equal the unreduced search's.
// Concurrency contract: one generator per worker; the workers share only the seed counter, the
// budget, the stop flag and the cache (ReducedShare), each read or updated atomically by the
// caller's functions.
import { createReducer, type ReducedProgress, type ReducibleSystem } from './dpor.ts';
import { ExploredGraph, type GraphPart } from './exploredGraph.ts';
import type { SearchOptions } from './search.ts';
import { commonStart, readJoined, type JoinedResult, type Next } from './split.ts';
import { hash64 } from './stateTable.ts';

/** What the workers of a split reduced search share. */
export interface ReducedShare {
  readonly worker: number;
  readonly workers: number;
  /** Claims the next seed: an index into the seeds every worker computes alike (past the end: none left). */
  claim(): number;
  /** Records that this worker finished a seed's subtree. */
  finished(): void;
  /** Seeds finished by every worker together. */
  finishedAll(): number;
  /** Takes one state from the budget every worker shares; false once it is spent. */
  admit(): boolean;
  /** Whether Stop was asked: read before every state entered. */
  stopped(): boolean;
  /** The cache the workers share (sharedSummaries.ts), by state key; without it each worker prunes only on its own. */
  readonly summaries?: { get(key: string): string | null; put(key: string, text: string): void };
}

/** One worker's part: the graph it explored (its node 0 is the program's start), to join with the others'. */
export interface ReducedPart<O> extends GraphPart<O> {
  /** States this worker entered (the common start counted by worker 0). */
  readonly states: number;
  /** False when the budget or Stop cut this worker's share short. */
  readonly complete: boolean;
}

export interface SplitProgress<O> extends ReducedProgress<O> {
  /** Seeds whose subtrees are finished, all workers together, and how many there are. */
  readonly subtrees: { readonly done: number; readonly total: number };
}

/** This worker's part of the reduced search of `sys` split over `share.workers` workers. */
export function* reducedPart<S, O, F>(sys: ReducibleSystem<S, O, F>, options: SearchOptions, share: ReducedShare): Generator<SplitProgress<O>, ReducedPart<O>, void> {
  const reducer = createReducer(sys, options, { admit: () => share.admit(), stopped: () => share.stopped(), ...(share.summaries ? { shared: share.summaries } : {}) });
  const graph = reducer.graph;
  const mine = share.worker === 0;
  let states = 0;
  let complete = true;
  const start = sys.initial();
  // Node 0 of every part is the start, so the joined graph counts paths from it.
  graph.node(sys.key(start), () => sys.choices(start));
  const { seeds } = commonStart(sys, start, share.workers, options.maxStates, (n) => {
    if (mine && !share.admit()) {
      complete = false;
      return null;
    }
    if (mine) states++;
    const from = mine ? graph.node(sys.key(n.s), () => sys.choices(n.s)) : -1;
    const out: Next<S>[] = [];
    if (!sys.isEnd?.(n.s)) {
      for (const c of sys.choices(n.s)) {
        const next = sys.step(n.s, c);
        if (next === null) continue;
        const key = sys.key(next);
        out.push({ c, s: next, h: hash64(key) });
        if (mine) graph.edge(from, c, graph.node(key, () => sys.choices(next)));
      }
    }
    if (mine && out.length === 0) {
      const o = sys.outcome(n.s);
      if (o !== null) reducer.end(from, o, n.s);
    }
    return out;
  });
  const subtrees = (): { done: number; total: number } => ({ done: share.finishedAll(), total: seeds.length });
  let schedules = 0;
  for (let i = share.claim(); i < seeds.length; i = share.claim()) {
    if (share.stopped()) break;
    const seed = seeds[i]!;
    for (const p of reducer.from(seed.s, seed.depth ?? 0)) {
      schedules = p.schedules;
      yield { ...p, states: states + p.states, subtrees: subtrees() };
    }
    share.finished();
    yield { states: states + reducer.states, frontier: 0, found: reducer.found(), schedules, subtrees: subtrees() };
  }
  if (share.stopped()) complete = false;
  return { ...graph.toPart(), states: states + reducer.states, complete: complete && reducer.complete };
}

/** The workers' parts as one explored graph, read as the single reduced search reads its own: `states` counts the states they entered together. */
export function joinReduced<O>(parts: readonly ReducedPart<O>[], outcomeKey: (o: O) => string): JoinedResult<O> {
  const states = parts.reduce((n, p) => n + p.states, 0);
  return readJoined(ExploredGraph.join(parts), outcomeKey, states, parts.length > 0 && parts.every((p) => p.complete));
}
