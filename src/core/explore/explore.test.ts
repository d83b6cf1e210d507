// Explore all: outcome sets and schedule counts checked against hand-computed ones and against a
// brute-force walk of every schedule; witnesses replayed; the 3 × 3 lost update timed.
import { describe, expect, it } from 'vitest';
import { exploreAll, exploreInSlices, type Exploration } from './explore.ts';
import { outcome } from './outcome.ts';
import type { Program } from './program.ts';
import { replay } from './replay.ts';
import { buildScenario, normaliseParams, SCENARIO_IDS, SCENARIOS, type Scenario, type ScenarioId, type ScenarioParams } from './scenarios.ts';
import { enabledThreads, initialState, step } from './scheduler.ts';
import type { State } from './state.ts';

function keys(r: Exploration): string[] {
  return r.outcomes.map((o) => o.outcome.key);
}

function counts(r: Exploration): Record<string, bigint> {
  return Object.fromEntries(r.outcomes.map((o) => [o.outcome.key, o.schedules]));
}

function explore(id: ScenarioId, p: Partial<ScenarioParams> = {}): Exploration {
  const r = exploreAll(buildScenario(id, p));
  expect(r.complete).toBe(true);
  expect(r.cyclic).toBe(false);
  return r;
}

/** Every schedule, one by one, without merging anything: the oracle for the counts. */
function bruteForce(program: Program): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  const walk = (s: State): void => {
    const o = outcome(program, s);
    if (o) {
      out[o.key] = (out[o.key] ?? 0n) + 1n;
      return;
    }
    for (const t of enabledThreads(s)) walk(step(program, s, t));
  };
  walk(initialState(program));
  return out;
}

