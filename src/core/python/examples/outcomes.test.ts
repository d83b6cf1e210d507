// Every example explored on the machine: the outcomes Explore all finds are exactly the set worked
// out by hand beside the program (examples/*Examples.ts), under each switch model listed there,
// and CPython 3.12's own output (recorded) is one of them. The slowest examples are in
// outcomes.slow.test.ts and outcomes2.slow.test.ts, so that two test workers share the exploring.
import { describe, expect, it } from 'vitest';
import { describeExampleOutcomes, isQuickExample, SLOW_EXAMPLES } from '../../../testing/exampleOutcomes.ts';
import { EXAMPLES } from './examples.ts';

describeExampleOutcomes(isQuickExample);

describe('the split between the files', () => {
  it('names only examples that exist, each in one slow file at most, so none is left out or run twice', () => {
    const ids = new Set<string>(EXAMPLES.map((e) => e.id));
    const slow = SLOW_EXAMPLES.flatMap((part) => [...part]);
    expect(slow.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(slow).size).toBe(slow.length);
  });
});
