// Mounting a chart: set up and drawn in two tasks after the one that asked, resized for a new width only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type uPlot from 'uplot';
import type { UPlotClass } from './loadUPlot.ts';
import { mountChart } from './mountChart.ts';

const observers: (() => void)[] = [];

class FakeResizeObserver {
  private readonly callback: () => void;
  constructor(callback: () => void) {
    this.callback = callback;
  }
  observe(): void {
    observers.push(this.callback);
  }
  disconnect(): void {
    observers.splice(observers.indexOf(this.callback), 1);
  }
}

/** A stand-in for uPlot that records what the mount does with it. */
function fakeUPlot() {
  const log: string[] = [];
  const charts: { width: number; destroyed: boolean; setSize: (s: { width: number }) => void }[] = [];
  class Fake {
    width: number;
    destroyed = false;
    readonly root = { role: 'root' };
    constructor(opts: uPlot.Options, _data: uPlot.AlignedData, then: (u: Fake, init: () => void) => void) {
      this.width = opts.width;
      log.push('set up');
      charts.push(this);
      then(this, () => log.push('init'));
    }
    setSize(s: { width: number }): void {
      this.width = s.width;
      log.push(`size ${s.width}`);
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  return { UPlot: Fake as unknown as UPlotClass, log, charts };
}

function element(width: number) {
  const children: unknown[] = [];
  return { clientWidth: width, children, appendChild: (c: unknown) => children.push(c) };
}

const data: uPlot.AlignedData = [[0, 1], [2, 3]];
const options = (width: number): uPlot.Options => ({ width, height: 100, series: [] });

describe('mountChart', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    observers.length = 0;
  });

  it('sets the chart up in one later task and draws it in the next, then reports it ready', () => {
    const { UPlot, log } = fakeUPlot();
    const el = element(300);
    const ready = vi.fn();
    mountChart(UPlot, el as unknown as HTMLElement, { options, data: () => data, height: 100, onReady: ready });
    expect(log).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['set up']);
    expect(el.children).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['set up', 'init']);
    expect(el.children).toHaveLength(1);
    expect(ready).toHaveBeenCalledWith(expect.objectContaining({ width: 300 }), data);
  });

  it('resizes only for a new width', () => {
    const { UPlot, log } = fakeUPlot();
    const el = element(300);
    mountChart(UPlot, el as unknown as HTMLElement, { options, data: () => data, height: 100, onReady: () => undefined });
    vi.runAllTimers();
    observers.forEach((o) => o());
    expect(log).not.toContain('size 300');
    el.clientWidth = 420;
    observers.forEach((o) => o());
    expect(log).toContain('size 420');
  });

  it('builds nothing when cancelled first, and destroys a chart cancelled halfway', () => {
    const first = fakeUPlot();
    mountChart(first.UPlot, element(300) as unknown as HTMLElement, { options, data: () => data, height: 100, onReady: () => undefined })();
    vi.runAllTimers();
    expect(first.log).toEqual([]);

    const second = fakeUPlot();
    const ready = vi.fn();
    const cancel = mountChart(second.UPlot, element(300) as unknown as HTMLElement, { options, data: () => data, height: 100, onReady: ready });
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(second.log).toEqual(['set up']);
    expect(second.charts[0]?.destroyed).toBe(true);
    expect(ready).not.toHaveBeenCalled();
  });
});
