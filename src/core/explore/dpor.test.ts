// Source-DPOR with sleep sets against the unreduced search on small register machines: hand-derived
// outcome sets, fewer schedules where threads are independent, and a property test over random
// programs (reads, writes, locks, two to four threads) that both searches always reach the same
// outcomes, with the states it caches pruned soundly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reducedSearch, type ReducibleSystem } from './dpor.ts';
import { searchAll } from './search.ts';
import { inc, system, type Fp, type Op, type St } from './testing/registers.ts';
import { registerPrograms } from './testing/registerPrograms.ts';

function reduced<O>(sys: ReducibleSystem<St, O, Fp>) {
  const run = reducedSearch(sys, { maxStates: 1_000_000, sliceStates: 100 });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

const outcomeSet = (r: { outcomes: readonly { outcome: string }[] }): string[] => r.outcomes.map((o) => o.outcome).sort();


describe('reducedSearch', () => {
  it('finds lost updates of two unlocked increments: {1, 2}', () => {
    const r = reduced(system([inc(0), inc(0)], 1, 0));
    expect(outcomeSet(r)).toEqual(['vars 1', 'vars 2']);
    expect(r.complete).toBe(true);
    for (const o of r.outcomes) {
      const sys = system([inc(0), inc(0)], 1, 0);
      let s = sys.initial();
      for (const t of o.witness) s = sys.step(s, t)!;
      expect(sys.outcome(s)).toBe(o.outcome);
    }
  });

  it('explores one schedule for threads that touch nothing in common', () => {
    const threads = [inc(0), inc(1), inc(2)];
    const full = searchAll(system(threads, 3, 0), { maxStates: 100_000, sliceStates: 100 });
    const r = reduced(system(threads, 3, 0));
    expect(full.schedules).toBe(90n); // 6! / (2! 2! 2!)
    expect(r.schedules).toBe(1n);
    expect(outcomeSet(r)).toEqual(['vars 1,1,1']);
  });

  it('finds a deadlock of two locks taken in opposite orders', () => {
    const a: Op[] = [{ op: 'lock', l: 0 }, { op: 'lock', l: 1 }, { op: 'unlock', l: 1 }, { op: 'unlock', l: 0 }];
    const b: Op[] = [{ op: 'lock', l: 1 }, { op: 'lock', l: 0 }, { op: 'unlock', l: 0 }, { op: 'unlock', l: 1 }];
    const r = reduced(system([a, b], 0, 2));
    expect(outcomeSet(r)).toEqual(['deadlock ', 'vars ']);
  });

  it('keeps a locked increment exact', () => {
    const locked: Op[] = [{ op: 'lock', l: 0 }, ...inc(0), { op: 'unlock', l: 0 }];
    const r = reduced(system([locked, locked, locked], 1, 1));
    expect(outcomeSet(r)).toEqual(['vars 3']);
    const full = searchAll(system([locked, locked, locked], 1, 1), { maxStates: 100_000, sliceStates: 100 });
    expect(r.schedules).toBeLessThan(full.schedules);
  });

  it('keeps the races of a state it prunes: its summary adds what its future would have', () => {
    // Pruning the revisited state blindly finds only {1}: the second thread's later writes race
    // with the first thread's first store, and only the cached subtree had seen them.
    const a: Op[] = [{ op: 'store', v: 0, k: 0 }, { op: 'load', v: 0 }];
    const b: Op[] = [{ op: 'store', v: 0, k: 0 }, { op: 'store', v: 0, k: 1 }];
    const r = reduced(system([a, b], 1, 0));
    expect(outcomeSet(r)).toEqual(outcomeSet(searchAll(system([a, b], 1, 0), { maxStates: 100_000, sliceStates: 100 })));
    expect(outcomeSet(r)).toEqual(['vars 0', 'vars 1']);
    expect(r.cacheHits).toBeGreaterThan(0);
  });

  it('visits each state of independent threads once, however many orders reach it', () => {
    const threads = [[...inc(0), ...inc(0)], [...inc(1), ...inc(1)]];
    const full = searchAll(system(threads, 2, 0), { maxStates: 100_000, sliceStates: 100 });
    const r = reduced(system(threads, 2, 0));
    expect(r.states).toBeLessThanOrEqual(full.states);
    expect(outcomeSet(r)).toEqual(['vars 2,2']);
  });

  it('reaches the same outcomes as the full search on random programs', () => {
    fc.assert(
      fc.property(registerPrograms, ({ nVars, nLocks, threads }) => {
        const full = searchAll(system(threads, nVars, nLocks), { maxStates: 1_000_000, sliceStates: 1000 });
        const r = reduced(system(threads, nVars, nLocks));
        expect(outcomeSet(r)).toEqual(outcomeSet(full));
        expect(r.schedules).toBeLessThanOrEqual(full.schedules);
      }),
      { seed: 14, numRuns: 400 },
    );
  });
});
