// Explore all on every core: each worker explores its share of a Python program's state graph
// (split.ts) and answers with the states it expanded; one worker then joins the parts and describes
// each outcome from its witness, replayed. The joined counts and fewest preemptions are the single
// search's (search.ts `explore`), with or without a preemption cap. With the reduction, the workers
// take subtrees (splitReduced.ts: a fully expanded common start, then source-DPOR from each seed, so
// every outcome is reached; sound, though the common start is not reduced and subtrees may overlap),
// and the join settles the labels with the unreduced bounded searches, as the single reduced search does.
// Concurrency contract: one part per worker at a time, sharing the state table (or the seed counter
// and budget) and the control words (Stop is read before every state expanded); the join is
// single-threaded and, with the reduction, reads Stop between slices.
import type { CodeObject } from '../code.ts';
import { preemptionBounded } from '../../explore/bounds.ts';
import { joinParts, searchPart, type ExploredPart } from '../../explore/split.ts';
import { joinReduced, reducedPart, type ReducedPart } from '../../explore/splitReduced.ts';
import { replay } from './api.ts';
import type { Engine } from './machine.ts';
import { switchPoints } from './preemptions.ts';
import { countOf, describe, drive, machineSystem, pageProgress, reducibleSystem, settlePreemptions } from './search.ts';
import { countChoice, reducedShare, stopRequested, type Share } from './searchControl.ts';
import { restartStableIds } from './stateKey.ts';
import { importModule, MODULE_NAMES } from '../lib/modules.ts';
import { constsOf } from '../vm/call.ts';
import { PyType } from '../values/types.ts';
import type { MachineSettings, Outcome, OutcomeCount, SearchProgress, SearchResult } from './types.ts';

/** A worker's part of Explore all, and whether its preemption cap kept some move from being taken. */
export interface ExplorePart extends ExploredPart<Outcome> {
  readonly capped: boolean;
}

export interface SplitExploreOptions {
  readonly maxStates: number;
  readonly sliceStates: number;
  /** Only schedules with at most this many preemptions; null for all. */
  readonly maxPreemptions: number | null;
}

/**
 * The immutable objects a state can name, in an order every worker shares: the program's code objects
 * (depth first through their constants) with their constants, the builtins with each type's
 * attributes, then every module the library models with its attributes. Numbered in this order
 * before a split search, they get the same names in every worker whatever it ran before.
 */
function* sharedImmutables(code: CodeObject, engine: Engine): Generator<object> {
  const codes = function* (c: CodeObject): Generator<object> {
    yield c;
    yield constsOf(c);
    for (const k of c.consts) if (typeof k === 'object' && k !== null && (k as { kind?: unknown }).kind === 'code') yield* codes(k as CodeObject);
  };
  yield* codes(code);
  const values = function* (dict: ReadonlyMap<string, unknown>): Generator<object> {
    for (const v of dict.values()) {
      if (typeof v !== 'object' || v === null) continue;
      yield v;
      if (v instanceof PyType) for (const a of v.dict.values()) if (typeof a === 'object' && a !== null) yield a;
    }
  };
  const builtins = engine.builtins();
  yield builtins;
  yield* values(builtins);
  for (const name of MODULE_NAMES) {
    const m = importModule(name);
    if (m === null) continue;
    yield m;
    yield m.dict;
    yield* values(m.dict);
  }
}

/** This worker's part of Explore all; `share.table` must be set (the same for every worker). */
export function* explorePart(code: CodeObject, settings: MachineSettings, engine: Engine, options: SplitExploreOptions, share: Share): Generator<SearchProgress, ExplorePart, unknown> {
  if (share.table === undefined) throw new Error('a split Explore all needs a shared state table');
  // Each state expanded is counted as a choice point, on the worker's own word (live work for the page).
  const stopped = (): boolean => {
    if (stopRequested(share.control)) return true;
    countChoice(share.control, share.worker);
    return false;
  };
  const split = { table: share.table, worker: share.worker, workers: share.workers, stopped };
  const core = { maxStates: options.maxStates, sliceStates: options.sliceStates };
  restartStableIds(sharedImmutables(code, engine));
  const machines = machineSystem(code, settings, engine);
  if (options.maxPreemptions === null) return { ...(yield* drive(searchPart(machines, core, split))), capped: false };
  const bounded = preemptionBounded(machines, Math.max(0, options.maxPreemptions));
  const part = yield* drive(searchPart(bounded.sys, core, split));
  return { ...part, capped: bounded.cut() };
}

