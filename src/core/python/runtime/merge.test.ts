import { describe, expect, it } from 'vitest';
import { bounded, boundProgress, boundResult, mergeProgress, mergeResults, OUTCOME_LIMIT, progressAsResult } from './merge.ts';
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

  it('keeps the most frequent outcomes, in their order, and sums the rest as other', () => {
    const list = [outcome('a', 1, [1]), outcome('b', 5, [1]), outcome('c', 2, [1]), outcome('d', 5, [1]), outcome('e', 3, [1])];
    const b = bounded(list, 0, 3);
    expect(b.outcomes.map((o) => o.outcome.stdout)).toEqual(['b', 'd', 'e']);
    expect(b.other).toEqual({ count: 3 });
    expect(bounded(list, 0, 5)).toEqual({ outcomes: list });
    // A tie at the cut keeps the one seen first.
    expect(bounded(list, 4, 1)).toEqual({ outcomes: [list[1]], other: { count: 15 } });
  });

  it('bounds a merge of many distinct endings, and the counts still add up to every run', () => {
    // Two workers, each with 300 runs that all ended differently, 100 of the endings shared.
    const part = (from: number): SearchResult => result(Array.from({ length: 300 }, (_, i) => outcome(String(from + i), 1, [1, 2])), false);
    const m = mergeResults([part(0), part(200)]);
    expect(m.outcomes).toHaveLength(OUTCOME_LIMIT);
    // The endings both workers reached come first: they count 2.
    expect(m.outcomes.every((o) => o.count === 2 && Number(o.outcome.stdout) >= 200 && Number(o.outcome.stdout) < 300)).toBe(true);
    expect(m.outcomes.every((o) => o.witness.length > 0)).toBe(true);
    expect(m.outcomes.reduce((n, o) => n + Number(o.count), 0) + Number(m.other?.count)).toBe(600);
    expect(m.schedules).toBe(600);
    // Merging already bounded parts sums their others too.
    // Bounding a result keeps what else it says (here, that the reduction ran).
    expect(boundResult({ ...part(0), reduced: true }).reduced).toBe(true);
    // A merge keeps whether the reduction's preemptions were checked: exact only when every part's were.
    expect(mergeResults([{ ...part(0), reduced: true, exactPreemptions: true }]).exactPreemptions).toBe(true);
    expect(mergeResults([{ ...part(0), exactPreemptions: true }, { ...part(1), exactPreemptions: false }]).exactPreemptions).toBe(false);
    expect(mergeResults([part(0)]).exactPreemptions).toBeUndefined();
    const again = mergeResults([m, m]);
    expect(again.outcomes.reduce((n, o) => n + Number(o.count), 0) + Number(again.other?.count)).toBe(1200);
  });

  it('sends progress as counts only, bounded whatever the run', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => outcome(String(i), 1, Array.from({ length: 50 }, () => 1)));
    const p = boundProgress({ done: 10_000, pending: 0, outcomes: many });
    expect(p.outcomes).toHaveLength(OUTCOME_LIMIT);
    expect(p.outcomes.every((o) => !('witness' in o))).toBe(true);
    expect(p.other).toEqual({ count: 10_000 - OUTCOME_LIMIT });
    // The message is a few kilobytes, not the witnesses' hundreds.
    expect(JSON.stringify(p).length).toBeLessThan(OUTCOME_LIMIT * 200);
    const partial = progressAsResult(p);
    expect(partial.schedules).toBe(10_000);
    expect(partial.other).toEqual(p.other);
  });
});
