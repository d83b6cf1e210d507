// The reduced search split over workers, the workers' turns interleaved on one thread in the orders
// fast-check picks (real threads: python/runtime/splitExplore.threads.test.ts): on random register
// programs the joined parts reach the unreduced search's outcomes, every witness replays to its
// outcome, the labels bound the fewest preemptions from above, and Stop and the budget cut it short.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchAll } from './search.ts';
import { joinReduced, reducedPart, type ReducedShare } from './splitReduced.ts';
import { interleave } from './testing/interleave.ts';
import { createSharedSummaries, SharedSummaries } from './sharedSummaries.ts';
import { hash64 } from './stateTable.ts';
import { inc, system, type Op } from './testing/registers.ts';
import { registerPrograms } from './testing/registerPrograms.ts';

/** Shares for `workers` workers over one set of plain counters and one shared cache (one thread runs them all). */
function shares(workers: number, maxStates: number): { shares: ReducedShare[]; stop(): void } {
  const cache = new SharedSummaries(createSharedSummaries(maxStates, 1 << 20));
  const summaries = { get: (key: string) => cache.get(hash64(key)), put: (key: string, text: string) => void cache.put(hash64(key), text) };
  let next = 0;
  let finished = 0;
  let spent = 0;
  let stop = false;
  const share = (worker: number): ReducedShare => ({
    worker,
    workers,
    claim: () => next++,
    finished: () => {
      finished++;
    },
    finishedAll: () => finished,
    admit: () => spent++ < maxStates,
    stopped: () => stop,
    summaries,
  });
  return { shares: Array.from({ length: workers }, (_, w) => share(w)), stop: () => (stop = true) };
}

/** Every worker's part, run in turns of `turns[i]` progress reports (cycled). */
function split(threads: readonly (readonly Op[])[], nVars: number, nLocks: number, workers: number, turns: readonly number[], maxStates = 1_000_000, stopAfter = Infinity) {
  const s = shares(workers, maxStates);
  const runs = s.shares.map((share) => reducedPart(system(threads, nVars, nLocks), { maxStates, sliceStates: 1 }, share));
  const parts = interleave(runs, turns, (n) => n === stopAfter && s.stop());
  return { joined: joinReduced(parts, (o) => o), parts };
}

const outcomeSet = (r: { outcomes: readonly { outcome: string }[] }): string[] => r.outcomes.map((o) => o.outcome).sort();

describe('reduced search split over workers', () => {
  it('reaches the unreduced outcomes on random programs, 1 to 4 workers, however they interleave', () => {
    fc.assert(
      fc.property(registerPrograms, fc.integer({ min: 1, max: 4 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }), ({ nVars, nLocks, threads }, workers, turns) => {
        const sys = system(threads, nVars, nLocks);
        const full = searchAll(sys, { maxStates: 1_000_000, sliceStates: 1000 });
        const { joined } = split(threads, nVars, nLocks, workers, turns);
        expect(joined.complete).toBe(true);
        expect(outcomeSet(joined)).toEqual(outcomeSet(full));
        const exact = new Map(full.outcomes.map((o) => [o.outcome, o.preemptions]));
        for (const o of joined.outcomes) {
          let s = sys.initial();
          for (const t of o.witness) s = sys.step(s, t)!;
          expect(sys.outcome(s)).toBe(o.outcome);
          expect(o.preemptions).toBeGreaterThanOrEqual(exact.get(o.outcome)!);
        }
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('hands every seed to one worker, and each worker some when there are enough', () => {
    const threads = [[...inc(0), ...inc(1)], [...inc(1), ...inc(0)], inc(0)];
    const { joined, parts } = split(threads, 2, 0, 2, [3, 1]);
    expect(joined.complete).toBe(true);
    expect(parts.every((p) => p.states > 0)).toBe(true);
    expect(outcomeSet(joined)).toEqual(outcomeSet(searchAll(system(threads, 2, 0), { maxStates: 1_000_000, sliceStates: 1000 })));
  });

  it('answers incomplete once Stop is asked or the shared budget is spent', () => {
    const threads = [[...inc(0), ...inc(0)], [...inc(0), ...inc(0)], inc(0)];
    const whole = split(threads, 1, 0, 2, [1]);
    const stopped = split(threads, 1, 0, 2, [1], 1_000_000, 12);
    expect(stopped.joined.complete).toBe(false);
    expect(stopped.joined.states).toBeLessThan(whole.joined.states);
    const budget = split(threads, 1, 0, 2, [2, 5], 30);
    expect(budget.joined.complete).toBe(false);
    expect(budget.joined.states).toBeLessThanOrEqual(30);
  });
});
