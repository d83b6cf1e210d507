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
  MAX_LINK_STEPS,
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
    expect(DEFAULT_EXPLORE).toEqual({ scenario: 'lost-update', threads: 2, incs: 2, fixed: false, steps: [], at: 0 });
  });

  it('reads a good link without a word', () => {
    expect(decode('scenario=lost-update&threads=3&incs=1&fixed=1')).toEqual({
      params: { scenario: 'lost-update', threads: 3, incs: 1, fixed: true, steps: [], at: 0 },
      notices: [],
    });
    expect(decode('scenario=philosophers&threads=5')).toEqual({
      params: { scenario: 'philosophers', threads: 5, incs: 1, fixed: false, steps: [], at: 0 },
      notices: [],
    });
    expect(decode('scenario=check-then-act&incs=4&fixed=0').params).toMatchObject({ incs: 4, fixed: false });
  });

  it('starts each scenario at its own defaults', () => {
    expect(decode('scenario=flag-lock').params).toEqual({ scenario: 'flag-lock', threads: 2, incs: 1, fixed: false, steps: [], at: 0 });
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
    expect(params).toEqual({ scenario: 'two-locks', threads: 2, incs: 1, fixed: false, steps: [], at: 0 });
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
    expect(encodeExploreParams({ scenario: 'two-locks', threads: 2, incs: 1, fixed: true, steps: [], at: 0 }).toString()).toBe('scenario=two-locks&fixed=1');
    expect(encodeExploreParams({ scenario: 'check-then-act', threads: 2, incs: 3, fixed: false, steps: [], at: 0 }).toString()).toBe('scenario=check-then-act&incs=3');
  });

  it('round-trips any query, silently the second time', () => {
    const stepsRaw = fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{0,40}$/), fc.stringMatching(/^[1-5]{0,1200}$/));
    const raw = fc.oneof(fc.constantFrom(...SCENARIO_IDS), fc.string(), fc.integer({ min: -10, max: 10 }).map(String));
    fc.assert(
      fc.property(fc.record({ scenario: raw, threads: raw, incs: raw, fixed: raw, steps: stepsRaw, at: raw }, { requiredKeys: [] }), (rec) => {
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
    const lost = { scenario: 'lost-update', threads: 3, incs: 4, fixed: true, steps: [], at: 0 } as const;
    expect(patchExplore(lost, { scenario: 'split-lock' })).toEqual({ scenario: 'split-lock', threads: 3, incs: 3, fixed: true, steps: [], at: 0 });
    expect(patchExplore(lost, { scenario: 'philosophers' })).toEqual({ scenario: 'philosophers', threads: 3, incs: 1, fixed: true, steps: [], at: 0 });
    const locks = patchExplore(lost, { scenario: 'two-locks' });
    expect(patchExplore(locks, { scenario: 'lost-update' })).toEqual({ scenario: 'lost-update', threads: 2, incs: 2, fixed: true, steps: [], at: 0 });
    expect(patchExplore(lost, { scenario: 'flag-lock', incs: 1 })).toMatchObject({ threads: 3, incs: 1 });
    expect(patchExplore(lost, { incs: 2 })).toEqual({ ...lost, incs: 2 });
  });

  it('compares by value', () => {
    expect(sameExplore(DEFAULT_EXPLORE, { ...DEFAULT_EXPLORE })).toBe(true);
    expect(sameExplore(DEFAULT_EXPLORE, { ...DEFAULT_EXPLORE, fixed: true })).toBe(false);
  });
});

