// Control word and start line, single-threaded: the paths that must not block.
import { describe, expect, it } from 'vitest';
import { arriveAndWait, canShareMemory, Control, honourControl, now, setControl } from './memory.ts';

describe('control word', () => {
  it('lets a worker through on run and turns it back on stop', () => {
    const m = new Int32Array(new SharedArrayBuffer(16));
    expect(honourControl(m, 0)).toBe(true);
    setControl(m, 0, Control.stop);
    expect(Atomics.load(m, 0)).toBe(Control.stop);
    expect(honourControl(m, 0)).toBe(false);
    setControl(m, 0, Control.run);
    expect(honourControl(m, 0)).toBe(true);
  });
});

describe('start line', () => {
  it('releases the last worker to arrive at once', () => {
    const m = new Int32Array(new SharedArrayBuffer(16));
    expect(arriveAndWait(m, 1, 1, 0)).toBe(true);
    expect(Atomics.load(m, 1)).toBe(1);
  });

  it('does not wait when the run is already stopped', () => {
    const m = new Int32Array(new SharedArrayBuffer(16));
    setControl(m, 0, Control.stop);
    expect(arriveAndWait(m, 1, 3, 0)).toBe(false);
  });

  it('passes a worker that finds everyone already there', () => {
    const m = new Int32Array(new SharedArrayBuffer(16));
    Atomics.store(m, 1, 1);
    expect(arriveAndWait(m, 1, 2, 0)).toBe(true);
  });
});

describe('platform', () => {
  it('has shared memory and a monotonic clock in Node', () => {
    expect(canShareMemory()).toBe(true);
    const a = now();
    expect(now()).toBeGreaterThanOrEqual(a);
  });
});
