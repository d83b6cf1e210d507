// Partial-order reduction on real Python programs: what a move touches (footprint.ts), and random
// small threading programs explored with and without the reduction, on one worker or split over
// two to four (their turns interleaved on one thread in the orders fast-check picks), which must
// reach the same outcome sets, with the same fewest preemptions, every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import type { CodeObject } from '../code.ts';
import { BUILTINS } from '../values/builtins.ts';
import { createMachine, replay } from './api.ts';
import { makeEngine } from './engine.ts';
import { conflicts } from './footprint.ts';
import { explore } from './search.ts';
import { createControl, requestStop } from './searchControl.ts';
import { joinReducedExplore, reducedExplorePart } from './splitExplore.ts';
import { interleave } from '../../explore/testing/interleave.ts';
import { createSharedSummaries } from '../../explore/sharedSummaries.ts';
import { enabled, outcomeOf, step } from './scheduler.ts';
import { tracedStep } from './traced.ts';
import { describePreemptions } from './preemptionWords.ts';
import type { MachineSettings, SearchResult } from './types.ts';
import { program, STATEMENTS } from './testing/threadPrograms.ts';

const engine = makeEngine('main.py', BUILTINS);
const every: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 20_000, seed: 1 };

function code(source: string): CodeObject {
  const r = compile(source, { filename: 'main.py' });
  if (!r.ok) throw new Error(`${JSON.stringify(r.errors)}\n${source}`);
  return r.code;
}

