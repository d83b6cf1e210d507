// Preemption bounds on the register machine: the fewest preemptions per outcome (derived by hand),
// and a cap that keeps only the schedules within it.
import { describe, expect, it } from 'vitest';
import { preemptionBounded } from './bounds.ts';
import { searchAll } from './search.ts';
import { inc, system } from './testing/registers.ts';

const options = { maxStates: 100_000, sliceStates: 100 };

describe('preemptions', () => {
  it('a lost update of two increments needs one preemption, the sum none', () => {
    const r = searchAll(system([inc(0), inc(0)], 1, 0), options);
    const by = new Map(r.outcomes.map((o) => [o.outcome, o]));
    expect(by.get('vars 2')?.preemptions).toBe(0);
    expect(by.get('vars 1')?.preemptions).toBe(1);
    // The witness has that one preemption: a load, a switch, the other thread's load, and no other switch
    // away from a thread that could go on (the second switch comes when a thread has ended).
    expect(by.get('vars 1')?.witness).toEqual([0, 1, 1, 0]);
  });

  it('two increments each: 4 needs none, 2 one, 3 two', () => {
    const twice = [...inc(0), ...inc(0)];
    const r = searchAll(system([twice, twice], 1, 0), options);
    const by = new Map(r.outcomes.map((o) => [o.outcome, o.preemptions]));
    expect(Object.fromEntries(by)).toEqual({ 'vars 4': 0, 'vars 2': 1, 'vars 3': 2 });
  });

  it('switching away from a thread that waits is free', () => {
    const locked = [{ op: 'lock', l: 0 } as const, ...inc(0), { op: 'unlock', l: 0 } as const];
    const r = searchAll(system([locked, locked], 1, 1), options);
    expect(r.outcomes.map((o) => [o.outcome, o.preemptions])).toEqual([['vars 2', 0]]);
  });
});

describe('preemptionBounded', () => {
  it('with cap 0 runs each thread to its end: two schedules, no lost update, and says it cut', () => {
    const b = preemptionBounded(system([inc(0), inc(0)], 1, 0), 0);
    const r = searchAll(b.sys, options);
    expect(r.outcomes.map((o) => o.outcome)).toEqual(['vars 2']);
    expect(r.schedules).toBe(2n);
    expect(b.cut()).toBe(true);
  });

  it('with cap 1 finds the lost update, and with a cap past every schedule cuts nothing', () => {
    const sys = system([inc(0), inc(0)], 1, 0);
    const one = searchAll(preemptionBounded(sys, 1).sys, options);
    expect(one.outcomes.map((o) => o.outcome).sort()).toEqual(['vars 1', 'vars 2']);
    const all = preemptionBounded(sys, 10);
    const r = searchAll(all.sys, options);
    expect(all.cut()).toBe(false);
    expect(r.schedules).toBe(searchAll(sys, options).schedules);
  });
});
