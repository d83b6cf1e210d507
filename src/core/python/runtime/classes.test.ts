// A class made by a `class` statement is state like any other: each explored schedule, each sample
// and each undo sees its own attributes, and reading one is a place where threads can switch.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import { BUILTINS } from '../values/builtins.ts';
import { makeEngine } from './engine.ts';
import { explore } from './search.ts';
import { threaded } from './testing/threadPrograms.ts';
import type { MachineSettings, SearchResult } from './types.ts';

const engine = makeEngine('main.py', BUILTINS);
const every: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 20_000, seed: 1 };

function exploreAll(source: string, reduce: boolean): SearchResult {
  const r = compile(source, { filename: 'main.py' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const run = explore(r.code, every, engine, { sliceStates: 100_000, maxStates: 200_000, reduce });
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

const printed = (r: SearchResult): string[] => r.outcomes.map((o) => `${o.outcome.end}: ${o.outcome.stdout}`).sort();

// Two threads each add one to a class attribute and to an instance attribute, unlocked.
const ADD_TO_BOTH = ['Counter.n += 1', 'box.n += 1'];
const CLASS_AND_INSTANCE = threaded(
  'class Counter:\n    n = 0\n\nclass Box:\n    def __init__(self):\n        self.n = 0\n\nbox = Box()',
  [ADD_TO_BOTH, ADD_TO_BOTH],
  'Counter.n, box.n',
);

describe('classes in Explore all', () => {
  const all = ['finished: 1 1', 'finished: 1 2', 'finished: 2 1', 'finished: 2 2'];

  it('gives every schedule its own class attributes: lost updates on both, never more than two adds', () => {
    const result = exploreAll(CLASS_AND_INSTANCE, false);
    expect(result.complete).toBe(true);
    expect(printed(result)).toEqual(all);
  });

  it('finds the same outcomes with the reduction', () => {
    const result = exploreAll(CLASS_AND_INSTANCE, true);
    expect(result.complete).toBe(true);
    expect(printed(result)).toEqual(all);
  });
});
