// Explore all for Python programs (and Sample, from sample.ts). Explore runs the shared search core
// over machines (a move is a transition, states merged by canonical key). Both are generators:
// progress between slices, so a worker can answer Stop.
// Concurrency contract: single-threaded; one search per worker at a time.
import type { CodeObject } from '../code.ts';
import { search, type SearchProgress as CoreProgress, type SearchResult as CoreResult, type TransitionSystem } from '../../explore/search.ts';
import { reducedSearch, type ReducibleSystem } from '../../explore/dpor.ts';
import { preemptionBounded } from '../../explore/bounds.ts';
import { switchPoints } from './preemptions.ts';
import { conflicts, mergeFootprints, type Footprint } from './footprint.ts';
import { canonicalNames } from './canonicalNames.ts';
import { tracedStep } from './traced.ts';
import { cloneMachine, createMachine } from './api.ts';
import type { Engine, Machine } from './machine.ts';
import { enabled, outcomeOf, step } from './scheduler.ts';
import { stateKey } from './stateKey.ts';
import type { ExploreSettings, MachineSettings, Outcome, OutcomeCount, SearchProgress, SearchResult } from './types.ts';
import { waitForGraph } from './waitFor.ts';

export const DEFAULT_EXPLORE: ExploreSettings = { maxStates: 200_000, sliceStates: 500 };

/** Explore all's options beyond the budget: partial-order reduction, a preemption bound. */
export interface ExploreOptions extends ExploreSettings {
  /** Source-DPOR with sleep sets on top of state hashing (one schedule per class of equivalent ones) instead of every schedule. */
  readonly reduce: boolean;
  /** Only schedules with at most this many preemptions (CHESS's bound); null for all. A cap turns `reduce` off. */
  readonly maxPreemptions: number | null;
}

/** Python machines as a transition system: a choice is a thread, a step one move of it. */
export function machineSystem(code: CodeObject, settings: MachineSettings, engine: Engine): TransitionSystem<Machine, Outcome> {
  const keys = new WeakMap<Machine, string>();
  const key = (m: Machine): string => {
    let k = keys.get(m);
    if (k === undefined) {
      k = stateKey(m);
      keys.set(m, k);
    }
    return k;
  };
  return {
    initial: () => createMachine(code, settings, engine),
    choices: (m) => enabled(m),
    step: (m, t) => {
      const next = cloneMachine(m);
      step(next, t);
      return key(next) === key(m) ? null : next;
    },
    key,
    outcome: (m) => outcomeOf(m),
    outcomeKey: (o) => o.key,
    pathsReplay: true,
  };
}

/** The same system, whose moves also say what they touched (footprint.ts), for the reduced search. */
export function reducibleSystem(code: CodeObject, settings: MachineSettings, engine: Engine): ReducibleSystem<Machine, Outcome, Footprint> {
  const base = machineSystem(code, settings, engine);
  // The key's walk also lists the objects it numbers: the cache's names for them (canonicalNames.ts).
  const keys = new WeakMap<Machine, { key: string; objects: object[] }>();
  const keyed = (m: Machine): { key: string; objects: object[] } => {
    let k = keys.get(m);
    if (k === undefined) {
      const objects: object[] = [];
      k = { key: stateKey(m, objects), objects };
      keys.set(m, k);
    }
    return k;
  };
  const key = (m: Machine): string => keyed(m).key;
  return {
    ...base,
    key,
    traced: (m, t) => {
      const r = tracedStep(m, t);
      return key(r.next) === key(m) ? null : r;
    },
    conflict: conflicts,
    merge: mergeFootprints,
    canonical: (m) => canonicalNames(keyed(m).objects),
  };
}

