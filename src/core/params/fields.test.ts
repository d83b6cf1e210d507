import { describe, expect, it } from 'vitest';
import { COUNTER_FIELDS } from './counterParams.ts';
import { fitWhole } from './fields.ts';
import { QUEUE_FIELDS } from './queueParams.ts';

describe('fitWhole: a value from the settings form, and what had to change', () => {
  const workers = COUNTER_FIELDS.workers;

  it('keeps a whole number in range, and says nothing', () => {
    expect(fitWhole(workers, 4)).toEqual({ value: 4, change: null });
  });

  it('raises a number below the range to its least, and says so', () => {
    expect(fitWhole(workers, 0)).toEqual({ value: 1, change: '0 is below 1, so it is 1.' });
  });

  it('lowers a number above the range to its most, and says so', () => {
    expect(fitWhole(workers, 100)).toEqual({ value: 16, change: '100 is above 16, so it is 16.' });
  });

  it('rounds a fraction, as it was written', () => {
    expect(fitWhole(workers, 2.5, undefined, '2.50')).toEqual({ value: 3, change: '2.50 is not whole, so it is 3.' });
  });

  it('keeps to a cap the other settings set, with its reason', () => {
    const iters = COUNTER_FIELDS.iters;
    const cap = iters.limit({ workers: 3 });
    expect(cap.max).toBe(715_827_882);
    expect(fitWhole(iters, 1e12, cap)).toEqual({
      value: 715_827_882,
      change: '1,000,000,000,000 is above 715,827,882 for 3 workers (the 32-bit cell must not overflow), so it is 715,827,882.',
    });
  });

  it('uses the field’s own limits where nothing caps it', () => {
    const items = QUEUE_FIELDS.items;
    expect(items.limit({})).toEqual({ max: items.max, why: '' });
    expect(items.step).toBe(1000);
    expect(fitWhole(items, items.max + 1, items.limit({})).value).toBe(items.max);
  });
});
