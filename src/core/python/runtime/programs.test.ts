// Real Python programs, compiled and run by the eval loop under the machine: outcome sets derived
// by hand for racy programs, and the post's two programs verbatim.
import { PyBuiltin, PyRange, type PyValue } from '../values/types.ts';
import { str } from '../values/repr.ts';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import type { CodeObject } from '../code.ts';
import { createMachine, randomChooser, runSchedule } from './api.ts';
import { makeEngine } from './engine.ts';
import { PROGRAMS } from '../examples/programs.ts';
import { explore } from './search.ts';
import type { MachineSettings, SearchResult } from './types.ts';

/** The few builtins these programs call (the value model's full table is the page's to pass). */
const builtins = new Map<string, PyValue>([
  ['print', new PyBuiltin('print', (ctx, args) => {
    ctx.write('stdout', `${args.map((a) => str(a)).join(' ')}\n`);
    return null;
  })],
  ['range', new PyBuiltin('range', (_ctx, args) => (args.length === 1 ? new PyRange(0, args[0] as number, 1) : new PyRange(args[0] as number, args[1] as number, 1)))],
  ['True', true],
]);

const engine = makeEngine(builtins);

function code(source: string): CodeObject {
  const r = compile(source, { filename: 'main.py' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.code;
}

const every: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 100_000, seed: 1 };

function exploreAll(source: string, settings: MachineSettings = every): SearchResult {
  const run = explore(code(source), settings, engine, { sliceStates: 1000, maxStates: 100_000 });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

function outcomes(r: SearchResult): string[] {
  return r.outcomes.map((o) => `${o.outcome.end}:${o.outcome.stdout}`).sort();
}

/** Two threads, each adding 1 to a global twice: the lost update's smallest program. */
const twoIncrements = PROGRAMS['lost-update'];

describe('real programs on the machine', () => {
  it('prints and finishes', () => {
    const m = createMachine(code('print("hello", 1 + 2)'), every, engine);
    const r = runSchedule(m, randomChooser(1));
    expect(r.outcome).toMatchObject({ end: 'finished', stdout: 'hello 3' });
  });

  it('two threads × two x += 1 end at 2, 3 or 4 under every', () => {
    const r = exploreAll(twoIncrements);
    expect(r.complete).toBe(true);
    expect(outcomes(r)).toEqual(['finished:2', 'finished:3', 'finished:4']);
  });

  it('the same under gil always ends at 4', () => {
    expect(outcomes(exploreAll(twoIncrements, { ...every, switch: 'gil' }))).toEqual(['finished:4']);
  });
});

/** The post's counter program verbatim, with `n` updates per process instead of a million. */
const postCounter = (n: number): string => PROGRAMS['post-counter'].replaceAll('range(1000000)', `range(${n})`);
const postQueue = PROGRAMS['post-queue'];

describe("the post's programs", () => {
  it('the counter with the lock always prints Shared value: 0 (every interleaving of 2 iterations each, gil)', () => {
    const r = exploreAll(postCounter(2), { ...every, switch: 'gil' });
    expect(r.complete).toBe(true);
    expect(outcomes(r)).toEqual(['finished:Shared value: 0']);
  });

  it('the verbatim counter prints Shared value: 0 in seeded random schedules under gil', () => {
    const m = createMachine(code(postCounter(1000)), { ...every, switch: 'gil', stepBudget: 10_000_000 }, engine);
    expect(runSchedule(m, randomChooser(5)).outcome).toMatchObject({ end: 'finished', stdout: 'Shared value: 0' });
  });

  it('without the lock, Value.value += 1 loses updates even under gil', () => {
    const racy = postCounter(1).replace(/with shared_value.get_lock\(\):\n {12}/g, 'if True:\n            ');
    const values = outcomes(exploreAll(racy, { ...every, switch: 'gil' }));
    expect(values).toContain('finished:Shared value: 0');
    expect(values.length).toBeGreaterThan(1);
  });

  it('the queue program consumes at most one item', () => {
    const r = exploreAll(postQueue);
    expect(r.complete).toBe(true);
    for (const o of r.outcomes) {
      expect(o.outcome.end).toBe('finished');
      expect(o.outcome.stdout.split('\n').filter((l) => l.startsWith('Consumed')).length).toBeLessThanOrEqual(1);
      expect(o.outcome.stdout).toContain('Produced: 9');
    }
    expect(r.outcomes.some((o) => o.outcome.stdout.includes('Consumed: 0'))).toBe(true);
  });
});
