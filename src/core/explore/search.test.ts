// The search core on tiny hand-made transition systems whose schedules can be counted by hand.
import { describe, expect, it } from 'vitest';
import { search, searchAll, type TransitionSystem } from './search.ts';

/** Two threads, each doing `a` steps and `b` steps of a private counter; the outcome is the order's last thread. */
function twoCounters(a: number, b: number): TransitionSystem<readonly [number, number, number], string> {
  return {
    initial: () => [0, 0, -1] as const,
    choices: () => [0, 1],
    step: (s, t) => {
      if (s[t]! >= (t === 0 ? a : b)) return null;
      return t === 0 ? ([s[0] + 1, s[1], 0] as const) : ([s[0], s[1] + 1, 1] as const);
    },
    key: (s) => s.join(','),
    outcome: (s) => `last ${s[2]}`,
    outcomeKey: (o) => o,
  };
}

describe('search', () => {
  it('counts every interleaving and gives a witness per outcome', () => {
    const r = searchAll(twoCounters(2, 2), { maxStates: 1000, sliceStates: 10 });
    // C(4, 2) = 6 interleavings; the last step is thread 0's in 3 of them.
    expect(r.schedules).toBe(6n);
    expect(r.complete).toBe(true);
    expect(r.cyclic).toBe(false);
    const byKey = new Map(r.outcomes.map((o) => [o.outcome, o]));
    expect(byKey.get('last 0')?.schedules).toBe(3n);
    expect(byKey.get('last 1')?.schedules).toBe(3n);
    for (const o of r.outcomes) {
      const sys = twoCounters(2, 2);
      let s = sys.initial();
      for (const c of o.witness) s = sys.step(s, c)!;
      expect(sys.outcome(s)).toBe(o.outcome);
      expect(s).toEqual(o.end);
    }
  });

  it('stops at the state budget and says the result is partial', () => {
    const r = searchAll(twoCounters(5, 5), { maxStates: 10, sliceStates: 3 });
    expect(r.complete).toBe(false);
    expect(r.states).toBe(10);
  });

  it('judges states at the depth budget with budgetOutcome', () => {
    const sys = { ...twoCounters(3, 3), budgetOutcome: () => 'budget' };
    const r = searchAll(sys, { maxStates: 1000, sliceStates: 10, maxDepth: 2 });
    expect(r.depthCut).toBe(true);
    expect(r.outcomes.map((o) => o.outcome)).toEqual(['budget']);
    expect(r.schedules).toBe(4n);
  });

  it('reports progress between slices, with the outcomes found so far', () => {
    const run = search(twoCounters(3, 3), { maxStates: 1000, sliceStates: 4 });
    const reports = [];
    let r = run.next();
    while (!r.done) {
      reports.push(r.value);
      r = run.next();
    }
    // 16 positions, 15 of them with either thread as the last to move: 1 + 2 × 15 − 2 × 3 = 25 states
    // (a row or column edge has one last mover), expanded four at a time.
    expect(r.value.states).toBe(25);
    expect(reports.map((p) => p.states - p.frontier)).toEqual([4, 8, 12, 16, 20, 24]);
    expect(reports.at(-1)!.found.length).toBeGreaterThan(0);
  });
});
