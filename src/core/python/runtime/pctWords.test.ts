import { describe, expect, it } from 'vitest';
import { pctGuarantee } from './pct.ts';
import { describePct, percent, runsInWords } from './pctWords.ts';

describe('PCT in words', () => {
  it('fills in the program’s n, k and d and the runs for 95 % confidence', () => {
    const text = describePct(pctGuarantee(3, 28, 2));
    expect(text).toContain('1/(3 × 28)');
    expect(text).toContain('≈ 1.2 %');
    expect(text).toContain('n = 3 threads and k = 28 choice points');
    expect(text).toContain(`${pctGuarantee(3, 28, 2).runsFor95} runs find such a bug with 95 % confidence`);
    expect(describePct(pctGuarantee(3, 28, 3))).toContain('1/(3 × 28^2)');
    expect(describePct(pctGuarantee(2, 28, 1))).toContain('1/n = 1/2');
  });

  it('writes tiny chances and huge counts readably', () => {
    expect(percent(1 / 12_000_000)).toBe('8.3 × 10⁻⁶ %');
    expect(runsInWords(35_944_913)).toBe('35.9 million runs');
    expect(runsInWords(Infinity)).toBe('more runs than can be counted');
    expect(runsInWords(1)).toBe('1 run');
  });
});