describe('steps in the link', () => {
  it('replays a schedule written as thread numbers, landing after its last step or at `at`', () => {
    expect(decode('steps=1221')).toEqual({ params: { ...DEFAULT_EXPLORE, steps: [0, 1, 1, 0], at: 4 }, notices: [] });
    expect(decode('steps=1221&at=2').params).toMatchObject({ steps: [0, 1, 1, 0], at: 2 });
    expect(decode('scenario=philosophers&threads=5&steps=5431').params).toMatchObject({ steps: [4, 3, 2, 0], at: 4 });
    expect(encodeExploreParams({ ...DEFAULT_EXPLORE, steps: [0, 1, 1, 0], at: 4 }).toString()).toBe('scenario=lost-update&threads=2&incs=2&steps=1221');
    expect(encodeExploreParams({ ...DEFAULT_EXPLORE, steps: [0, 1], at: 0 }).toString()).toBe('scenario=lost-update&threads=2&incs=2&steps=12&at=0');
  });

  it.each([
    ['steps=abc', [], 0, /^Steps: step 1 is "a", not a thread number from 1 to 2, so it starts with no step taken\.$/],
    ['steps=1231', [0, 1], 2, /^Steps: step 3 is "3", not a thread number from 1 to 2, so the first 2 steps are kept\.$/],
    ['steps=10', [0], 1, /step 2 is "0", .* so the first step is kept/],
    ['steps=1%3Cscript%3E', [0], 1, /step 2 is "<", not a thread number/],
    ['steps=1%00', [0], 1, /step 2 is "", not a thread number/],
    ['steps=-1', [], 0, /step 1 is "-"/],
    ['steps=12&at=9', [0, 1], 2, /^Step: 9 is above 2 \(the steps in the link\), so it is 2\.$/],
    ['steps=12&at=-1', [0, 1], 0, /^Step: -1 is below 0, so it is 0\.$/],
    ['steps=12&at=one', [0, 1], 2, /^Step: "one" is not a number, so it is 2\.$/],
    ['at=3', [], 0, /^Step: 3 is above 0 \(the steps in the link\)/],
    ['scenario=two-locks&steps=1112223', [0, 0, 0, 1, 1, 1], 6, /step 7 is "3", not a thread number from 1 to 2/],
  ])('%s', (search, steps, at, notice) => {
    const { params, notices } = decode(search);
    expect(params.steps).toEqual(steps);
    expect(params.at).toBe(at);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(notice);
    expectValid(params);
  });

  it('keeps at most MAX_LINK_STEPS steps, and says so', () => {
    const { params, notices } = decode(`steps=${'12'.repeat(MAX_LINK_STEPS)}`);
    expect(params.steps).toHaveLength(MAX_LINK_STEPS);
    expect(params.at).toBe(MAX_LINK_STEPS);
    expect(notices).toEqual([`Steps: more than ${MAX_LINK_STEPS} steps, so the first ${MAX_LINK_STEPS} are kept.`]);
  });

  it('round-trips any schedule of the threads there are, without a notice', () => {
    const params = fc
      .record({ scenario: fc.constantFrom(...SCENARIO_IDS), threads: fc.integer({ min: 2, max: 5 }), fixed: fc.boolean() })
      .map((r) => normaliseExplore({ ...DEFAULT_EXPLORE, ...r }))
      .chain((p) =>
        fc
          .array(fc.integer({ min: 0, max: p.threads - 1 }), { maxLength: 60 })
          .chain((steps) => fc.integer({ min: 0, max: steps.length }).map((at) => ({ ...p, steps, at }))),
      );
    fc.assert(
      fc.property(params, (p) => {
        expect(decodeExploreParams(parseQuery(encodeExploreParams(p).toString()))).toEqual({ params: p, notices: [] });
      }),
    );
  });

  it('keeps the steps while the program stays, and drops them when it changes', () => {
    const stepped: ExploreParams = { ...DEFAULT_EXPLORE, threads: 3, steps: [2, 0, 1], at: 2 };
    expect(patchExplore(stepped, { at: 1 })).toEqual({ ...stepped, at: 1 });
    expect(patchExplore(stepped, { steps: [1, 1] })).toEqual({ ...stepped, steps: [1, 1], at: 2 });
    expect(patchExplore(stepped, { threads: 2 })).toMatchObject({ threads: 2, steps: [], at: 0 });
    expect(patchExplore(stepped, { fixed: true })).toMatchObject({ steps: [], at: 0 });
    expect(patchExplore(stepped, { scenario: 'flag-lock' })).toMatchObject({ steps: [], at: 0 });
    // From the form or a store, a thread that is not there ends the steps, and `at` stays inside them.
    expect(normaliseExplore({ ...stepped, steps: [0, 3, 1], at: 3 })).toMatchObject({ steps: [0], at: 1 });
    expect(normaliseExplore({ ...stepped, steps: [0, 1.5], at: Number.NaN })).toMatchObject({ steps: [0], at: 1 });
  });
});
