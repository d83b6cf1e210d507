// The graph of states a reduced search explored (one node per state key, one edge per move taken),
// from which its results are read as the unreduced search reads its own: schedules are paths from
// the start to an end, each outcome's witness the explored path with the fewest preemptions.
// Concurrency contract: single-threaded; owned by one search.
import { countPaths, fewestPreemptions, type SearchOutcome } from './search.ts';

export class ExploredGraph<S, O> {
  private readonly ids = new Map<string, number>();
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
