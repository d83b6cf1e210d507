// The seeded generator: reproducible, in range, and spread out.
import { describe, expect, it } from 'vitest';
import { mulberry32, randomDirs, randomInt } from './random.ts';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
  });

  it('stays in [0, 1) and fills the range evenly', () => {
    const r = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      const k = Math.floor(x * 10);
      buckets[k] = (buckets[k] ?? 0) + 1;
    }
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('draws whole numbers with both ends included, and sign lists of the asked length', () => {
    const r = mulberry32(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomInt(r, -2, 2));
    expect([...seen].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2]);
    const dirs = randomDirs(r, 1000);
    expect(dirs).toMatch(/^[+-]{1000}$/);
    expect(dirs).toContain('+');
    expect(dirs).toContain('-');
  });
});
