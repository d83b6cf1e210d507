// Source-DPOR with sleep sets (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014, Algorithm 1, as
// Nidhugg runs it) on top of state hashing, over any transition system whose moves say what they
// touched. Depth-first; happens-before by vector clocks; each race reversed by adding an initial of
// notdep(e, E).p to the backtrack set before e, and a sleep set per state so no two explored
// schedules are equivalent where the algorithm can tell.
//
// State caching, soundly (stateful DPOR: Yang, Chen, Gopalakrishnan and Kirby, SPIN 2008). DPOR
// computes a state's backtrack set from races with what runs after it, so pruning a state seen on
// another branch would drop the races its unexplored future would have shown. Each fully explored
// state therefore keeps a summary: per thread, one footprint covering every move made in its
// explored subtree (named canonically, so any state with its key can read it). Reaching it again,
// the search treats each summarised move as racing with every conflicting move on the stack that
// does not already precede it, and adds backtrack points as a reversal would, taking every thread
// that might be an initial (those of the unknown path are unknown: all the summary's threads). It
// prunes only when the cached visit's sleep set is a subset of the current one (the cached visit
// then explored everything this one must); otherwise it explores again and keeps the intersection.
// A state whose subtree ran back into a state still on the stack (a cycle) is not cached: its
// future is not all below it. A move that returns to a state on its own path expands every state
// of that cycle fully, as before. Schedules and preemptions are read from the graph of explored
// states (exploredGraph.ts), as the unreduced search reads its own: schedules count the explored
// classes' paths, and preemptions are those of explored schedules, an upper bound.
// Concurrency contract: single-threaded and synchronous; a generator, so a worker can answer Stop.
import { ExploredGraph } from './exploredGraph.ts';
import type { SearchOptions, SearchProgress, SearchResult, TransitionSystem } from './search.ts';

/** A transition system whose moves also report a footprint, with the conflict relation over footprints. */
export interface ReducibleSystem<S, O, F> extends TransitionSystem<S, O> {
  /** Like `step`, with what the move touched; null when the move changes nothing. */
  traced(s: S, c: number): { readonly next: S; readonly footprint: F } | null;
  /** Whether two moves of different threads may fail to commute (or enable or disable each other). */
  conflict(a: F, b: F): boolean;
  /** A footprint conflicting with whatever either conflicts with: several moves of one thread at once. Without it, no state is cached. */
  merge?(a: F, b: F): F;
  /** Footprints of state `s` renamed to names shared by every state with its key, and back; identity without it. */
  canonical?(s: S): { readonly to: (f: F) => F; readonly from: (f: F) => F };
}

/** Per thread, one footprint covering all its moves in a subtree. */
type Summary<F> = Map<number, F>;

/** A fully explored state: the threads asleep when it was explored, and every move below it. */
interface CacheEntry<F> {
  readonly sleep: readonly number[];
  readonly summary: Summary<F>;
}

/** One level of the depth-first stack: a state and the move taken from it. */
interface Level<S, F> {
  readonly state: S;
  readonly key: string;
  readonly node: number;
  readonly backtrack: Set<number>;
  readonly done: Set<number>;
  /** Threads asleep here, with the footprint of their (unchanged) next move. */
  readonly sleep: Map<number, F>;
  /** The threads asleep on entry, for the cache. */
  readonly entrySleep: readonly number[];
  /** Threads whose move from here changes nothing (a spin): not choices. */
  readonly idle: Set<number>;
  /** Every move made below this state so far. */
  readonly summary: Summary<F>;
  /** The lowest stack level a cycle below this state returned to (Infinity: none). */
  low: number;
  /** A budget cut something below this state: its summary is partial. */
  cut: boolean;
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
  /** Complete schedules reached so far (ends of explored paths, cached subtrees not counted again). */
  readonly schedules: number;
}

export interface ReducedResult<S, O> extends SearchResult<S, O> {
  /** Moves that reached an explored state whose summary stood in for exploring it again. */
  readonly cacheHits: number;
}

const joinInto = (into: number[], from: readonly number[]): void => {
  for (let i = 0; i < from.length; i++) if ((from[i] ?? 0) > (into[i] ?? 0)) into[i] = from[i]!;
};