function exploreAll(source: string, reduce: boolean, settings: MachineSettings = every): SearchResult {
  const run = explore(code(source), settings, engine, { sliceStates: 100_000, maxStates: 200_000, reduce });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/** Explore all with the reduction split over `workers` parts run in turns of `turns[i]` slices (cycled), then joined. */
function splitReduced(source: string, settings: MachineSettings, workers: number, turns: readonly number[], stopAfter = Infinity): SearchResult {
  const c = code(source);
  const control = createControl(true);
  const summaries = createSharedSummaries(200_000, 1 << 22);
  const runs = Array.from({ length: workers }, (_, worker) => reducedExplorePart(c, settings, engine, { maxStates: 200_000, sliceStates: 1 }, { control, worker, workers, summaries }));
  const parts = interleave(runs, turns, (n) => n === stopAfter && requestStop(control));
  const join = joinReducedExplore(c, settings, engine, parts, 200_000);
  for (;;) {
    const r = join.next();
    if (r.done) return r.value;
  }
}

const labels = (r: SearchResult): Record<string, number | undefined> => Object.fromEntries(r.outcomes.map((o) => [o.outcome.key, o.preemptions]));
const outcomes = (r: SearchResult): string[] => r.outcomes.map((o) => `${o.outcome.end}:${o.outcome.stdout}`).sort();

describe('footprints', () => {
  it('name the same global for two threads, read or written', () => {
    const c = code(program([['x += 1'], ['x += 1']]));
    let m = createMachine(c, every, engine);
    // Run the main thread until both workers can move, then each worker to its load of x.
    while (enabled(m).length < 3) step(m, 0);
    const touchesX = (t: number): boolean => tracedStep(m, t).footprint.touches.some((x) => x.on === 'g0' && x.key === 'x');
    for (const t of [1, 2]) while (!touchesX(t)) m = tracedStep(m, t).next;
    const a = tracedStep(m, 1);
    const b = tracedStep(m, 2).footprint;
    expect(a.footprint.touches).toContainEqual({ on: 'g0', key: 'x', write: false });
    expect(conflicts(a.footprint, b)).toBe(false); // two reads of x
    // After thread 1 loads x, its store conflicts with thread 2's load.
    const a2 = tracedStep(a.next, 1).footprint;
    expect(a2.touches).toContainEqual({ on: 'g0', key: 'x', write: true });
    expect(conflicts(a2, b)).toBe(true);
  });

  it('name a lock taken by with, and a list appended to, by the same object id in every copy', () => {
    const c = code(program([['with lock:\n        items.append(1)'], ['items.append(2)']]));
    let m = createMachine(c, every, engine);
    while (enabled(m).length < 3) step(m, 0);
    const on = (t: number): string[] => tracedStep(m, t).footprint.touches.filter((x) => x.on.startsWith('o')).map((x) => x.on);
    for (const t of [1, 2]) while (on(t).length === 0) m = tracedStep(m, t).next;
    const lockId = on(1)[0]!;
    m = tracedStep(m, 1).next; // takes the lock
    while (on(1).length === 0) m = tracedStep(m, 1).next;
    const list1 = on(1);
    expect(list1).not.toContain(lockId);
    expect(on(2)).toEqual(list1); // both append to one list
    expect(conflicts(tracedStep(m, 1).footprint, tracedStep(m, 2).footprint)).toBe(true);
  });
});

describe('explore with reduction', () => {
  it('finds {2, 3, 4} for two threads × two x += 1, with fewer schedules', () => {
    const src = program([['x += 1', 'x += 1'], ['x += 1', 'x += 1']]);
    const full = exploreAll(src, false);
    const reduced = exploreAll(src, true);
    expect(outcomes(reduced)).toEqual(['finished:2 0 []', 'finished:3 0 []', 'finished:4 0 []']);
    expect(outcomes(full)).toEqual(outcomes(reduced));
    expect(reduced.complete).toBe(true);
    expect(Number(reduced.schedules)).toBeLessThan(Number(full.schedules));
    // States reached again on another branch are pruned through their summaries, not entered again.
    expect(reduced.states).toBeLessThan(full.states);
  });

  it('finds the deadlock of two locks in opposite orders', () => {
    const src = program([[STATEMENTS[6]!], [STATEMENTS[7]!]]);
    expect(outcomes(exploreAll(src, true))).toEqual(['deadlock:', 'finished:0 0 []']);
  });

  it('reaches the same outcomes as the full search on random programs', () => {
    const body = (n: number) => fc.array(fc.constantFrom(...STATEMENTS), { minLength: 1, maxLength: n });
    // Two threads of one or two statements, or three of one.
    const threads = fc.oneof(fc.array(body(2), { minLength: 2, maxLength: 2 }), fc.array(body(1), { minLength: 3, maxLength: 3 }));
    fc.assert(
      fc.property(threads, fc.constantFrom('every' as const, 'gil' as const), (bodies, sw) => {
        const src = program(bodies);
        const settings = { ...every, switch: sw };
        const full = exploreAll(src, false, settings);
        const reduced = exploreAll(src, true, settings);
        expect(outcomes(reduced), src).toEqual(outcomes(full));
        // The labels are checked without the reduction: the fewest preemptions of any schedule.
        expect(reduced.exactPreemptions, src).toBe(true);
        expect(labels(reduced), src).toEqual(labels(full));
      }),
      { seed: 14, numRuns: 30 },
    );
  });

  it('split over 2 to 4 workers, reaches the same outcomes with the same fewest preemptions', () => {
    const body = (n: number) => fc.array(fc.constantFrom(...STATEMENTS), { minLength: 1, maxLength: n });
    const threads = fc.oneof(fc.array(body(2), { minLength: 2, maxLength: 2 }), fc.array(body(1), { minLength: 3, maxLength: 3 }));
    const turns = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(threads, fc.constantFrom('every' as const, 'gil' as const), fc.integer({ min: 2, max: 4 }), turns, (bodies, sw, workers, turn) => {
        const src = program(bodies);
        const settings = { ...every, switch: sw };
        const full = exploreAll(src, false, settings);
        const split = splitReduced(src, settings, workers, turn);
        expect(split.complete, src).toBe(true);
        expect(split.reduced, src).toBe(true);
        expect(outcomes(split), src).toEqual(outcomes(full));
        expect(split.exactPreemptions, src).toBe(true);
        expect(labels(split), src).toEqual(labels(full));
        // Each witness reaches its outcome with as many preemptions as its label.
        for (const o of split.outcomes) {
          expect(outcomeOf(replay(code(src), settings, o.witness, engine))?.key, src).toBe(o.outcome.key);
          expect(o.switches, src).toHaveLength(o.preemptions!);
        }
      }),
      { seed: 14, numRuns: 15 },
    );
  });

  it('split, answers incomplete once Stop is asked, with part of the outcomes', () => {
    const src = program([['x += 1', 'x += 1'], ['x += 1', 'x += 1']]);
    const whole = splitReduced(src, every, 2, [3]);
    expect(outcomes(whole)).toEqual(['finished:2 0 []', 'finished:3 0 []', 'finished:4 0 []']);
    const stopped = splitReduced(src, every, 2, [1], 30);
    expect(stopped.complete).toBe(false);
    expect(stopped.states).toBeLessThan(whole.states);
  });
});

