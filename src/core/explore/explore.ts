// Explore all for the Explorer's programs: its scheduler seen as a transition system for the
// shared search core (breadth-first over canonical keys, schedules counted by paths).
// Concurrency contract: single-threaded and synchronous; for large programs run it in a worker, or
// in slices (`exploreInSlices`) that yield to the page between them.
import { compareOutcomes, outcome, type Outcome } from './outcome.ts';
import type { Program } from './program.ts';
import { canStep, initialState, step, successor } from './scheduler.ts';
import { search, type TransitionSystem } from './search.ts';
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
 * The Explorer's scheduler as a transition system: every thread is a candidate, a blocked or
 * finished one is skipped, a step that changes nothing (a failed spin) is not a choice, and a
 * state with broken mutual exclusion is an end at once.
 */
export function explorerSystem(program: Program, sym: Symmetry): TransitionSystem<State, Outcome> {
  const all = program.threads.map((_, t) => t);
  return {
    initial: () => initialState(program),
    choices: () => all,
    step: (s, t) => {
      if (!canStep(s, t)) return null;
      const next = successor(s, t);
      return next.key === s.key ? null : next;
    },
    key: (s) => canonicalKey(s, sym),
    isEnd: (s) => s.violation !== null,
    outcome: (s) => outcome(program, s),
    outcomeKey: (o) => o.key,
  };
}

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
  const sym: Symmetry = options.symmetry === false ? { groups: [] } : symmetryOf(program);
  const run = search(explorerSystem(program, sym), {
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    sliceStates: options.sliceStates ?? 5000,
  });
  let r = run.next();
  while (!r.done) {
    yield { states: r.value.states, frontier: r.value.frontier };
    r = run.next();
  }
  const found = r.value;
  const outcomes = found.outcomes.map((o): OutcomeResult => {
    // Replayed with `step` so the end state carries the words of its last step.
    let end = initialState(program);
    for (const t of o.witness) end = step(program, end, t);
    return { outcome: o.outcome, schedules: o.schedules, witness: o.witness, end, waitFor: o.outcome.kind === 'deadlock' ? waitForGraph(end) : null };
  });
  outcomes.sort((a, b) => compareOutcomes(a.outcome, b.outcome));
  return { outcomes, states: found.states, transitions: found.transitions, schedules: found.schedules, complete: found.complete, cyclic: found.cyclic };
}
