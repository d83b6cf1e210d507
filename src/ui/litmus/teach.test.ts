import { describe, expect, it } from 'vitest';
import { noticeText } from './teach.ts';

describe('what to notice in store buffering with plain accesses', () => {
  it('says what this machine showed in the last run, not that it may be rare', () => {
    const text = noticeText('sb', 'plain', { relaxed: 690_000, counted: 1_000_000 });
    expect(text).toContain('far from rare: 69.0 % of the last run’s 1,000,000 iterations');
    expect(text).not.toMatch(/now and then|may be rare/);
    expect(noticeText('sb', 'plain', { relaxed: 12, counted: 1_000_000 })).toContain('rare but real');
    expect(noticeText('sb', 'plain', { relaxed: 0, counted: 1_000_000 })).toContain('never showed it');
  });

  it('before any run, says the table will tell', () => {
    expect(noticeText('sb', 'plain')).toContain('the table says how often on yours');
  });
});
