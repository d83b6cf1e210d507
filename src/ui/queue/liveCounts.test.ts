import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_COUNTS, reconcileCounts, type LiveCounts } from './liveCounts.ts';

describe('reconcileCounts', () => {
  it('shows exact published counts as they are', () => {
    expect(reconcileCounts('locked', NO_COUNTS, { produced: 140, consumed: 130, ringItems: 10 })).toEqual({ produced: 140, consumed: 130, inQueue: 10 });
    expect(reconcileCounts('message', NO_COUNTS, { produced: 5, consumed: 3, ringItems: 0 })).toEqual({ produced: 5, consumed: 3, inQueue: 2 });
  });

  it('a producer that has not published yet still shows what the consumers took and the ring holds', () => {
    // Lesson 8's symptom: producers asleep on a full queue read as 0 while 88 were consumed.
    expect(reconcileCounts('mpmc', NO_COUNTS, { produced: 0, consumed: 88, ringItems: 4 })).toEqual({ produced: 92, consumed: 88, inQueue: 4 });
    // And a consumer that has not published yet: what was put and is no longer in the ring was taken.
    expect(reconcileCounts('spsc', NO_COUNTS, { produced: 140, consumed: 0, ringItems: 0 })).toEqual({ produced: 140, consumed: 140, inQueue: 0 });
  });

  it('the racing ring shows its counts as they are, even when they do not add up', () => {
    expect(reconcileCounts('unsafe', NO_COUNTS, { produced: 100, consumed: 120, ringItems: 3 })).toEqual({ produced: 100, consumed: 120, inQueue: 3 });
  });

  it('for the safe kinds: never goes back, adds up, stays within the ring and below the truth', () => {
    // A true history of a safe run: puts and gets; each reading publishes a lagging count of each.
    const step = fc.record({ puts: fc.nat(40), gets: fc.nat(40), lagP: fc.nat(300), lagC: fc.nat(300) });
    fc.assert(
      fc.property(fc.constantFrom<'locked' | 'spsc' | 'mpmc'>('locked', 'spsc', 'mpmc'), fc.integer({ min: 1, max: 64 }), fc.array(step, { maxLength: 60 }), (kind, capacity, steps) => {
        let produced = 0;
        let consumed = 0;
        let pubP = 0;
        let pubC = 0;
        let shown: LiveCounts = NO_COUNTS;
        for (const s of steps) {
          produced += Math.min(s.puts, capacity - (produced - consumed));
          consumed += Math.min(s.gets, produced - consumed);
          // Published counts grow, lag the truth, and are exact once the lag is 0.
          pubP = Math.max(pubP, produced - s.lagP);
          pubC = Math.max(pubC, consumed - s.lagC);
          const next = reconcileCounts(kind, shown, { produced: pubP, consumed: pubC, ringItems: produced - consumed });
          expect(next.produced - next.consumed).toBe(next.inQueue);
          expect(next.inQueue).toBeGreaterThanOrEqual(0);
          expect(next.inQueue).toBeLessThanOrEqual(capacity);
          expect(next.produced).toBeGreaterThanOrEqual(shown.produced);
          expect(next.consumed).toBeGreaterThanOrEqual(shown.consumed);
          expect(next.produced).toBeLessThanOrEqual(produced);
          expect(next.consumed).toBeLessThanOrEqual(consumed);
          shown = next;
        }
        // Once every count is published, the view shows the truth.
        const last = reconcileCounts(kind, shown, { produced, consumed, ringItems: produced - consumed });
        expect(last).toEqual({ produced, consumed, inQueue: produced - consumed });
      }),
    );
  });
});