describe('preemptions', () => {
  const once = program([['x += 1'], ['x += 1']]);
  const twice = program([['x += 1', 'x += 1'], ['x += 1', 'x += 1']]);
  const fewest = (r: SearchResult): Record<string, number | undefined> => Object.fromEntries(r.outcomes.map((o) => [o.outcome.stdout, o.preemptions]));

  it('a lost update of x += 1 needs one preemption under every, in the middle of the line', () => {
    const r = exploreAll(once, false);
    expect(fewest(r)).toEqual({ '1 0 []': 1, '2 0 []': 0 });
    const lost = r.outcomes.find((o) => o.outcome.stdout === '1 0 []')!;
    expect(lost.switches).toHaveLength(1);
    expect(lost.switches![0]!.midLine).toBe(true);
    const lines = once.split('\n');
    const increments = lines.flatMap((l, i) => (l.trim() === 'x += 1' ? [i + 1] : []));
    expect(increments).toHaveLength(2);
    expect(increments).toContain(lost.switches![0]!.line); // one worker's `x += 1`
    const words = describePreemptions(1, lost.switches!, (n) => lines[n - 1] ?? '');
    expect(words).toMatch(/^This outcome needs one preemption: a switch in the middle of `x \+= 1` \(Thread-\d \(w\d\), line \d+\)\.$/);
    expect(increments).toContain(Number(/line (\d+)/.exec(words)![1]));
    expect(describePreemptions(0, [], () => '')).toMatch(/^No preemption needed/);
  });

  it('two threads × two x += 1: 4 needs none, 2 one, 3 two', () => {
    expect(fewest(exploreAll(twice, false))).toEqual({ '2 0 []': 1, '3 0 []': 2, '4 0 []': 0 });
  });

  it('a cap of 0 finds only 4 and says the search was not complete; a cap of 2 finds all', () => {
    const capped = (n: number): SearchResult => {
      const run = explore(code(twice), every, engine, { sliceStates: 100_000, maxStates: 200_000, maxPreemptions: n });
      for (;;) {
        const r = run.next();
        if (r.done) return r.value;
      }
    };
    const zero = capped(0);
    expect(outcomes(zero)).toEqual(['finished:4 0 []']);
    expect(zero.complete).toBe(false);
    expect(outcomes(capped(2))).toEqual(outcomes(exploreAll(twice, false)));
  });

  it('a cap counts every schedule within it, with the reduction asked for or not', () => {
    const run = explore(code(twice), every, engine, { sliceStates: 100_000, maxStates: 200_000, maxPreemptions: 0, reduce: true });
    let r = run.next();
    while (!r.done) r = run.next();
    expect(r.value.reduced).toBeUndefined();
    expect(outcomes(r.value)).toEqual(['finished:4 0 []']);
    expect(exploreAll(twice, true).reduced).toBe(true);
  });
});
