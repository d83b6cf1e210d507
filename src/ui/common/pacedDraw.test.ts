// Paced redraws: never in the asking task, at most one per interval, the last request always drawn.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacedDraw } from './pacedDraw.ts';

describe('pacedDraw', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws a first request in the next task, not in the one that asked', () => {
    const draw = vi.fn();
    pacedDraw(draw, 250).request();
    expect(draw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('draws a burst of requests once per interval, the last one included', () => {
    let state = 0;
    const drawn: number[] = [];
    const paced = pacedDraw(() => drawn.push(state), 250);
    // Ten samples a second for one second, as the live view takes them.
    for (let i = 1; i <= 10; i++) {
      state = i;
      paced.request();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(250);
    expect(drawn.length).toBeLessThanOrEqual(5);
    expect(drawn.at(-1)).toBe(10);
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
  });

  it('keeps draws at least the interval apart', () => {
    const at: number[] = [];
    const paced = pacedDraw(() => at.push(performance.now()), 250);
    for (let i = 0; i < 40; i++) {
      paced.request();
      vi.advanceTimersByTime(30);
    }
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(250);
    expect(at.length).toBeGreaterThan(1);
  });

  it('draws nothing once cancelled', () => {
    const draw = vi.fn();
    const paced = pacedDraw(draw, 250);
    paced.request();
    paced.cancel();
    vi.advanceTimersByTime(1000);
    expect(draw).not.toHaveBeenCalled();
  });
});
