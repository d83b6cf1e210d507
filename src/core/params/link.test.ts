// The share link: lab and version handling, and property tests that no link can break the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNC_MODES } from '../counter/syncModes.ts';
import { ENGINES } from '../wasm/engines.ts';
import { COUNTER_FIELDS, COUNTER_LINK, DEFAULT_COUNTER, maxIters, SPEEDS, type CounterParams } from './counterParams.ts';
import { LABS, decodeLink, encodeLink, LINK_VERSION, type LabSettings } from './link.ts';
import { QUEUE_KINDS, SHUTDOWN_POLICIES } from '../queue/queueKinds.ts';
import { DEFAULT_QUEUE, QUEUE_FIELDS, QUEUE_LINK, queueProblem, type QueueParams } from './queueParams.ts';
import { SCENARIO_IDS } from '../explore/scenarios.ts';
import { DEFAULT_EXPLORE, EXPLORE_KEYS } from './exploreParams.ts';
import { DEFAULT_LITMUS } from './litmusParams.ts';
import { DEFAULT_SCALING, SCALING_LINK } from './scalingParams.ts';
import { DEFAULT_PYTHON } from '../python/link.ts';

const others = { explore: DEFAULT_EXPLORE, litmus: DEFAULT_LITMUS, scaling: DEFAULT_SCALING, python: DEFAULT_PYTHON };
const counterLink = (params: CounterParams): LabSettings => ({ lab: 'counter', counter: params, queue: DEFAULT_QUEUE, ...others });
const queueLink = (params: QueueParams): LabSettings => ({ lab: 'queue', counter: DEFAULT_COUNTER, queue: params, ...others });

/** Throws unless every setting is inside its field's range and consistent with the others. */
function expectValid(p: CounterParams): void {
  const f = COUNTER_FIELDS;
  const intIn = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;
  expect(intIn(p.workers, f.workers.min, f.workers.max), `workers ${p.workers}`).toBe(true);
  expect(intIn(p.iters, f.iters.min, maxIters(p.workers)), `iters ${p.iters}`).toBe(true);
  expect(intIn(p.window, f.window.min, f.window.max), `window ${p.window}`).toBe(true);
  expect(intIn(p.trials, f.trials.min, f.trials.max), `trials ${p.trials}`).toBe(true);
  expect(SYNC_MODES).toContain(p.sync);
  expect(SPEEDS).toContain(p.speed);
  expect(p.dirs).toMatch(/^[+-]*$/);
  expect(p.dirs).toHaveLength(p.workers);
  expect(Object.keys(p).sort()).toEqual([...COUNTER_LINK.keys].sort());
}

function expectValidQueue(p: QueueParams): void {
  const f = QUEUE_FIELDS;
  const intIn = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;
  for (const k of ['producers', 'consumers', 'capacity', 'items', 'produceMs', 'consumeMs'] as const) {
    expect(intIn(p[k], f[k].min, f[k].max), `${k} ${p[k]}`).toBe(true);
  }
  expect(QUEUE_KINDS).toContain(p.queue);
  expect(SHUTDOWN_POLICIES).toContain(p.shutdown);
  expect(Object.keys(p).sort()).toEqual([...QUEUE_LINK.keys].sort());
}

/**
 * Decodes, checks, re-encodes and decodes again: the second pass must be identical and silent,
 * but for the one thing the decoder never changes silently (spsc with other counts).
 */
function checkLink(search: string): void {
  const first = decodeLink(search);
  expect(LABS).toContain(first.settings.lab);
  expectValid(first.settings.counter);
  expectValidQueue(first.settings.queue);
  for (const n of first.notices) expect(typeof n).toBe('string');
  const again = decodeLink(encodeLink(first.settings));
  const problem = first.settings.lab === 'queue' ? queueProblem(first.settings.queue) : null;
  expect(again.notices).toEqual(problem ? [problem] : []);
  expect(again.settings).toEqual(first.settings);
}

