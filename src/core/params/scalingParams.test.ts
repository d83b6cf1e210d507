// Scaling lab settings: defaults, lists and clamps with notices, the link round trip, and the sweep they plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNC_MODES } from '../counter/syncModes.ts';
import { QUEUE_KINDS } from '../queue/queueKinds.ts';
import { seriesId } from '../scaling/sweepPlan.ts';
import { SWEEP_ENGINES } from '../wasm/engines.ts';
import { parseQuery } from '../shared/query.ts';
import { decodeLink, encodeLink } from './link.ts';
import {
  DEFAULT_SCALING,
  resolvedUpto,
  SCALING_FIELDS,
  SCALING_LINK,
  sweepOf,
  type ScalingParams,
} from './scalingParams.ts';

const decode = (s: string) => SCALING_LINK.decode(parseQuery(s));

describe('scaling params', () => {
  it('an empty link gives the defaults and no notice', () => {
    expect(decode('')).toEqual({ params: DEFAULT_SCALING, notices: [] });
  });

  it('reads a clean link as it is, lists in ladder order', () => {
    const { params, notices } = decode('modes=local,none,spin&queues=message,spsc&sharing=0&upto=6&ms=100');
    expect(notices).toEqual([]);
    expect(params).toEqual({ modes: ['none', 'spin', 'local'], queues: ['spsc', 'message'], sharing: false, upto: 6, ms: 100, engine: 'js' });
  });

  it('an empty list is a choice, not an error', () => {
    const { params, notices } = decode('modes=&queues=');
    expect(notices).toEqual([]);
    expect(params.modes).toEqual([]);
    expect(params.queues).toEqual([]);
  });

  it('leaves out unknown names, clamps numbers, and says what it changed', () => {
    const { params, notices } = decode('modes=mutex,%3Cscript%3E,ATOMIC, spin &queues=lifo&sharing=maybe&upto=9999&ms=1');
    expect(params).toEqual({ modes: ['mutex', 'spin', 'atomic'], queues: [], sharing: true, upto: SCALING_FIELDS.upto.max, ms: SCALING_FIELDS.ms.min, engine: 'js' });
    expect(notices).toHaveLength(5);
    expect(notices[0]).toMatch(/^Counter modes: "<script>" is not known/);
    expect(notices[1]).toMatch(/^Queue kinds: "lifo"/);
    expect(notices[2]).toMatch(/^False sharing: "maybe"/);
  });

  it('the link opens the Scaling lab with its settings and reopens it exactly', () => {
    const { settings, notices } = decodeLink('?lab=scaling&modes=spin,mutex&queues=mpmc&sharing=off&upto=4&ms=50');
    expect(notices).toEqual([]);
    expect(settings.lab).toBe('scaling');
    expect(settings.scaling).toEqual({ modes: ['mutex', 'spin'], queues: ['mpmc'], sharing: false, upto: 4, ms: 50, engine: 'js' });
    expect(encodeLink(settings)).toBe('lab=scaling&v=1&modes=mutex%2Cspin&queues=mpmc&sharing=0&upto=4&ms=50&engine=js');
  });

  it('upto=0 means twice the cores of the machine that runs the sweep', () => {
    expect(resolvedUpto(DEFAULT_SCALING, 4)).toBe(8);
    expect(resolvedUpto(DEFAULT_SCALING, 1)).toBe(2);
    expect(resolvedUpto({ ...DEFAULT_SCALING, upto: 3 }, 64)).toBe(3);
  });

  it('plans the series asked for, each over the worker counts of its kind', () => {
    const plan = sweepOf({ modes: ['atomic'], queues: ['spsc', 'locked'], sharing: true, upto: 0, ms: 100, engine: 'js' }, 2);
    const by = (id: string) => plan.filter((p) => seriesId(p.series) === id).map((p) => p.workers);
    expect(by('counter:atomic')).toEqual([1, 2, 3, 4]);
    expect(by('queue:spsc')).toEqual([2]);
    expect(by('queue:locked')).toEqual([2, 3, 4]);
    expect(by('sharing:adjacent')).toEqual([1, 2, 3, 4]);
    expect(by('sharing:padded')).toEqual([1, 2, 3, 4]);
    expect(plan).toHaveLength(4 + 1 + 3 + 8);
  });

  it('round-trips every valid setting through the link, silently', () => {
    const params: fc.Arbitrary<ScalingParams> = fc.record({
      modes: fc.subarray([...SYNC_MODES]),
      queues: fc.subarray([...QUEUE_KINDS]),
      sharing: fc.boolean(),
      upto: fc.integer({ min: SCALING_FIELDS.upto.min, max: SCALING_FIELDS.upto.max }),
      ms: fc.integer({ min: SCALING_FIELDS.ms.min, max: SCALING_FIELDS.ms.max }),
      engine: fc.constantFrom(...SWEEP_ENGINES),
    });
    fc.assert(
      fc.property(params, (p) => {
        expect(SCALING_LINK.normalise(p)).toEqual(p);
        expect(SCALING_LINK.decode(SCALING_LINK.encode(p))).toEqual({ params: p, notices: [] });
      }),
      { numRuns: 500, seed: 23 },
    );
  });
});
