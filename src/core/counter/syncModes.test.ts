// The synchronisation ladder: every mode named, described, and classed as exact or racy.
import { describe, expect, it } from 'vitest';
import { contentionMetric, EXACT_MODES, SYNC_LABELS, SYNC_MODES, SYNC_SUMMARIES } from './syncModes.ts';

describe('sync modes', () => {
  it('climbs from no protection to no sharing', () => {
    expect(SYNC_MODES).toEqual(['none', 'flag', 'split', 'mutex', 'spin', 'atomic', 'local']);
  });

  it('classes exactly mutex, spin, atomic and local as exact', () => {
    expect([...EXACT_MODES].sort()).toEqual(['atomic', 'local', 'mutex', 'spin']);
  });

  it('labels and summarises every mode', () => {
    for (const m of SYNC_MODES) {
      expect(SYNC_LABELS[m]).toMatch(/\S/);
      expect(SYNC_SUMMARIES[m]).toMatch(/\S/);
    }
    expect(new Set(Object.values(SYNC_LABELS)).size).toBe(SYNC_MODES.length);
  });

  it('counts waits for the mutex modes and retries for the spinlock', () => {
    expect(SYNC_MODES.map(contentionMetric)).toEqual([null, null, 'waits', 'waits', 'retries', null, null]);
  });
});
