// The downloaded results: plain JSON numbers (no value becomes null), a sortable file name.
import { describe, expect, it } from 'vitest';
import { fileName, resultsDocument, toJson } from './exportResults.ts';

describe('results export', () => {
  const machine = { cores: 8, userAgent: 'test', crossOriginIsolated: true, memoryGiB: null };
  const at = new Date(2026, 0, 31, 14, 5, 9);

  it('keeps numbers as numbers and turns NaN and infinities into null', () => {
    const doc = resultsDocument('queue', { items: 10 }, { consumed: 10, p50Us: Number.NaN, rate: Infinity, hist: [1, 2] }, 'http://x/?lab=queue', machine, at);
    const parsed = JSON.parse(toJson(doc)) as typeof doc & { results: Record<string, unknown> };
    expect(parsed).toMatchObject({ app: 'RaceLab', lab: 'queue', params: { items: 10 }, machine: { cores: 8 } });
    expect(parsed.results).toEqual({ consumed: 10, p50Us: null, rate: null, hist: [1, 2] });
    expect(parsed.savedAt).toBe(at.toISOString());
  });

  it('names files by lab, content and local time', () => {
    expect(fileName('counter', 'results', 'json', at)).toBe('racelab-counter-results-2026-01-31-14-05-09.json');
    expect(fileName('queue', 'live-view', 'png', at)).toBe('racelab-queue-live-view-2026-01-31-14-05-09.png');
  });
});
