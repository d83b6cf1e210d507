// Counter settings: defaults, clamps with a notice for each change, the overflow cap, the codec.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../shared/query.ts';
import {
  COUNTER_FIELDS,
  COUNTER_LINK,
  DEFAULT_COUNTER,
  defaultDirs,
  expectedTotal,
  fitDirs,
  INT32_MAX,
  maxIters,
  type CounterParams,
} from './counterParams.ts';

function decode(search: string) {
  return COUNTER_LINK.decode(parseQuery(search));
}

describe('defaults', () => {
  it('opens the seed experiment: two workers, one up and one down, no lock', () => {
    expect(decode('')).toEqual({ params: DEFAULT_COUNTER, notices: [] });
    expect(DEFAULT_COUNTER).toEqual({
      workers: 2,
      iters: 1_000_000,
      sync: 'none',
      dirs: '+-',
      window: 10,
      speed: 'full',
      trials: 1,
      engine: 'js',
    });
  });

  it('alternates directions starting with +', () => {
    expect(defaultDirs(1)).toBe('+');
    expect(defaultDirs(5)).toBe('+-+-+');
    expect(defaultDirs(0)).toBe('');
  });

  it('reads a good link without a word', () => {
    const { params, notices } = decode('workers=4&iters=5000&sync=mutex&dirs=%2B%2B--&window=0&speed=slow&trials=20');
    expect(notices).toEqual([]);
    expect(params).toEqual({ workers: 4, iters: 5000, sync: 'mutex', dirs: '++--', window: 0, speed: 'slow', trials: 20, engine: 'js' });
  });
});

