// Every example explored on the machine: the outcomes Explore all finds are exactly the set worked
// out by hand beside the program (examples/*Examples.ts), under each switch model listed there,
// and CPython 3.12's own output (recorded) is one of them. The slowest examples are in
// outcomes.slow.test.ts, so that two test workers share the exploring.
import { describe, expect, it } from 'vitest';
import { describeExampleOutcomes, SLOW_EXAMPLES } from '../../../testing/exampleOutcomes.ts';
import { EXAMPLES } from './examples.ts';

describeExampleOutcomes((id) => !SLOW_EXAMPLES.has(id));

describe('the split between the two files', () => {
  it('names only examples that exist, so none is left out of both', () => {
    const ids = new Set<string>(EXAMPLES.map((e) => e.id));
    expect([...SLOW_EXAMPLES].filter((id) => !ids.has(id))).toEqual([]);
  });
});
