import { describe, expect, it } from 'vitest';
import { claimer, createControl, requestStop, type Block } from './searchControl.ts';

function drain(claim: (size?: number) => Block | null, size: number): number[] {
  const got: number[] = [];
  for (let b = claim(size); b; b = claim(size)) for (let i = b.start; i < b.end; i++) got.push(i);
  return got;
}

describe('claims on a search’s runs', () => {
  it('over shared words, hands out blocks that tile the runs exactly, whatever their sizes', () => {
    const control = createControl(true);
    const a = claimer(control, 0, 2, 100);
    const b = claimer(control, 1, 2, 100);
    expect(a(8)).toEqual({ start: 0, end: 8 });
    expect(b(3)).toEqual({ start: 8, end: 11 });
    const rest = [...drain(a, 7), ...drain(b, 64)];
    expect([...rest].sort((x, y) => x - y)).toEqual(Array.from({ length: 89 }, (_, i) => i + 11));
  });

  it('over a worker’s own words, takes every workers-th run, one at a time', () => {
    const got = [0, 1, 2].map((w) => drain(claimer(createControl(false), w, 3, 10), 16));
    expect(got).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
  });

  it('claims nothing once Stop was asked', () => {
    const control = createControl(true);
    const claim = claimer(control, 0, 1, 100);
    expect(claim(4)).not.toBeNull();
    requestStop(control);
    expect(claim(4)).toBeNull();
  });
});
