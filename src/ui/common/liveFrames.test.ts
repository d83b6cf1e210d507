// The frame decisions every live view shares: run edges, when to paint, when to retell the label.
import { describe, expect, it } from 'vitest';
import { LABEL_EVERY_MS, LiveFrames } from './liveFrames.ts';

describe('LiveFrames', () => {
  it('reports where a run starts and ends, once each', () => {
    const f = new LiveFrames(false);
    expect([false, true, true, false, false, true].map((r) => f.edge(r))).toEqual([null, 'started', null, 'ended', null, 'started']);
    // A view opened mid-run does not see the run start.
    expect(new LiveFrames(true).edge(true)).toBeNull();
  });

  it('paints the first frame, a change, a motion and the frame after it, and anything new around the canvas', () => {
    const f = new LiveFrames(false);
    const look = { dark: false };
    expect(f.repaint(false, false, [1, look, ''])).toBe(true);
    expect(f.repaint(false, false, [1, look, ''])).toBe(false);
    expect(f.repaint(true, false, [1, look, ''])).toBe(true);
    expect(f.repaint(false, true, [1, look, ''])).toBe(true);
    // The motion just ended: one more frame lets it settle, then nothing.
    expect(f.repaint(false, false, [1, look, ''])).toBe(true);
    expect(f.repaint(false, false, [1, look, ''])).toBe(false);
    expect(f.repaint(false, false, [2, look, ''])).toBe(true);
    expect(f.repaint(false, false, [2, { dark: false }, ''])).toBe(true);
    expect(f.repaint(false, false, [2, look, 'Paused'])).toBe(true);
  });

  it('retells the label on the first frame, then at most once a second', () => {
    const f = new LiveFrames(false);
    expect(f.labelDue(5000)).toBe(true);
    expect(f.labelDue(5000 + LABEL_EVERY_MS - 1)).toBe(false);
    expect(f.labelDue(5000 + LABEL_EVERY_MS)).toBe(true);
  });
});