describe('links', () => {
  it('encodes lab and version first, then every setting, with + percent-encoded', () => {
    expect(encodeLink(counterLink(DEFAULT_COUNTER))).toBe(
      `lab=counter&v=${LINK_VERSION}&workers=2&iters=1000000&sync=none&dirs=%2B-&window=10&speed=full&trials=1&engine=js`,
    );
  });

  it('opens the defaults from an empty link, with or without ?', () => {
    for (const s of ['', '?', '?lab=counter', 'lab=counter&v=1']) {
      expect(decodeLink(s)).toEqual({ settings: counterLink(DEFAULT_COUNTER), notices: [] });
    }
  });

  it('reads lab names in any case', () => {
    expect(decodeLink('?lab=%20Counter').notices).toEqual([]);
  });

  it('opens the Counter lab for an unknown lab, and says so', () => {
    const { settings, notices } = decodeLink('?lab=warp&workers=3');
    expect(settings).toEqual(counterLink({ ...DEFAULT_COUNTER, workers: 3, dirs: '+-+' }));
    expect(notices).toEqual(['Lab: "warp" is not a lab here, so the Counter lab is open.']);
  });

  it('reads an unknown version as the current one, and says so', () => {
    const { settings, notices } = decodeLink('?v=7&sync=atomic');
    expect(settings.counter.sync).toBe('atomic');
    expect(notices).toEqual([`Link version "7" is not known; its settings are read as version ${LINK_VERSION}.`]);
  });

  it('names ignored keys, at most five of them', () => {
    expect(decodeLink('?foo=1&foo=2&bar=3').notices).toEqual(['Ignored: "foo", "bar".']);
    const many = decodeLink('?a=1&b=1&c=1&d=1&e=1&f=1&g=1').notices;
    expect(many).toEqual(['Ignored: "a", "b", "c", "d", "e"….']);
  });

  it('lists notices for the link before those for the settings', () => {
    const { notices } = decodeLink('?lab=nope&workers=0&x=1');
    expect(notices.map((n) => n.split(':')[0])).toEqual(['Lab', 'Ignored', 'Workers']);
  });

  it('reads the first of repeated keys', () => {
    expect(decodeLink('?workers=3&workers=9').settings.counter.workers).toBe(3);
  });

  it('opens the Queue lab with its own settings; the counter keeps its defaults', () => {
    const { settings, notices } = decodeLink('?lab=queue&producers=1&consumers=1&items=10&queue=locked&shutdown=empty-check&produceMs=20&consumeMs=5');
    expect(notices).toEqual([]);
    expect(settings).toEqual(
      queueLink({ ...DEFAULT_QUEUE, producers: 1, consumers: 1, items: 10, shutdown: 'empty-check', produceMs: 20, consumeMs: 5 }),
    );
    expect(encodeLink(settings)).toBe(
      `lab=queue&v=${LINK_VERSION}&producers=1&consumers=1&capacity=16&items=10&queue=locked&shutdown=empty-check&produceMs=20&consumeMs=5&engine=js`,
    );
  });

  it('keeps spsc with other counts as it is, and explains why it cannot run', () => {
    const { settings, notices } = decodeLink('?lab=queue&queue=spsc&producers=2&consumers=3');
    expect(settings.queue).toMatchObject({ queue: 'spsc', producers: 2, consumers: 3 });
    expect(notices).toEqual([queueProblem(settings.queue)]);
    expect(notices[0]).toMatch(/exactly 1 producer and 1 consumer/);
  });

  it('opens the Explorer with its scenario; a bad one falls back with a notice', () => {
    const { settings, notices } = decodeLink('?lab=explore&scenario=two-locks&fixed=1');
    expect(notices).toEqual([]);
    expect(settings.explore).toEqual({ scenario: 'two-locks', threads: 2, incs: 1, fixed: true, steps: [], at: 0 });
    expect(settings.counter).toEqual(DEFAULT_COUNTER);
    expect(encodeLink(settings)).toBe(`lab=explore&v=${LINK_VERSION}&scenario=two-locks&fixed=1`);
    const bad = decodeLink('?lab=explore&scenario=nope&threads=99&workers=2');
    expect(bad.settings.explore).toEqual({ ...DEFAULT_EXPLORE, threads: 4 });
    expect(bad.notices.map((n) => n.split(':')[0])).toEqual(['Ignored', 'Scenario', 'Threads']);
  });

  it('runs the Counter, Queue and Scaling labs on the engine the link names; without one, on JavaScript', () => {
    for (const lab of ['counter', 'queue', 'scaling'] as const) {
      expect(decodeLink(`?lab=${lab}`).settings[lab].engine).toBe('js');
      const wasm = decodeLink(`?lab=${lab}&engine=WASM`);
      expect(wasm).toMatchObject({ notices: [] });
      expect(wasm.settings[lab].engine).toBe('wasm');
      expect(encodeLink(wasm.settings)).toMatch(/&engine=wasm$/);
      const bad = decodeLink(`?lab=${lab}&engine=asm`);
      expect(bad.settings[lab].engine).toBe('js');
      expect(bad.notices).toEqual([expect.stringMatching(/^Engine: "asm" is not one of js, wasm/)]);
    }
    expect(decodeLink('?lab=scaling&engine=both').settings.scaling.engine).toBe('both');
    expect(decodeLink('?lab=counter&engine=both').notices).toEqual(['Engine: "both" is not one of js, wasm, so it is js.']);
  });

  it("ignores the other lab's keys, and says so", () => {
    expect(decodeLink('?lab=queue&workers=3').notices).toEqual(['Ignored: "workers".']);
    expect(decodeLink('?lab=counter&producers=3').notices).toEqual(['Ignored: "producers".']);
  });
});

