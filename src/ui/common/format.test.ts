import { describe, expect, it } from 'vitest';
import { digitGroups } from './BareNumber.tsx';
import { formatCompact, formatCount, formatCountOf, formatEstimate, formatPct, formatSigned } from './format.ts';

describe('the page’s one number format', () => {
  it('groups thousands and uses the minus sign, in counts, compact figures and signs', () => {
    expect(formatCount(-121_166)).toBe('−121,166');
    expect(formatCompact(-120_000)).toBe('−120K');
    expect(formatSigned(5)).toBe('+5');
    expect(formatSigned(-5)).toBe('−5');
  });

  it('says "1 item" and "2 items"', () => {
    expect(formatCountOf(1, 'item')).toBe('1 item');
    expect(formatCountOf(12_000, 'item')).toBe('12,000 items');
    expect(formatCountOf(2, 'mouse', 'mice')).toBe('2 mice');
  });

  it('rounds a duration as an estimate, from seconds to days', () => {
    expect(formatEstimate(400)).toBe('under a second');
    expect(formatEstimate(9_400)).toBe('about 9 s');
    expect(formatEstimate(150_000)).toBe('about 3 min');
    expect(formatEstimate(3 * 3_600_000)).toBe('about 3 h');
    expect(formatEstimate(10_000_000 * 1000)).toBe('about 116 days');
  });

  it('rounds shares instead of cutting them', () => {
    expect(formatPct((100 * 2) / 3)).toBe('66.7 %');
    expect(formatPct(0)).toBe('0 %');
  });

  it('splits a bare number into the groups drawn with separators: its text stays the digits', () => {
    expect(digitGroups(-121_166)).toEqual(['121', '166']);
    expect(digitGroups(1_234_567)).toEqual(['1', '234', '567']);
    expect(digitGroups(999)).toEqual(['999']);
    expect(digitGroups(0)).toEqual(['0']);
  });
});