export function countOf(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

export function describe(o: Outcome, m: Machine, schedules: number | string, witness: readonly number[]): OutcomeCount {
  return { outcome: o, count: schedules, witness, stderr: m.stderr, waitFor: o.end === 'deadlock' ? waitForGraph(m) : null };
}

/** A core search's progress as the page's: states so far, and each outcome with the ends reaching it. */
export function pageProgress(p: CoreProgress<Outcome>): SearchProgress {
  return { done: p.states, pending: p.frontier, outcomes: p.found.map((f) => ({ outcome: f.outcome, count: f.ends, witness: [], stderr: '', waitFor: null })) };
}

/** Runs a core search to its end, passing its progress on as the page's. */
export function* drive<R>(run: Generator<CoreProgress<Outcome>, R, void>): Generator<SearchProgress, R, unknown> {
  let r = run.next();
  while (!r.done) {
    yield pageProgress(r.value);
    r = run.next();
  }
  return r.value;
}

export function* explore(code: CodeObject, settings: MachineSettings, engine: Engine, options: Partial<ExploreOptions> = {}): Generator<SearchProgress, SearchResult, void> {
  const o = { ...DEFAULT_EXPLORE, reduce: false, maxPreemptions: null, ...options };
  const core = { maxStates: o.maxStates, sliceStates: o.sliceStates };
  let found: CoreResult<Machine, Outcome>;
  let complete: boolean;
  // A cap counts every schedule within it: bounding and reducing at once is not sound as simply.
  const reduced = o.reduce && o.maxPreemptions === null;
  if (reduced) {
    found = yield* drive(reducedSearch(reducibleSystem(code, settings, engine), core));
    complete = found.complete;
  } else if (o.maxPreemptions !== null) {
    const bounded = preemptionBounded(machineSystem(code, settings, engine), Math.max(0, o.maxPreemptions));
    const r = yield* drive(search(bounded.sys, core));
    found = { ...r, outcomes: r.outcomes.map((x) => ({ ...x, end: x.end.s })) };
    complete = r.complete && !bounded.cut();
  } else {
    found = yield* drive(search(machineSystem(code, settings, engine), core));
    complete = found.complete;
  }
  let exact: boolean | undefined;
  if (reduced && complete) ({ found, exact } = yield* fewestUnderReduction(code, settings, engine, found, core));
  return {
    outcomes: found.outcomes.map((x) => ({
      ...describe(x.outcome, x.end, countOf(x.schedules), x.witness),
      preemptions: x.preemptions,
      switches: Number.isFinite(x.preemptions) ? switchPoints(code, settings, engine, x.witness) : [],
    })),
    complete,
    states: found.states,
    schedules: countOf(found.schedules),
    cyclic: found.cyclic,
    ...(reduced ? { reduced } : {}),
    ...(exact !== undefined ? { exactPreemptions: exact } : {}),
  };
}

/**
 * The reduction runs one schedule per class of equivalent ones, and the class's fewest-preemption
 * member may not be the one it ran, so its labels are upper bounds. They are made exact by the
 * unreduced search bounded at 0, 1, 2, … preemptions (CHESS's iterative bounding): at bound b, an
 * outcome it reaches gets its fewest preemptions from it (they are within b), and one whose label is
 * b + 1 and is not reached needs more than b, so exactly its label. It stops once every outcome is
 * settled, at the latest one below the largest label. Answers, per outcome key, the labels it
 * lowered (with a witness and its end); null when a bounded search ran out of budget (not exact).
 */
export function* settlePreemptions(
  code: CodeObject,
  settings: MachineSettings,
  engine: Engine,
  labels: readonly { readonly key: string; readonly preemptions: number }[],
  core: { maxStates: number; sliceStates: number },
): Generator<SearchProgress, Map<string, { preemptions: number; witness: readonly number[]; end: Machine }> | null, unknown> {
  const best = new Map(labels.map((x) => [x.key, x.preemptions]));
  const lowered = new Map<string, { preemptions: number; witness: readonly number[]; end: Machine }>();
  const unsettled = (bound: number): boolean => [...best.values()].some((p) => Number.isFinite(p) && p > bound + 1);
  for (let bound = 0; ; bound++) {
    // Labels of 0 need no check; past the bound, only labels above bound + 1 are still open.
    if (![...best.values()].some((p) => Number.isFinite(p) && p > bound)) break;
    const bounded = preemptionBounded(machineSystem(code, settings, engine), bound);
    const r = yield* drive(search(bounded.sys, core));
    if (!r.complete) return null;
    for (const x of r.outcomes) {
      const had = best.get(x.outcome.key);
      if (had === undefined || x.preemptions >= had) continue;
      best.set(x.outcome.key, x.preemptions);
      lowered.set(x.outcome.key, { preemptions: x.preemptions, witness: x.witness, end: x.end.s });
    }
    if (!unsettled(bound)) break;
  }
  return lowered;
}

function* fewestUnderReduction(
  code: CodeObject,
  settings: MachineSettings,
  engine: Engine,
  found: CoreResult<Machine, Outcome>,
  core: { maxStates: number; sliceStates: number },
): Generator<SearchProgress, { found: CoreResult<Machine, Outcome>; exact: boolean }, unknown> {
  const lowered = yield* settlePreemptions(code, settings, engine, found.outcomes.map((x) => ({ key: x.outcome.key, preemptions: x.preemptions })), core);
  if (lowered === null) return { found, exact: false };
  return { found: { ...found, outcomes: found.outcomes.map((x) => ({ ...x, ...lowered.get(x.outcome.key) })) }, exact: true };
}

export { DEFAULT_SAMPLE, sample } from './sample.ts';
