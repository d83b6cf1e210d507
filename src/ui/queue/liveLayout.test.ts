import { describe, expect, it } from 'vitest';
import { liveLayout, RING_LABEL_ROOM } from './liveLayout.ts';

describe('liveLayout', () => {
  it("leaves room for the ring's two-line head/tail label between the titles and the legend", () => {
    for (let width = 720; width <= 1900; width += 90) {
      for (const workers of [1, 2, 4, 8]) {
        const l = liveLayout(width, { producers: workers, consumers: 1, capacity: 2, queue: 'locked' });
        const c = l.circle;
        expect(c).not.toBeNull();
        if (c === null) continue;
        expect(c.cy - c.rOuter - RING_LABEL_ROOM, `top at ${width} px`).toBeGreaterThanOrEqual(l.midTop);
        expect(c.cy + c.rOuter + RING_LABEL_ROOM, `bottom at ${width} px`).toBeLessThanOrEqual(l.midTop + l.midH);
      }
    }
  });
});
