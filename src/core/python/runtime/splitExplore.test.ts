// Explore all split over workers, the workers' turns interleaved on one thread in every order
// fast-check picks (the real threads are in splitExplore.threads.test.ts): the joined result has
// the single search's outcomes, counts and fewest preemptions, with and without a preemption cap,
// on random small programs and the lab's examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import type { CodeObject } from '../code.ts';
import { createStateTable } from '../../explore/stateTable.ts';
import { BUILTINS } from '../values/builtins.ts';
import { PROGRAMS } from '../examples/programs.ts';
import { replay } from './api.ts';
import { makeEngine } from './engine.ts';
import { outcomeOf } from './scheduler.ts';
import { explore } from './search.ts';
import { createControl, requestStop } from './searchControl.ts';
import { explorePart, joinExplore } from './splitExplore.ts';
import { interleave } from '../../explore/testing/interleave.ts';
import { program, STATEMENTS } from './testing/threadPrograms.ts';
import type { MachineSettings, SearchResult } from './types.ts';

const engine = makeEngine(BUILTINS);
const every: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 20_000, seed: 1 };
const MAX_STATES = 200_000;

function code(source: string): CodeObject {
  const r = compile(source, { filename: 'main.py' });
  if (!r.ok) throw new Error(`${JSON.stringify(r.errors)}\n${source}`);
  return r.code;
}

function single(c: CodeObject, settings: MachineSettings, cap: number | null, maxStates = MAX_STATES): SearchResult {
  const run = explore(c, settings, engine, { sliceStates: 100_000, maxStates, maxPreemptions: cap });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/** `workers` parts run in turns of `turns[i]` slices (cycled), as threads racing for states might. */
function split(c: CodeObject, settings: MachineSettings, cap: number | null, workers: number, turns: readonly number[], stopAfter = Infinity): SearchResult {
  const control = createControl(true);
  const table = createStateTable(MAX_STATES);
  const runs = Array.from({ length: workers }, (_, worker) => explorePart(c, settings, engine, { maxStates: MAX_STATES, sliceStates: 1, maxPreemptions: cap }, { control, worker, workers, table }));
  const parts = interleave(runs, turns, (n) => n === stopAfter && requestStop(control));
  return joinExplore(c, settings, engine, parts);
}

/** What must match: per outcome, its schedules and fewest preemptions; completeness, states, cycles. */
function summary(r: SearchResult): unknown {
  const outcomes = Object.fromEntries(r.outcomes.map((o) => [o.outcome.key, { count: o.count, preemptions: o.preemptions }]));
  return { outcomes, complete: r.complete, states: r.states, schedules: r.schedules, cyclic: r.cyclic };
}

/** Each witness reaches its outcome and preempts as often as its label says. */
function witnessesHold(c: CodeObject, settings: MachineSettings, r: SearchResult): void {
  for (const o of r.outcomes) {
    expect(outcomeOf(replay(c, settings, o.witness, engine))?.key).toBe(o.outcome.key);
    expect(o.switches).toHaveLength(o.preemptions!);
  }
}

describe('Explore all split over workers', () => {
  it('joins to the single search on random programs, with and without a cap, however the workers interleave', () => {
    const body = (n: number) => fc.array(fc.constantFrom(...STATEMENTS), { minLength: 1, maxLength: n });
    const threads = fc.oneof(fc.array(body(2), { minLength: 2, maxLength: 2 }), fc.array(body(1), { minLength: 3, maxLength: 3 }));
    fc.assert(
      fc.property(
        threads,
        fc.constantFrom('every' as const, 'gil' as const),
        fc.constantFrom(null, 0, 1, 2),
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        (bodies, sw, cap, workers, turns) => {
          const c = code(program(bodies));
          const settings = { ...every, switch: sw };
          const one = single(c, settings, cap);
          const many = split(c, settings, cap, workers, turns);
          expect(summary(many), program(bodies)).toEqual(summary(one));
          witnessesHold(c, settings, many);
        },
      ),
      { seed: 14, numRuns: 12 },
    );
  });

  it("joins to the single search on the lab's examples small enough to explore whole", () => {
    const small = ['lost-update', 'lock-order', 'value-race', 'queue-sentinel', 'post-queue', 'rendezvous'] as const;
    for (const name of small) {
      const c = code(PROGRAMS[name]);
      const one = single(c, every, null);
      expect(one.complete, name).toBe(true);
      expect(summary(split(c, every, null, 2, [3, 17])), name).toEqual(summary(one));
    }
  });

  it('answers incomplete, with part of the outcomes, once Stop is asked', () => {
    const c = code(program([['x += 1', 'x += 1'], ['x += 1', 'x += 1']]));
    const one = single(c, every, null);
    const stopped = split(c, every, null, 2, [1], 20);
    expect(stopped.complete).toBe(false);
    expect(stopped.states).toBeLessThan(one.states);
  });
});