// --- property tests (fixed seeds, so a failure reproduces; fast-check prints the shrunk case) ---

/** Any UTF-16 code unit, lone surrogates included. */
const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.string({ unit: anyChar, maxLength: 40 });
const KEYS = [...COUNTER_LINK.keys, ...QUEUE_LINK.keys, ...EXPLORE_KEYS, ...SCALING_LINK.keys, 'lab', 'v'];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom(...KEYS.map((k) => k.toUpperCase())), anyString);
/** Values near the edges: numbers in every notation, signs, encodings, and junk. */
const value = fc.oneof(
  anyString,
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.constantFrom('', ' ', '-0', '+0', '0.5', '1e3', '1e+3', '1E9', '1,000', '1_000', '0x10', 'NaN', 'Infinity'),
  fc.constantFrom('+', '-', '+-', '++--', '%2B', '%2b-', '%', '%zz', '%E0%A4%A', '&', '=', '#', '?'),
  fc.constantFrom(...SYNC_MODES, ...SPEEDS, 'counter', 'MUTEX', ' slow ', '<script>alert(1)</script>'),
  fc.constantFrom(...QUEUE_KINDS, ...SHUTDOWN_POLICIES, 'queue', 'Queue', ' SPSC'),
  fc.constantFrom(...SCENARIO_IDS, 'explore', ' Explore', 'fixed', '1'),
  fc.constantFrom('scaling', 'mutex,spin', 'locked, MPMC ,,', 'on', 'off', 'maybe', 'local,local'),
  fc.constantFrom('js', 'wasm', ' WASM', 'both', 'asm'),
);

describe('decodeLink, for any input', () => {
  it('never throws, always opens valid settings, and re-encodes to a silent identical link (raw strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 300 }), fc.boolean(), (s, q) => {
        checkLink(q ? `?${s}` : s);
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  it('… for query strings stitched from keys and values without any encoding', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        checkLink(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
      }),
      { numRuns: 2000, seed: 34 },
    );
  });

  it('… for arbitrary records of strings, encoded as a browser would', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 12 }), (record) => {
        checkLink(new URLSearchParams(record).toString());
      }),
      { numRuns: 2000, seed: 51 },
    );
  });

  it('encodes every valid setting to a link that decodes to exactly it', () => {
    const params = fc
      .integer({ min: COUNTER_FIELDS.workers.min, max: COUNTER_FIELDS.workers.max })
      .chain((workers) =>
        fc.record({
          workers: fc.constant(workers),
          iters: fc.integer({ min: COUNTER_FIELDS.iters.min, max: maxIters(workers) }),
          sync: fc.constantFrom(...SYNC_MODES),
          dirs: fc.array(fc.constantFrom('+', '-'), { minLength: workers, maxLength: workers }).map((a) => a.join('')),
          window: fc.integer({ min: COUNTER_FIELDS.window.min, max: COUNTER_FIELDS.window.max }),
          speed: fc.constantFrom(...SPEEDS),
          trials: fc.integer({ min: COUNTER_FIELDS.trials.min, max: COUNTER_FIELDS.trials.max }),
          engine: fc.constantFrom(...ENGINES),
        }),
      );
    fc.assert(
      fc.property(params, (p) => {
        expect(decodeLink(encodeLink(counterLink(p)))).toEqual({ settings: counterLink(p), notices: [] });
      }),
      { numRuns: 2000, seed: 68 },
    );
  });

  it('encodes every valid queue setting to a link that decodes to exactly it', () => {
    const f = QUEUE_FIELDS;
    const int = (field: { min: number; max: number }) => fc.integer({ min: field.min, max: field.max });
    const params = fc.record({
      producers: int(f.producers),
      consumers: int(f.consumers),
      capacity: int(f.capacity),
      items: int(f.items),
      queue: fc.constantFrom(...QUEUE_KINDS),
      shutdown: fc.constantFrom(...SHUTDOWN_POLICIES),
      produceMs: int(f.produceMs),
      consumeMs: int(f.consumeMs),
      engine: fc.constantFrom(...ENGINES),
    });
    fc.assert(
      fc.property(params, (p) => {
        const problem = queueProblem(p);
        expect(decodeLink(encodeLink(queueLink(p)))).toEqual({ settings: queueLink(p), notices: problem ? [problem] : [] });
      }),
      { numRuns: 1000, seed: 85 },
    );
  });
});