/** What a reducer is told from outside: the budget (shared by every worker of a split search) and Stop. */
export interface ReducerHooks {
  /** Takes one state from the budget; false once it is spent. */
  admit(): boolean;
  /** Whether Stop was asked: read before every state entered. */
  stopped?(): boolean;
  /**
   * The cache of a split search's workers together (sharedSummaries.ts): entries other workers
   * published, by state key, as text; and this worker's entries, published as it finishes states.
   * Footprints must then be plain data (they cross as JSON).
   */
  shared?: { get(key: string): string | null; put(key: string, text: string): void };
}

/**
 * One reduced search that can start from several roots in turn (a split search's subtrees), keeping
 * one cache and one explored graph across them: a state fully explored from one root stands for
 * itself when another root reaches it, exactly as when another branch of one root does (its summary
 * is raced against the stack of the moment, whatever lies below that stack).
 */
export interface Reducer<S, O> {
  readonly graph: ExploredGraph<S, O>;
  /** Explores everything reachable from `root` (a state `depth` moves from the start), up to equivalence. */
  from(root: S, depth?: number): Generator<ReducedProgress<O>, void, void>;
  /** States entered so far, in every root. */
  readonly states: number;
  /** False once the budget or Stop cut something short. */
  readonly complete: boolean;
  readonly depthCut: boolean;
  readonly cacheHits: number;
  /** Distinct outcomes so far, with how many explored ends reach each. */
  found(): { readonly outcome: O; readonly ends: number }[];
  /** Records an end reached outside `from` (a state the caller expanded itself). */
  end(node: number, o: O, state: S): void;
}

