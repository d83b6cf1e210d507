import { describe, expect, it } from 'vitest';
import { mergeProgress, mergeResults, progressAsResult } from './merge.ts';
import { outcomeKey, type OutcomeCount, type SearchResult } from './types.ts';

const outcome = (stdout: string, count: number | string, witness: number[], preemptions?: number): OutcomeCount => ({
  outcome: { stdout, end: 'finished', key: outcomeKey(stdout, 'finished'), why: 'Finished.' },
  count,
  witness,
  stderr: '',
  waitFor: null,
  ...(preemptions === undefined ? {} : { preemptions }),
});

const result = (outcomes: OutcomeCount[], complete = true): SearchResult => ({
  outcomes,
  complete,
  states: 10,
  schedules: outcomes.reduce((n, o) => n + Number(o.count), 0),
  cyclic: false,
});

describe('merging a search split over workers', () => {
  it('sums each outcome’s schedules and keeps the witness with the fewest preemptions', () => {
    const a = result([outcome('4', 3, [1, 1, 2, 2], 0), outcome('3', 2, [1, 2, 1, 2, 1, 2], 2)]);
    const b = result([outcome('3', 5, [2, 1, 2, 1], 1), outcome('2', 1, [1, 2], 1)], false);
    const m = mergeResults([a, b]);
    expect(m.outcomes.map((o) => [o.outcome.stdout, o.count, o.preemptions])).toEqual([
      ['4', 3, 0],
      ['3', 7, 1],
      ['2', 1, 1],
    ]);
    expect(m.outcomes[1]!.witness).toEqual([2, 1, 2, 1]);
    expect(m.complete).toBe(false);
    expect(m.states).toBe(20);
    expect(m.schedules).toBe(11);
  });

  it('sums counts past 2^53 exactly, as decimal strings', () => {
    const big = '9007199254740993';
    const m = mergeResults([result([outcome('1', big, [])]), result([outcome('1', 7, [])])]);
    expect(m.outcomes[0]!.count).toBe('9007199254741000');
  });

  it('turns the workers’ progress into one, and a last progress into a partial answer', () => {
    const p = mergeProgress(
      [
        { done: 30, pending: 70, outcomes: [outcome('4', 30, [0])] },
        { done: 20, pending: 80, outcomes: [outcome('4', 15, [0]), outcome('3', 5, [1])] },
      ],
      100,
    );
    expect(p.done).toBe(50);
    expect(p.pending).toBe(50);
    expect(p.outcomes.map((o) => o.count)).toEqual([45, 5]);
    const partial = progressAsResult(p);
    expect(partial.complete).toBe(false);
    expect(partial.schedules).toBe(50);
  });
});
