// Explorer settings: defaults, clamps and notices per scenario, the fixed flag, the codec round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, SCENARIOS, type Scenario } from '../explore/scenarios.ts';
import { makeQuery, parseQuery } from '../shared/query.ts';
import {
  DEFAULT_EXPLORE,
  decodeExploreParams,
  encodeExploreParams,
  EXPLORE_KEYS,
  normaliseExplore,
  patchExplore,
  sameExplore,
  type ExploreParams,
} from './exploreParams.ts';

function decode(search: string) {
  return decodeExploreParams(parseQuery(search));
}

function expectValid(p: ExploreParams): void {
  expect(SCENARIO_IDS).toContain(p.scenario);
  const s: Scenario = SCENARIOS[p.scenario];
  for (const name of ['threads', 'incs'] as const) {
    const f = s.params[name];
    expect(Number.isInteger(p[name])).toBe(true);
    if (f) expect(p[name]).toBeGreaterThanOrEqual(f.min);
    if (f) expect(p[name]).toBeLessThanOrEqual(f.max);
  }
  expect(typeof p.fixed).toBe('boolean');
  expect(Object.keys(p).sort()).toEqual([...EXPLORE_KEYS].sort());
}

describe('defaults', () => {
  it('opens the lost update, 2 threads × 2 increments, racy', () => {
    expect(decode('')).toEqual({ params: DEFAULT_EXPLORE, notices: [] });
    expect(DEFAULT_EXPLORE).toEqual({ scenario: 'lost-update', threads: 2, incs: 2, fixed: false });
  });

  it('reads a good link without a word', () => {
    expect(decode('scenario=lost-update&threads=3&incs=1&fixed=1')).toEqual({
      params: { scenario: 'lost-update', threads: 3, incs: 1, fixed: true },
      notices: [],
    });
    expect(decode('scenario=philosophers&threads=5')).toEqual({
      params: { scenario: 'philosophers', threads: 5, incs: 1, fixed: false },
      notices: [],
    });
    expect(decode('scenario=check-then-act&incs=4&fixed=0').params).toMatchObject({ incs: 4, fixed: false });
  });

  it('starts each scenario at its own defaults', () => {
    expect(decode('scenario=flag-lock').params).toEqual({ scenario: 'flag-lock', threads: 2, incs: 1, fixed: false });
    expect(decode('scenario=philosophers').params.threads).toBe(3);
    expect(decode('scenario=%20Two-Locks').params.scenario).toBe('two-locks');
  });
});

describe('clamps and fallbacks, each with a notice', () => {
  it.each([
    ['scenario=warp', { scenario: 'lost-update' }, /Scenario: "warp" is not one of lost-update, flag-lock, .*, so it is lost-update/],
    ['threads=9', { threads: 4 }, /Threads: 9 is above 4, so it is 4/],
    ['threads=1', { threads: 2 }, /Threads: 1 is below 2, so it is 2/],
    ['incs=0', { incs: 1 }, /Increments per thread: 0 is below 1/],
    ['incs=abc', { incs: 2 }, /Increments per thread: "abc" is not a number, so it is 2/],
    ['scenario=split-lock&incs=4', { incs: 3 }, /above 3/],
    ['scenario=philosophers&threads=2', { threads: 3 }, /Philosophers: 2 is below 3/],
    ['scenario=check-then-act&incs=9', { incs: 4 }, /Items: 9 is above 4/],
    ['fixed=maybe', { fixed: false }, /Fixed: "maybe" is not 1 or 0, so the racy version is open/],
  ])('%s', (search, expected, notice) => {
    const { params, notices } = decode(search);
    expect(params).toMatchObject(expected);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
    expectValid(params);
  });

  it('ignores, and says so, a parameter the scenario does not have', () => {
    const { params, notices } = decode('scenario=two-locks&threads=3&incs=2');
    expect(params).toEqual({ scenario: 'two-locks', threads: 2, incs: 1, fixed: false });
    expect(notices).toEqual([
      '"threads" does not apply to Two locks, opposite orders, so it is ignored.',
      '"incs" does not apply to Two locks, opposite orders, so it is ignored.',
    ]);
  });

  it('reads yes/no words for fixed', () => {
    for (const w of ['1', 'true', 'YES', ' on ']) expect(decode(`fixed=${w}`).params.fixed).toBe(true);
    for (const w of ['0', 'false', 'no', 'off']) expect(decode(`fixed=${w}`).params.fixed).toBe(false);
  });
});

describe('encoding', () => {
  it('writes only the parameters that apply, and fixed only when set', () => {
    expect(encodeExploreParams(DEFAULT_EXPLORE).toString()).toBe('scenario=lost-update&threads=2&incs=2');
    expect(encodeExploreParams({ scenario: 'two-locks', threads: 2, incs: 1, fixed: true }).toString()).toBe('scenario=two-locks&fixed=1');
    expect(encodeExploreParams({ scenario: 'check-then-act', threads: 2, incs: 3, fixed: false }).toString()).toBe('scenario=check-then-act&incs=3');
  });

  it('round-trips any query, silently the second time', () => {
    const raw = fc.oneof(fc.constantFrom(...SCENARIO_IDS), fc.string(), fc.integer({ min: -10, max: 10 }).map(String));
    fc.assert(
      fc.property(fc.record({ scenario: raw, threads: raw, incs: raw, fixed: raw }, { requiredKeys: [] }), (rec) => {
        const q = makeQuery();
        for (const [k, v] of Object.entries(rec)) q.set(k, v);
        const first = decodeExploreParams(q);
        expectValid(first.params);
        const again = decodeExploreParams(parseQuery(encodeExploreParams(first.params).toString()));
        expect(again).toEqual({ params: first.params, notices: [] });
      }),
    );
  });
});

describe('changes from the form', () => {
  it('clamps numbers to the scenario', () => {
    expect(normaliseExplore({ ...DEFAULT_EXPLORE, threads: 12, incs: -1 })).toEqual({ ...DEFAULT_EXPLORE, threads: 4, incs: 1 });
  });

  it('keeps the numbers both scenarios have when the scenario changes, and defaults the others', () => {
    const lost = { scenario: 'lost-update', threads: 3, incs: 4, fixed: true } as const;
    expect(patchExplore(lost, { scenario: 'split-lock' })).toEqual({ scenario: 'split-lock', threads: 3, incs: 3, fixed: true });
    expect(patchExplore(lost, { scenario: 'philosophers' })).toEqual({ scenario: 'philosophers', threads: 3, incs: 1, fixed: true });
    const locks = patchExplore(lost, { scenario: 'two-locks' });
    expect(patchExplore(locks, { scenario: 'lost-update' })).toEqual({ scenario: 'lost-update', threads: 2, incs: 2, fixed: true });
    expect(patchExplore(lost, { scenario: 'flag-lock', incs: 1 })).toMatchObject({ threads: 3, incs: 1 });
    expect(patchExplore(lost, { incs: 2 })).toEqual({ ...lost, incs: 2 });
  });

  it('compares by value', () => {
    expect(sameExplore(DEFAULT_EXPLORE, { ...DEFAULT_EXPLORE })).toBe(true);
    expect(sameExplore(DEFAULT_EXPLORE, { ...DEFAULT_EXPLORE, fixed: true })).toBe(false);
  });
});