describe('clamps, each with a notice', () => {
  it.each([
    ['workers=-3', { workers: 1 }, /Workers: -3 is below 1, so it is 1/],
    ['workers=0', { workers: 1 }, /below 1/],
    ['workers=999', { workers: 16 }, /Workers: 999 is above 16, so it is 16/],
    ['workers=abc', { workers: 2 }, /Workers: "abc" is not a number, so it is 2/],
    ['workers=', { workers: 2 }, /not a number/],
    ['workers=2.6', { workers: 3 }, /Workers: 2.6 is not whole, so it is 3/],
    ['workers=1e400', { workers: 2 }, /not a number/],
    ['window=-1', { window: 0 }, /Race window: -1 is below 0/],
    ['window=1e9', { window: 100_000 }, /above 100,000/],
    ['trials=0', { trials: 1 }, /Trials: 0 is below 1/],
    ['trials=5000', { trials: 1000 }, /above 1,000/],
    ['iters=0', { iters: 1 }, /below 1/],
    ['iters=NaN', { iters: 1_000_000 }, /not a number/],
    ['iters=Infinity', { iters: 1_000_000 }, /not a number/],
    ['iters=0x10', { iters: 1_000_000 }, /not a number/],
    ['sync=bogus', { sync: 'none' }, /Synchronisation: "bogus" is not one of none, flag, split, mutex, spin, atomic, local, so it is none/],
    ['speed=fast', { speed: 'full' }, /Speed: "fast" is not one of full, slow/],
  ] as const)('%s', (search, changed, notice) => {
    const { params, notices } = decode(search);
    expect(params).toEqual({ ...DEFAULT_COUNTER, ...changed, dirs: defaultDirs(params.workers) });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
  });

  it('accepts digit groups, spaces around, and any letter case, silently', () => {
    const { params, notices } = decode('iters=1,000,000&window=1_000&trials=%201%20&sync=MUTEX&speed=%20Slow');
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ iters: 1_000_000, window: 1000, trials: 1, sync: 'mutex', speed: 'slow' });
  });

  it('caps iterations so that the 32-bit cell cannot overflow, whatever the worker count', () => {
    const { min, max } = COUNTER_FIELDS.workers;
    for (const w of Array.from({ length: max - min + 1 }, (_, i) => min + i)) {
      const cap = maxIters(w);
      expect(Number.isInteger(cap)).toBe(true);
      expect(w * cap).toBeLessThanOrEqual(INT32_MAX);
      expect(cap).toBeLessThanOrEqual(COUNTER_FIELDS.iters.max);
    }
    const { params, notices } = decode('workers=16&iters=1000000000');
    expect(params.iters).toBe(134_217_727);
    expect(16 * params.iters).toBeLessThanOrEqual(INT32_MAX);
    expect(notices).toEqual([
      'Iterations per worker: 1,000,000,000 is above 134,217,727 for 16 workers (the 32-bit cell must not overflow), so it is 134,217,727.',
    ]);
    // With one worker the field's own maximum is the limit, and the notice does not blame the cell.
    expect(decode('workers=1&iters=2000000000').notices).toEqual([
      'Iterations per worker: 2,000,000,000 is above 1,000,000,000, so it is 1,000,000,000.',
    ]);
    expect(decode('workers=3&iters=2000000000').params.iters).toBe(715_827_882);
    expect(decode('workers=1&iters=99999999999').params.iters).toBe(COUNTER_FIELDS.iters.max);
  });

  it('keeps script text inert: a short quoted notice, and the setting at its default', () => {
    const { params, notices } = decode(`sync=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(params.sync).toBe('none');
    expect(notices).toEqual([
      'Synchronisation: "<script>alert(1)</script…" is not one of none, flag, split, mutex, spin, atomic, local, so it is none.',
    ]);
  });

  it('drops control characters and shortens long junk in notices', () => {
    const { notices } = decode(`workers=${encodeURIComponent('\u0000\u001b[31mred\u007f')}&trials=${'9'.repeat(100_000)}x`);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toBe('Workers: "[31mred" is not a number, so it is 2.');
    expect(notices[1]?.length).toBeLessThan(200);
  });
});

describe('directions', () => {
  it("reads a bare '+' that arrived as a space", () => {
    // In a query string '+' means space: `dirs=+-+` reaches the decoder as " - ".
    expect(decode('workers=3&dirs=+-+')).toEqual({ params: { ...DEFAULT_COUNTER, workers: 3, dirs: '+-+' }, notices: [] });
    expect(decode('workers=2&dirs=++').params.dirs).toBe('++');
    expect(decode('workers=2&dirs=%2B-').params.dirs).toBe('+-');
  });

  it('extends a short list by alternating, and cuts a long one, saying so', () => {
    const short = decode('workers=5&dirs=--');
    expect(short.params.dirs).toBe('--+-+');
    expect(short.notices).toEqual(['Directions: "--" has 2 signs for 5 workers, so it is --+-+.']);
    const long = decode('workers=2&dirs=%2B%2B%2B---');
    expect(long.params.dirs).toBe('++');
    expect(long.notices).toHaveLength(1);
  });

  it('falls back to alternating for anything that is not + and -', () => {
    for (const raw of ['abc', '+x-', '', '%2B1', '<b>']) {
      const { params, notices } = decode(`workers=3&dirs=${raw}`);
      expect(params.dirs).toBe('+-+');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^Directions: .* is not a list of \+ and -, so it is \+-\+\.$/);
    }
  });

  it('fits any string to any worker count', () => {
    expect(fitDirs('+-+-', 2)).toBe('+-');
    expect(fitDirs('', 3)).toBe('+-+');
    expect(fitDirs('-', 4)).toBe('--+-');
    expect(fitDirs('a+b-c', 2)).toBe('+-');
  });
});

describe('codec', () => {
  it('round-trips through a query string, with + percent-encoded', () => {
    const p: CounterParams = { workers: 3, iters: 777, sync: 'spin', dirs: '-+-', window: 42, speed: 'slow', trials: 9, engine: 'wasm' };
    const q = COUNTER_LINK.encode(p);
    expect(q.toString()).toBe('workers=3&iters=777&sync=spin&dirs=-%2B-&window=42&speed=slow&trials=9&engine=wasm');
    expect(COUNTER_LINK.decode(parseQuery(q.toString()))).toEqual({ params: p, notices: [] });
  });

  it('normalises settings from the form with the same rules as the decoder', () => {
    const p = COUNTER_LINK.normalise({
      workers: 40.2,
      iters: Number.POSITIVE_INFINITY,
      sync: 'bogus' as CounterParams['sync'],
      dirs: '+',
      window: -5,
      speed: 'warp' as CounterParams['speed'],
      trials: Number.NaN,
      engine: 'asm' as CounterParams['engine'],
    });
    expect(p).toEqual({ workers: 16, iters: 1_000_000, sync: 'none', dirs: '+-+-+-+-+-+-+-+-', window: 0, speed: 'full', trials: 1, engine: 'js' });
    expect(COUNTER_LINK.normalise({ ...DEFAULT_COUNTER, workers: 16, iters: 2e9 }).iters).toBe(maxIters(16));
    expect(COUNTER_LINK.normalise(DEFAULT_COUNTER)).toEqual(DEFAULT_COUNTER);
  });

  it('computes the total a run must reach when nothing is lost', () => {
    expect(expectedTotal({ dirs: '+-', iters: 1_000_000 })).toBe(0);
    expect(expectedTotal({ dirs: '+++-', iters: 10 })).toBe(20);
    expect(expectedTotal({ dirs: '--', iters: 7 })).toBe(-14);
  });
});

describe('negative zero', () => {
  it('never comes out of the decoder, which would show "-0" to the learner', () => {
    for (const raw of ['-0', '-0.4', '-0.000001', '-0e5']) {
      const { params, notices } = decode(`window=${raw}`);
      expect(Object.is(params.window, 0), raw).toBe(true);
      for (const n of notices) expect(n).not.toMatch(/-0\.$/);
    }
  });
});
