// PCT sampling (Burckhardt, Kothari, Musuvathi and Nagarakatte, "A randomized scheduler with
// probabilistic guarantees of finding bugs", ASPLOS 2010): every thread gets a random priority,
// the highest-priority thread that can move always moves, and at d − 1 random steps the thread
// about to move drops below every other. A bug that needs d ordered events then shows in each run
// with probability at least 1/(n·k^(d−1)) for n threads and k steps.
// Here a step is a choice point (a move where two or more threads could go): a lone thread's
// moves order nothing. Concurrency contract: none; a chooser is single-threaded and seeded.
import { mulberry32, type Random } from '../../shared/random.ts';
import type { Chooser, PctGuarantee } from './types.ts';

/** What PCT needs to know in advance: the bug depth it aims at and how many choice points a run has. */
export interface PctPlan {
  /** d: the ordered events a bug needs (1: one ordering, 2: an atomicity violation such as a lost update). */
  readonly depth: number;
  /** k: choice points of one run (measured from a run); change points fall uniformly among them. */
  readonly steps: number;
}

/** A chooser that also counts the choice points it was asked about. */
export interface CountingChooser {
  readonly choose: Chooser;
  /** Choice points so far. */
  calls(): number;
}

/** d − 1 distinct change points drawn uniformly from 1..k, ascending (fewer when k < d − 1). */
export function changePoints(rand: Random, depth: number, steps: number): number[] {
  const want = Math.max(0, Math.min(depth - 1, steps));
  const picked = new Set<number>();
  while (picked.size < want) picked.add(1 + Math.floor(rand() * steps));
  return [...picked].sort((a, b) => a - b);
}

/**
 * A PCT chooser for one run. Threads are ranked as they first appear: each new one is put at a
 * uniformly random place among those not yet lowered (so the threads present from the start get
 * a uniformly random order). At the i-th change point the thread that would move drops below
 * every thread, under those lowered before it (priority d − i in the paper).
 */
export function pctChooser(seed: number, plan: PctPlan): CountingChooser {
  const rand = mulberry32(seed);
  const points = changePoints(rand, plan.depth, Math.max(1, plan.steps));
  /** Highest first: threads at their initial priority. */
  const high: number[] = [];
  /** Highest first: lowered threads, in the order they were lowered. */
  const low: number[] = [];
  const known = new Set<number>();
  let calls = 0;
  let next = 0;
  const first = (list: readonly number[], ready: readonly number[]): number | undefined => list.find((t) => ready.includes(t));
  const choose: Chooser = (ready) => {
    for (const t of ready) {
      if (known.has(t)) continue;
      known.add(t);
      high.splice(Math.floor(rand() * (high.length + 1)), 0, t);
    }
    calls++;
    let t = first(high, ready) ?? first(low, ready)!;
    while (next < points.length && points[next] === calls) {
      next++;
      const at = high.indexOf(t);
      if (at >= 0) high.splice(at, 1);
      else low.splice(low.indexOf(t), 1);
      low.push(t);
      t = first(high, ready) ?? first(low, ready)!;
    }
    return t;
  };
  return { choose, calls: () => calls };
}

/** Wraps a chooser to count its choice points (to measure k from a run). */
export function counting(inner: Chooser): CountingChooser {
  let calls = 0;
  return {
    choose: (ready, moves) => {
      calls++;
      return inner(ready, moves);
    },
    calls: () => calls,
  };
}

export function pctGuarantee(threads: number, steps: number, depth: number): PctGuarantee {
  const n = Math.max(1, threads);
  const k = Math.max(1, steps);
  const probability = 1 / (n * k ** Math.max(0, depth - 1));
  return { threads: n, steps: k, depth, probability, runsFor95: runsFor(probability, 0.95) };
}

/** The fewest runs after which an event of chance p per run has happened with the given confidence. */
export function runsFor(p: number, confidence: number): number {
  if (p >= 1) return 1;
  if (p <= 0) return Infinity;
  // log1p keeps ln(1 − p) exact for tiny p, where 1 − p rounds to 1.
  const n = Math.ceil(Math.log(1 - confidence) / Math.log1p(-p));
  return Number.isFinite(n) ? n : Infinity;
}

/** The seed of run `i` of a sample: independent streams per run, so any worker can run any range. */
export function runSeed(seed: number, i: number): number {
  // A 32-bit mix (murmur3's finaliser) of the sample's seed and the run's index.
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ (i >>> 0)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
