// Litmus lab settings: defaults, clamps with notices, and the link round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LITMUS_ACCESSES, LITMUS_PLACEMENTS, LITMUS_TEST_IDS } from '../litmus/index.ts';
import { parseQuery } from '../shared/query.ts';
import {
  DEFAULT_LITMUS,
  LITMUS_FIELDS,
  LITMUS_LINK,
  type LitmusParams,
} from './litmusParams.ts';

const decode = (s: string) => LITMUS_LINK.decode(parseQuery(s));

describe('litmus params', () => {
  it('an empty link gives the defaults and no notice', () => {
    expect(decode('')).toEqual({ params: DEFAULT_LITMUS, notices: [] });
  });

  it('reads a clean link as it is', () => {
    const { params, notices } = decode('test=mp&access=atomics&iters=200000&batch=64&placement=packed&jitter=5&seed=7');
    expect(notices).toEqual([]);
    expect(params).toEqual({ test: 'mp', access: 'atomics', iters: 200000, batch: 64, placement: 'packed', jitter: 5, seed: 7 });
  });

  it('clamps bad values and says what it changed', () => {
    const { params, notices } = decode('test=iriw&access=relaxed&iters=0&batch=99999&placement=far&jitter=-4&seed=abc');
    expect(params).toEqual({
      ...DEFAULT_LITMUS,
      iters: LITMUS_FIELDS.iters.min,
      batch: LITMUS_FIELDS.batch.max,
      jitter: 0,
    });
    expect(notices).toHaveLength(7);
    expect(notices[0]).toContain('Test');
    expect(notices[1]).toContain('Access');
  });

  it('round-trips any valid settings through the link', () => {
    const arb = fc.record({
      test: fc.constantFrom(...LITMUS_TEST_IDS),
      access: fc.constantFrom(...LITMUS_ACCESSES),
      iters: fc.integer({ min: LITMUS_FIELDS.iters.min, max: LITMUS_FIELDS.iters.max }),
      batch: fc.integer({ min: LITMUS_FIELDS.batch.min, max: LITMUS_FIELDS.batch.max }),
      placement: fc.constantFrom(...LITMUS_PLACEMENTS),
      jitter: fc.integer({ min: LITMUS_FIELDS.jitter.min, max: LITMUS_FIELDS.jitter.max }),
      seed: fc.integer({ min: LITMUS_FIELDS.seed.min, max: LITMUS_FIELDS.seed.max }),
    });
    fc.assert(
      fc.property(arb, (p: LitmusParams) => {
        const q = LITMUS_LINK.encode(p);
        expect([...q.keys()].sort()).toEqual([...LITMUS_LINK.keys].sort());
        expect(LITMUS_LINK.decode(q)).toEqual({ params: p, notices: [] });
        expect(LITMUS_LINK.normalise(p)).toEqual(p);
      }),
    );
  });

  it('normalises form input into range', () => {
    expect(LITMUS_LINK.normalise({ ...DEFAULT_LITMUS, iters: 1e12, batch: 0, jitter: 1.6 })).toMatchObject({
      iters: LITMUS_FIELDS.iters.max,
      batch: 1,
      jitter: 2,
    });
  });
});