describe('lost update', () => {
  it('2 threads × 1 increment: {1, 2}, in C(4, 2) = 6 schedules', () => {
    const r = explore('lost-update', { threads: 2, incs: 1 });
    expect(keys(r)).toEqual(['1', '2']);
    // Two steps per thread (read, write): 6 orders. Only the two orders that run one thread
    // entirely before the other keep both increments.
    expect(counts(r)).toEqual({ '1': 4n, '2': 2n });
    expect(r.schedules).toBe(6n);
  });

  it('2 × 2: {2, 3, 4}; 4 only when the four read-write pairs do not overlap', () => {
    const r = explore('lost-update', { threads: 2, incs: 2 });
    expect(keys(r)).toEqual(['2', '3', '4']);
    expect(r.schedules).toBe(70n); // C(8, 4)
    expect(counts(r)['4']).toBe(6n); // C(4, 2) orders of whole pairs
  });

  it('3 × 1: {1, 2, 3}', () => {
    expect(keys(explore('lost-update', { threads: 3, incs: 1 }))).toEqual(['1', '2', '3']);
  });

  it('fixed with a lock: only the exact total, one schedule per order of critical sections', () => {
    const r = explore('lost-update', { threads: 2, incs: 2, fixed: true });
    expect(keys(r)).toEqual(['4']);
    expect(r.schedules).toBe(6n);
    expect(keys(explore('lost-update', { threads: 3, incs: 2, fixed: true }))).toEqual(['6']);
  });

  it('marks every value but the total as bad', () => {
    const r = explore('lost-update', { threads: 2, incs: 2 });
    expect(r.outcomes.map((o) => o.outcome.bad)).toEqual([true, true, false]);
    expect(r.outcomes[0]!.outcome.why).toMatch(/should end at 4 but ends at 2/);
  });

  it('explores 3 × 3 fast (time printed, not asserted)', () => {
    const program = buildScenario('lost-update', { threads: 3, incs: 3 });
    exploreAll(program); // warm-up
    const t0 = performance.now();
    const r = exploreAll(program);
    const ms = performance.now() - t0;
    const full = exploreAll(program, { symmetry: false });
    console.log(
      `lost-update 3×3: ${r.states} states, ${r.transitions} transitions (${full.states} without symmetry), ${r.schedules} schedules, ${ms.toFixed(1)} ms`,
    );
    expect(keys(r)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
    expect(full.schedules).toBe(r.schedules);
    // 18 steps, 6 per thread: 18! / (6!)^3 interleavings.
    expect(r.schedules).toBe(17_153_136n);
  });
});

describe('locks and flags', () => {
  it('the home-made flag lets two threads into the critical section', () => {
    const r = explore('flag-lock', { threads: 2, incs: 1 });
    expect(keys(r)).toEqual(['2', 'violation']);
    const v = r.outcomes.find((o) => o.outcome.kind === 'violation')!;
    expect(v.outcome.bad).toBe(true);
    expect(v.end.violation).not.toBeNull();
  });

  it('compare-exchange fixes the flag', () => {
    for (const [threads, incs] of [[2, 1], [2, 2], [3, 2]] as const) {
      expect(keys(explore('flag-lock', { threads, incs, fixed: true }))).toEqual([String(threads * incs)]);
    }
  });

  it('the split lock still loses updates; one lock around the update does not', () => {
    expect(keys(explore('split-lock', { threads: 2, incs: 1 }))).toEqual(['1', '2']);
    expect(keys(explore('split-lock', { threads: 2, incs: 2 }))).toEqual(['2', '3', '4']);
    expect(keys(explore('split-lock', { threads: 3, incs: 2, fixed: true }))).toEqual(['6']);
  });

  it('two locks in opposite orders deadlock in exactly the 2 schedules where each takes its first lock', () => {
    const r = explore('two-locks');
    expect(keys(r)).toEqual(['2', 'deadlock']);
    expect(counts(r).deadlock).toBe(2n);
    const d = r.outcomes.find((o) => o.outcome.kind === 'deadlock')!;
    expect(d.witness).toHaveLength(2);
    expect(d.waitFor?.cycle).toEqual(['t0', 'l1', 't1', 'l0']);
    expect(d.outcome.why).toMatch(/T1 holds a and waits for b; T2 holds b and waits for a/);
  });

  it('one lock order never deadlocks', () => {
    expect(keys(explore('two-locks', { fixed: true }))).toEqual(['2']);
  });

  it('philosophers deadlock in n! schedules (each picks up the left fork, in any order); ordered forks never do', () => {
    for (const [n, fact] of [[3, 6n], [4, 24n]] as const) {
      const r = explore('philosophers', { threads: n });
      expect(keys(r)).toContain('deadlock');
      expect(counts(r).deadlock).toBe(fact);
      expect(r.outcomes.find((o) => o.outcome.kind === 'deadlock')!.waitFor!.cycle).toHaveLength(2 * n);
      const fixed = explore('philosophers', { threads: n, fixed: true });
      expect(keys(fixed)).not.toContain('deadlock');
      expect(keys(fixed)).toContain(String(n));
    }
  });
});

describe('check then act', () => {
  it('1 item: the consumer may look too early and leave it behind (1 schedule each way)', () => {
    const r = explore('check-then-act', { incs: 1 });
    expect(counts(r)).toEqual({ 'all-consumed': 1n, 'item-lost-1': 1n });
    const lost = r.outcomes.find((o) => o.outcome.kind === 'item-lost')!;
    expect(lost.witness).toEqual([1, 0]); // the consumer checks, then the producer puts
    expect(lost.outcome.bad).toBe(true);
  });

  it('3 items: anything from all to none can be left behind', () => {
    expect(keys(explore('check-then-act', { incs: 3 }))).toEqual(['all-consumed', 'item-lost-1', 'item-lost-2', 'item-lost-3']);
  });

  it('the sentinel fix always consumes everything', () => {
    for (let items = 1; items <= 4; items++) expect(keys(explore('check-then-act', { incs: items, fixed: true }))).toEqual(['all-consumed']);
  });
});

describe('every scenario', () => {
  const small: Partial<ScenarioParams> = { threads: 2, incs: 1 };
  const cases = SCENARIO_IDS.flatMap((id) => [false, true].map((fixed) => ({ id, fixed })));

  it.each(cases)('$id (fixed: $fixed): counts match a brute-force walk, with and without symmetry', ({ id, fixed }) => {
    const program = buildScenario(id, { ...small, fixed });
    const oracle = bruteForce(program);
    for (const symmetry of [true, false]) {
      const r = exploreAll(program, { symmetry });
      expect(counts(r)).toEqual(oracle);
      expect(r.outcomes.reduce((sum, o) => sum + o.schedules, 0n)).toBe(r.schedules);
    }
  });

  it.each(cases)('$id (fixed: $fixed): each witness replays to its outcome; the fix has no bad outcome', ({ id, fixed }) => {
    const program = SCENARIOS[id].build(normaliseParams(id, { fixed }));
    const r = exploreAll(program);
    for (const o of r.outcomes) {
      const states = replay(program, o.witness);
      const end = states.at(-1)!;
      expect(outcome(program, end)?.key).toBe(o.outcome.key);
      expect(end.key).toBe(o.end.key);
      // Only the last state of a witness is an end state.
      expect(states.slice(0, -1).every((s) => outcome(program, s) === null)).toBe(true);
    }
    if (fixed) expect(r.outcomes.filter((o) => o.outcome.bad)).toEqual([]);
    else expect(r.outcomes.some((o) => o.outcome.bad)).toBe(true);
  });
});

describe('fixed versions at their largest parameters', () => {
  it.each(SCENARIO_IDS)('%s: one outcome, and a good one', (id) => {
    const s: Scenario = SCENARIOS[id];
    const r = explore(id, { threads: s.params.threads?.max, incs: s.params.incs?.max, fixed: true });
    expect(r.outcomes).toHaveLength(1);
    expect(r.outcomes[0]!.outcome.bad).toBe(false);
  });
});

describe('limits', () => {
  it('stops at maxStates and says the result is partial', () => {
    const r = exploreAll(buildScenario('lost-update', { threads: 3, incs: 3 }), { maxStates: 100 });
    expect(r.complete).toBe(false);
    expect(r.states).toBe(100);
  });
});

describe('exploring in slices', () => {
  it('reports progress between slices and ends with the same result as exploreAll', () => {
    const program = buildScenario('lost-update', { threads: 3, incs: 3 });
    const run = exploreInSlices(program, { sliceStates: 500 });
    const reports = [];
    let r = run.next();
    while (!r.done) {
      reports.push(r.value);
      r = run.next();
    }
    expect(reports.length).toBe(3); // 1529 states, a pause every 500 expanded
    expect(reports.every((p) => p.states <= 1529 && p.frontier > 0)).toBe(true);
    const whole = exploreAll(program);
    expect(counts(r.value)).toEqual(counts(whole));
    expect(r.value.states).toBe(whole.states);
  });
});
