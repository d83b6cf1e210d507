// Sample's bars are named by what tells outcomes apart, and numbers go in their order.
import { describe, expect, it } from 'vitest';
import { outcomeKey, type EndKind, type OutcomeTally } from '../../core/python/runtime/types.ts';
import { orderOutcomes, outcomeLabels } from './outcomeLabels.ts';

function tally(stdout: string, count: number, end: EndKind = 'finished'): OutcomeTally {
  return { outcome: { stdout, end, key: outcomeKey(stdout, end), why: '' }, count };
}

describe('outcomeLabels', () => {
  it('leaves off the words every outcome printed first', () => {
    const named = outcomeLabels([tally('Shared value: 0', 5), tally('Shared value: -2', 1), tally('Shared value: 12', 2)]);
    expect(named).toEqual({ labels: ['0', '-2', '12'], shared: 'Shared value:' });
  });

  it('cuts the shared start at a word, never inside one', () => {
    expect(outcomeLabels([tally('total 40', 1), tally('total 42', 1)])).toEqual({ labels: ['40', '42'], shared: 'total' });
    expect(outcomeLabels([tally('4', 1), tally('3', 1)])).toEqual({ labels: ['4', '3'], shared: '' });
  });

  it('keeps one outcome whole, shortens long ones and says how the others ended', () => {
    expect(outcomeLabels([tally('Shared value: 0', 5)]).labels).toEqual(['Shared value:…']);
    const named = outcomeLabels([tally('Produced: 0\nProduced: 1\nConsumed: 0', 1), tally('Produced: 0\nConsumed: 0', 1), tally('', 1, 'deadlock')]);
    expect(named.labels).toEqual(['Produced: 0 P…', 'Produced: 0 C…', '(nothing) [deadlock]']);
    expect(named.shared).toBe('');
  });
});

describe('orderOutcomes', () => {
  it('puts outcomes that differ by a number in its order', () => {
    const ordered = orderOutcomes([tally('Shared value: 0', 5), tally('Shared value: 1', 3), tally('Shared value: -2', 1), tally('Shared value: -1', 4)]);
    expect(ordered.map((o) => o.outcome.stdout)).toEqual(['Shared value: -2', 'Shared value: -1', 'Shared value: 0', 'Shared value: 1']);
  });

  it('otherwise puts the most frequent first', () => {
    const ordered = orderOutcomes([tally('a', 1), tally('b', 7), tally('c', 3, 'deadlock')]);
    expect(ordered.map((o) => o.outcome.stdout)).toEqual(['b', 'c', 'a']);
  });
});
