// The watchdog reports a run whose progress stops, stays quiet while paused, and clears on progress.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWatchdog } from './watchdog.ts';

describe('startWatchdog', () => {
  let clock = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function advance(ms: number): void {
    for (let t = 0; t < ms; t += 100) {
      clock += 100;
      vi.advanceTimersByTime(100);
    }
  }

  it('reports a stall after stallMs without progress, then clears when progress resumes', () => {
    let progress = 0;
    const reports: number[] = [];
    const stop = startWatchdog({
      progress: () => progress,
      paused: () => false,
      onStall: (ms) => reports.push(ms),
      stallMs: 3000,
      now: () => clock,
    });
    for (let i = 0; i < 10; i++) {
      progress += 5;
      advance(500);
    }
    expect(reports).toEqual([]);
    advance(3000);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((ms) => ms >= 3000)).toBe(true);
    progress++;
    advance(500);
    expect(reports.at(-1)).toBe(0);
    stop();
    const count = reports.length;
    advance(10_000);
    expect(reports.length).toBe(count);
  });

  it('never reports while paused', () => {
    const reports: number[] = [];
    const stop = startWatchdog({
      progress: () => 7,
      paused: () => true,
      onStall: (ms) => reports.push(ms),
      stallMs: 1000,
      now: () => clock,
    });
    advance(20_000);
    expect(reports).toEqual([]);
    stop();
  });
});