export function createReducer<S, O, F>(sys: ReducibleSystem<S, O, F>, options: SearchOptions, hooks: ReducerHooks): Reducer<S, O> {
  const slice = Math.max(1, options.sliceStates);
  const maxDepth = sys.budgetOutcome ? (options.maxDepth ?? Infinity) : Infinity;
  const merge = sys.merge === undefined ? undefined : (a: F, b: F): F => sys.merge!(a, b);
  const stack: Level<S, F>[] = [];
  const onPath = new Map<string, number>();
  const graph = new ExploredGraph<S, O>();
  const cache = new Map<string, CacheEntry<F>>();
  const fromShared = (key: string): CacheEntry<F> | undefined => {
    if (hooks.shared === undefined || merge === undefined) return undefined;
    const text = hooks.shared.get(key);
    if (text === null) return undefined;
    const parsed = JSON.parse(text) as { sleep: number[]; summary: [number, F][] };
    const entry = { sleep: parsed.sleep, summary: new Map(parsed.summary) };
    // Kept as this worker's own: a later visit here merges with it, as with any entry of its own.
    if (!cache.has(key)) cache.set(key, entry);
    return entry;
  };
  const found = new Map<string, { outcome: O; ends: number }>();
  let states = 0;
  let ends = 0;
  let hits = 0;
  let complete = true;
  let depthCut = false;
  let base = 0;

  const enter = (state: S, key: string, node: number, sleep: Map<number, F>): void => {
    onPath.set(key, stack.length);
    stack.push({ state, key, node, backtrack: new Set(), done: new Set(), sleep, entrySleep: [...sleep.keys()], idle: new Set(), summary: new Map(), low: Infinity, cut: false, started: false, moved: false, thread: -1, footprint: null, clock: [] });
    states++;
  };

  const end = (node: number, o: O, state: S): void => {
    graph.end(node, o, state);
    ends++;
    const k = sys.outcomeKey(o);
    const f = found.get(k);
    if (f === undefined) found.set(k, { outcome: o, ends: 1 });
    else f.ends++;
  };
  const record = (l: Level<S, F>, o: O): void => end(l.node, o, l.state);

  /** A choice to try next from this level: from its backtrack set, not asleep, not tried. */
  const pick = (l: Level<S, F>): number | undefined => {
    for (const c of l.backtrack) if (!l.done.has(c) && !l.sleep.has(c)) return c;
    return undefined;
  };

  /** The moves after level j (up to level n) that do not happen after its move, in order. */
  const notAfter = (j: number, n: number): { thread: number; clock: readonly number[]; at: number }[] => {
    const e = stack[j]!;
    const v: { thread: number; clock: readonly number[]; at: number }[] = [];
    for (let k = j + 1; k <= n && k < stack.length; k++) {
      const x = stack[k]!;
      if ((x.clock[e.thread] ?? 0) >= j + 1) continue;
      v.push({ thread: x.thread, clock: x.clock, at: k });
    }
    return v;
  };

  /** Threads whose first move in v is preceded by no other move of v. */
  const initialsOf = (v: readonly { thread: number; clock: readonly number[]; at: number }[]): number[] => {
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
    return initials;
  };

  /** Adds `threads` that can move at level j to its backtrack set; when none can (they wait on what e frees), every thread: classic DPOR's rule. */
  const addBacktrack = (j: number, threads: readonly number[]): void => {
    const target = stack[j]!;
    const enabled = sys.choices(target.state);
    let added = false;
    for (const q of threads) if (enabled.includes(q)) { target.backtrack.add(q); added = true; }
    if (!added) for (const c of enabled) target.backtrack.add(c);
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
    const v = notAfter(j, n - 1);
    v.push({ thread: p, clock, at: n });
    const initials = initialsOf(v);
    const target = stack[j]!;
    if (initials.some((q) => target.backtrack.has(q))) return;
    const enabled = sys.choices(target.state);
    const q = initials.includes(p) && enabled.includes(p) ? p : initials.find((x) => enabled.includes(x));
    addBacktrack(j, q === undefined ? [] : [q]);
  };

  /**
   * A move from level n reached a cached state: each summarised thread's moves may race with any
   * conflicting move on the stack that its own moves do not already follow. The path from here to
   * such a move is unknown, so every thread that might begin the reversed order is added.
   */
  const raceSummary = (n: number, summary: Summary<F>): void => {
    for (const [q, fq] of summary) {
      let last = -1;
      for (let k = n; k >= 0; k--) if (stack[k]!.thread === q) { last = k; break; }
      const qClock = last >= 0 ? stack[last]!.clock : [];
      for (let j = 0; j <= n; j++) {
        const e = stack[j]!;
        if (e.thread === q || (qClock[e.thread] ?? 0) >= j + 1 || !sys.conflict(e.footprint!, fq)) continue;
        const v = notAfter(j, n);
        const initials = initialsOf(v);
        const target = stack[j]!;
        if (initials.some((x) => target.backtrack.has(x))) continue;
        const inV = new Set(v.map((x) => x.thread));
        const unknown = [...summary.keys()].filter((t) => t !== e.thread && !inV.has(t));
        addBacktrack(j, [...initials, ...unknown]);
      }
    }
  };

  const mergeInto = (into: Summary<F>, from: Summary<F>, rename: ((f: F) => F) | null): void => {
    for (const [t, f] of from) {
      const g = rename === null ? f : rename(f);
      const had = into.get(t);
      into.set(t, had === undefined ? g : merge!(had, g));
    }
  };

  /** A move came back to a state on its own path: expand every state of the cycle fully. */
  const closeCycle = (from: number): void => {
    for (let i = from; i < stack.length; i++) for (const c of sys.choices(stack[i]!.state)) stack[i]!.backtrack.add(c);
    const top = stack[stack.length - 1]!;
    top.low = Math.min(top.low, from);
  };

  /** Leaves a level; a fully explored one (no cycle above it, no cut) goes to the cache. */
  const pop = (): void => {
    const l = stack.pop()!;
    onPath.delete(l.key);
    const at = stack.length;
    if (merge !== undefined && !l.cut && l.low >= at) {
      const to = sys.canonical?.(l.state).to ?? null;
      const summary: Summary<F> = new Map();
      mergeInto(summary, l.summary, to);
      const old = cache.get(l.key);
      let sleep = l.entrySleep;
      if (old !== undefined) {
        mergeInto(summary, old.summary, null);
        sleep = sleep.filter((t) => old.sleep.includes(t));
      }
      cache.set(l.key, { sleep, summary });
      hooks.shared?.put(l.key, JSON.stringify({ sleep, summary: [...summary] }));
    }
    const parent = stack[at - 1];
    if (parent !== undefined) {
      if (merge !== undefined) mergeInto(parent.summary, l.summary, null);
      parent.low = Math.min(parent.low, l.low);
      parent.cut ||= l.cut;
    }
  };

  /** No move changes anything here: an end (or a spin), judged as search.ts judges a state without successors. */
  const endHere = (l: Level<S, F>): void => {
    const o = sys.outcome(l.state);
    if (o !== null) record(l, o);
  };

  function* from(root: S, depth = 0): Generator<ReducedProgress<O>, void, void> {
    const rootKey = sys.key(root);
    base = depth;
    if (hooks.stopped?.() === true || !hooks.admit()) {
      complete = false;
      return;
    }
    enter(root, rootKey, graph.node(rootKey, () => sys.choices(root)), new Map());
    let sinceYield = 0;
    while (stack.length > 0) {
      const n = stack.length - 1;
      const l = stack[n]!;
      if (!l.started) {
        l.started = true;
        if (base + n >= maxDepth) {
          depthCut = true;
          l.cut = true;
          record(l, sys.budgetOutcome!(l.state));
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
      l.thread = p;
      l.footprint = moved.footprint;
      l.clock = analyse(n, p, moved.footprint);
      if (merge !== undefined) mergeInto(l.summary, new Map([[p, moved.footprint]]), null);
      const childSleep = new Map<number, F>();
      for (const [q, fq] of l.sleep) if (!sys.conflict(fq, moved.footprint)) childSleep.set(q, fq);
      // Asleep in the siblings explored after this one: their schedules reach p's later.
      l.sleep.set(p, moved.footprint);
      const key = sys.key(moved.next);
      const node = graph.node(key, () => sys.choices(moved.next));
      graph.edge(l.node, p, node);
      const again = onPath.get(key);
      if (again !== undefined) {
        closeCycle(again);
        continue;
      }
      // Only fully explored states are cached, and only when merge is given; by this worker or another.
      const fits = (e: CacheEntry<F> | undefined): e is CacheEntry<F> => e?.sleep.every((t) => childSleep.has(t)) === true;
      let cached = cache.get(key);
      if (!fits(cached)) {
        const other = fromShared(key);
        if (fits(other)) cached = other;
      }
      if (fits(cached)) {
        hits++;
        const from = sys.canonical?.(moved.next).from ?? null;
        const summary: Summary<F> = new Map();
        mergeInto(summary, cached.summary, from);
        raceSummary(n, summary);
        mergeInto(l.summary, summary, null);
        continue;
      }
      if (hooks.stopped?.() === true) {
        // Stop: leave at once; nothing on the stack was fully explored, so none of it is cached.
        complete = false;
        while (stack.length > 0) onPath.delete(stack.pop()!.key);
        return;
      }
      if (!hooks.admit()) {
        complete = false;
        l.cut = true;
        continue;
      }
      enter(moved.next, key, node, childSleep);
      if (++sinceYield >= slice) {
        sinceYield = 0;
        yield { states, frontier: stack.length, found: [...found.values()], schedules: ends };
      }
    }
  }

  return {
    graph,
    from,
    get states() {
      return states;
    },
    get complete() {
      return complete;
    },
    get depthCut() {
      return depthCut;
    },
    get cacheHits() {
      return hits;
    },
    found: () => [...found.values()],
    end,
  };
}

/**
 * Explores at least one schedule per class of equivalent schedules, yielding progress every
 * `sliceStates` states entered. `states` counts the states entered (a state entered again because
 * its sleep set allowed no pruning counts again); `schedules` the explored graph's complete paths.
 */
export function* reducedSearch<S, O, F>(sys: ReducibleSystem<S, O, F>, options: SearchOptions): Generator<ReducedProgress<O>, ReducedResult<S, O>, void> {
  let spent = 0;
  const r = createReducer(sys, options, { admit: () => spent++ < options.maxStates });
  yield* r.from(sys.initial());
  const g = r.graph.results((o) => sys.outcomeKey(o));
  return { outcomes: g.outcomes, states: r.states, transitions: g.transitions, schedules: g.schedules, complete: r.complete, cyclic: g.cyclic, depthCut: r.depthCut, cacheHits: r.cacheHits };
}