/** An outcome of a joined graph described from its witness, replayed. */
function fromWitness(code: CodeObject, settings: MachineSettings, engine: Engine, x: { outcome: Outcome; schedules: bigint; witness: readonly number[]; preemptions: number }): OutcomeCount {
  return {
    ...describe(x.outcome, replay(code, settings, x.witness, engine), countOf(x.schedules), x.witness),
    preemptions: x.preemptions,
    switches: Number.isFinite(x.preemptions) ? switchPoints(code, settings, engine, x.witness) : [],
  };
}

/** The workers' parts as one result: outcomes described from their witnesses, replayed. */
export function joinExplore(code: CodeObject, settings: MachineSettings, engine: Engine, parts: readonly ExplorePart[]): SearchResult {
  const r = joinParts(parts, (o) => o.key);
  return {
    outcomes: r.outcomes.map((x) => fromWitness(code, settings, engine, x)),
    complete: r.complete && !parts.some((p) => p.capped),
    states: r.states,
    schedules: countOf(r.schedules),
    cyclic: r.cyclic,
  };
}

/** A worker's part of Explore all with the reduction: the graph it explored from the seeds it took. */
export interface ReducedExplorePart extends ReducedPart<Outcome> {
  readonly reduced: true;
}

/** This worker's part of Explore all with the reduction; `share.control` must be shared (the seeds and the budget are claimed there). */
export function* reducedExplorePart(code: CodeObject, settings: MachineSettings, engine: Engine, options: { maxStates: number; sliceStates: number }, share: Share): Generator<SearchProgress, ReducedExplorePart, unknown> {
  restartStableIds(sharedImmutables(code, engine));
  const run = reducedPart(reducibleSystem(code, settings, engine), options, reducedShare(share, options.maxStates));
  let r = run.next();
  while (!r.done) {
    yield { ...pageProgress(r.value), subtrees: r.value.subtrees };
    r = run.next();
  }
  return { ...r.value, reduced: true };
}

/**
 * The reduced parts as one result. Its labels are the explored schedules' fewest preemptions, upper
 * bounds; once the parts covered everything they are settled by the unreduced bounded searches
 * (search.ts `settlePreemptions`). Told to stop (`next(true)`) while settling, it answers at once
 * with the upper bounds, incomplete.
 */
export function* joinReducedExplore(code: CodeObject, settings: MachineSettings, engine: Engine, parts: readonly ReducedExplorePart[], maxStates: number): Generator<SearchProgress, SearchResult, boolean | undefined> {
  const r = joinReduced(parts, (o) => o.key);
  let outcomes = r.outcomes;
  let exact: boolean | undefined;
  let stopped = false;
  if (r.complete) {
    const settle = settlePreemptions(code, settings, engine, outcomes.map((x) => ({ key: x.outcome.key, preemptions: x.preemptions })), { maxStates, sliceStates: 200 });
    let s = settle.next();
    while (!s.done && !stopped) {
      stopped = (yield s.value) === true;
      if (!stopped) s = settle.next();
    }
    if (s.done) {
      exact = s.value !== null;
      const lowered = s.value;
      if (lowered !== null) outcomes = outcomes.map((x) => ({ ...x, ...lowered.get(x.outcome.key) }));
    }
  }
  return {
    outcomes: outcomes.map((x) => fromWitness(code, settings, engine, x)),
    complete: r.complete && !stopped,
    states: r.states,
    schedules: countOf(r.schedules),
    cyclic: r.cyclic,
    reduced: true,
    ...(exact !== undefined ? { exactPreemptions: exact } : {}),
  };
}
