import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, queueDelayEstimate } from './queueParams.ts';

describe('queueDelayEstimate: how long the per-item delays alone take', () => {
  it('is nothing at full speed', () => {
    expect(queueDelayEstimate(DEFAULT_QUEUE)).toBeNull();
  });

  it('counts each producer’s items at the produce delay, producers side by side', () => {
    const e = queueDelayEstimate({ ...DEFAULT_QUEUE, items: 10_000_000, produceMs: 1000 });
    expect(e).toEqual({ ms: 10_000_000_000, because: 'each producer puts 10,000,000 items at 1,000 ms each' });
  });

  it('counts each consumer’s share of all items when consuming is the slower side', () => {
    const e = queueDelayEstimate({ ...DEFAULT_QUEUE, producers: 3, consumers: 2, items: 100, produceMs: 1, consumeMs: 10 });
    expect(e).toEqual({ ms: 1500, because: 'each consumer gets 150 items at 10 ms each' });
  });
});
