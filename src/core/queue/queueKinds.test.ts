// Queue kinds and shutdown policies: the lists the link codec and the page rely on.
import { describe, expect, it } from 'vitest';
import {
  kindAccepts,
  QUEUE_KINDS,
  QUEUE_LABELS,
  QUEUE_SUMMARIES,
  RING_KINDS,
  SAFE_KINDS,
  SHUTDOWN_LABELS,
  SHUTDOWN_POLICIES,
  SHUTDOWN_SUMMARIES,
} from './queueKinds.ts';

describe('queue kinds', () => {
  it('are the five of the test contract, in order', () => {
    expect(QUEUE_KINDS).toEqual(['unsafe', 'locked', 'spsc', 'mpmc', 'message']);
    expect(SHUTDOWN_POLICIES).toEqual(['empty-check', 'sentinel', 'close']);
  });

  it('all have a label and a summary', () => {
    for (const k of QUEUE_KINDS) expect(QUEUE_LABELS[k].length * QUEUE_SUMMARIES[k].length).toBeGreaterThan(0);
    for (const p of SHUTDOWN_POLICIES) expect(SHUTDOWN_LABELS[p].length * SHUTDOWN_SUMMARIES[p].length).toBeGreaterThan(0);
  });

  it('every kind but unsafe is safe; every kind but message uses the ring', () => {
    expect(QUEUE_KINDS.filter((k) => !SAFE_KINDS.has(k))).toEqual(['unsafe']);
    expect(QUEUE_KINDS.filter((k) => !RING_KINDS.has(k))).toEqual(['message']);
  });

  it('spsc takes exactly one producer and one consumer; the others take any counts', () => {
    expect(kindAccepts('spsc', 1, 1)).toBe(true);
    expect(kindAccepts('spsc', 2, 1)).toBe(false);
    expect(kindAccepts('spsc', 1, 2)).toBe(false);
    for (const k of QUEUE_KINDS.filter((x) => x !== 'spsc')) expect(kindAccepts(k, 8, 8)).toBe(true);
  });
});
