// Control checks and per-item delays, single-threaded: delays sleep, and Stop cuts them short.
import { describe, expect, it } from 'vitest';
import { Control, setControl } from '../shared/memory.ts';
import { keepGoing, workFor } from './pacing.ts';
import { QueueSlot } from './queueLayout.ts';

const words = (): Int32Array => new Int32Array(new SharedArrayBuffer(QueueSlot.header * 4));

describe('pacing', () => {
  it('keepGoing is true while running and false once stopped', () => {
    const m = words();
    expect(keepGoing(m)).toBe(true);
    setControl(m, QueueSlot.control, Control.stop);
    expect(keepGoing(m)).toBe(false);
  });

  it('workFor sleeps about the delay, fractions included, without spinning through it', () => {
    const m = words();
    for (const ms of [0.5, 3]) {
      const t0 = performance.now();
      expect(workFor(m, ms)).toBe(true);
      const took = performance.now() - t0;
      expect(took).toBeGreaterThanOrEqual(ms * 0.9);
      expect(took).toBeLessThan(ms + 50);
    }
  });

  it('workFor returns false at once when the run is stopped', () => {
    const m = words();
    setControl(m, QueueSlot.control, Control.stop);
    const t0 = performance.now();
    expect(workFor(m, 1000)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
