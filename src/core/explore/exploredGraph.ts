// The graph of states a reduced search explored (one node per state key, one edge per move taken),
// from which its results are read as the unreduced search reads its own: schedules are paths from
// the start to an end, each outcome's witness the explored path with the fewest preemptions.
// A split search's workers each send their graph as a part (states named by their keys' 64-bit
// hashes); the parts joined are one graph, read the same way.
// Concurrency contract: single-threaded; owned by one search (or one join).
import { countPaths, fewestPreemptions, type SearchOutcome } from './search.ts';
import { hash64 } from './stateTable.ts';

/** An explored graph as plain arrays, to send to another worker and join. */
export interface GraphPart<O> {
  /** Per node, its key's hash as two words (high, low); node 0 is the search's start. */
  readonly hashes: Int32Array;
  /** Node i's movable threads are movableBy[movableFirst[i]] … movableBy[movableFirst[i + 1] − 1]. */
  readonly movableFirst: Int32Array;
  readonly movableBy: Int32Array;
  /** Node i's moves are edges firstEdge[i] … firstEdge[i + 1] − 1: who moves, and to which node. */
  readonly firstEdge: Int32Array;
  readonly edgeBy: Int32Array;
  readonly edgeTo: Int32Array;
  readonly ends: readonly { readonly node: number; readonly outcome: O }[];
}

export class ExploredGraph<S, O> {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly out: number[][] = [];
  /** Per node, the threads that could move there (for what counts as a preemption). */
  private readonly movable: (readonly number[])[] = [];
  private readonly ends = new Map<number, { outcome: O; state: S }>();

  get size(): number {
    return this.ids.size;
  }

  /** The node of a state, made on first sight with the threads that can move there. */
  node(key: string, movable: () => readonly number[]): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.keys.push(key);
      this.out.push([]);
      this.movable.push(movable());
    }
    return id;
  }

  /** A move by `thread` from node `from` to node `to`, once however often it is taken. */
  edge(from: number, thread: number, to: number): void {
    const edges = this.out[from]!;
    for (let i = 0; i < edges.length; i += 2) if (edges[i] === thread) return;
    edges.push(thread, to);
  }

  end(id: number, outcome: O, state: S): void {
    if (!this.ends.has(id)) this.ends.set(id, { outcome, state });
  }

  /** The graph as a part to join with other workers' (the end states stay here). */
  toPart(): GraphPart<O> {
    const hashes = new Int32Array(2 * this.size);
    this.keys.forEach((k, i) => {
      const h = hash64(k);
      hashes[2 * i] = Number(BigInt.asIntN(32, h >> 32n));
      hashes[2 * i + 1] = Number(BigInt.asIntN(32, h));
    });
    // Lists flattened: every `step`-th item from `offset` of each, with where each list begins.
    const flat = (lists: readonly (readonly number[])[], step: number, offset: number): { first: Int32Array; items: Int32Array } => {
      const first: number[] = [];
      const items: number[] = [];
      for (const l of lists) {
        first.push(items.length);
        for (let i = offset; i < l.length; i += step) items.push(l[i]!);
      }
      first.push(items.length);
      return { first: Int32Array.from(first), items: Int32Array.from(items) };
    };
    const movable = flat(this.movable, 1, 0);
    const by = flat(this.out, 2, 0);
    const to = flat(this.out, 2, 1);
    const ends = [...this.ends].map(([node, e]) => ({ node, outcome: e.outcome }));
    return { hashes, movableFirst: movable.first, movableBy: movable.items, firstEdge: by.first, edgeBy: by.items, edgeTo: to.items, ends };
  }

  /** The parts as one graph, its nodes named by their hashes; the first part's node 0 is its start. */
  static join<O>(parts: readonly GraphPart<O>[]): ExploredGraph<undefined, O> {
    const graph = new ExploredGraph<undefined, O>();
    for (const p of parts) {
      const ids: number[] = [];
      for (let i = 0; i < p.hashes.length / 2; i++) {
        const movable = (): number[] => Array.from(p.movableBy.subarray(p.movableFirst[i], p.movableFirst[i + 1]));
        ids.push(graph.node(`${p.hashes[2 * i]!},${p.hashes[2 * i + 1]!}`, movable));
      }
      ids.forEach((from, i) => {
        for (let e = p.firstEdge[i]!; e < p.firstEdge[i + 1]!; e++) graph.edge(from, p.edgeBy[e]!, ids[p.edgeTo[e]!]!);
      });
      for (const e of p.ends) graph.end(ids[e.node]!, e.outcome, undefined);
    }
    return graph;
  }

  /** Outcomes with the explored schedules reaching each, and the total. */
  results(outcomeKey: (o: O) => string): { outcomes: SearchOutcome<S, O>[]; schedules: bigint; cyclic: boolean; transitions: number } {
    const n = this.size;
    const firstEdge: number[] = [];
    const edgeTo: number[] = [];
    const edgeBy: number[] = [];
    for (const edges of this.out) {
      firstEdge.push(edgeTo.length);
      for (let i = 0; i < edges.length; i += 2) {
        edgeBy.push(edges[i]!);
        edgeTo.push(edges[i + 1]!);
      }
    }
    firstEdge.push(edgeTo.length);
    const { paths, cyclic } = countPaths(n, firstEdge, edgeTo);
    const fewest = fewestPreemptions(n, firstEdge, edgeTo, edgeBy, (id, t) => this.movable[id]!.includes(t));
    const byKey = new Map<string, { outcome: O; schedules: bigint; id: number; end: S; preemptions: number }>();
    let total = 0n;
    for (const [id, e] of this.ends) {
      const count = paths[id] ?? 0n;
      total += count;
      const k = outcomeKey(e.outcome);
      const p = fewest.cost(id);
      const seen = byKey.get(k);
      if (seen === undefined) byKey.set(k, { outcome: e.outcome, schedules: count, id, end: e.state, preemptions: p });
      else {
        seen.schedules += count;
        if (p < seen.preemptions) Object.assign(seen, { id, end: e.state, preemptions: p });
      }
    }
    const outcomes = [...byKey.values()].map((x): SearchOutcome<S, O> => ({ outcome: x.outcome, schedules: x.schedules, witness: fewest.path(x.id), end: x.end, preemptions: x.preemptions }));
    return { outcomes, schedules: total, cyclic, transitions: edgeTo.length };
  }
}
