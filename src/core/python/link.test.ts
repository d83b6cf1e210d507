import fc from 'fast-check';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../shared/query.ts';
import { EXAMPLE_IDS } from './examples/exampleIds.ts';
import { DEFAULT_PYTHON, PREEMPTION_CAPS, REDUCTIONS, SAMPLERS, decodePythonParams, encodePythonParams, samePython, updatePython, type PythonParams } from './link.ts';
import { decodeProgram, encodeProgram, fromBase64Url, MAX_PROGRAM_BYTES, toBase64Url } from './programCodec.ts';

/** A link's `code` as Node makes it, independently of the page's codec. */
const nodeCode = (bytes: Uint8Array | string): string => deflateRawSync(bytes).toString('base64url');

describe('program codec', () => {
  it('base64url matches Node’s for every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('reads what zlib.deflateRawSync packs, and packs what zlib inflates', async () => {
    const source = 'import threading\n\nx = 0  # déjà vu ✓ 🧵\nprint(x)\n';
    expect(await decodeProgram(nodeCode(source))).toEqual({ ok: true, source });
    const code = await encodeProgram(source);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(inflateRawSync(Buffer.from(code, 'base64url')).toString('utf8')).toBe(source);
  });

  it('round-trips any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (source) => {
        expect(await decodeProgram(await encodeProgram(source))).toEqual({ ok: true, source });
      }),
      { numRuns: 60 },
    );
  });

  it('turns hostile values into a reason, never a throw', async () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['%%%', /not base64url/],
      ['AAAAA', /not base64url/],
      ['x'.repeat(50_000), /longer than/],
      [Buffer.from('hello, not deflate at all').toString('base64url'), /damaged/],
      [nodeCode(Buffer.alloc(MAX_PROGRAM_BYTES + 1, 0x20)), /larger than 64 KiB/],
      [nodeCode(Buffer.alloc(5_000_000, 0x61)), /larger than/],
      [nodeCode(Uint8Array.from([0x78, 0xff, 0xfe, 0xc3])), /not UTF-8/],
      [nodeCode('print(1)').slice(0, 4), /damaged/],
    ];
    for (const [code, why] of cases) {
      const r = await decodeProgram(code);
      expect(r.ok, code.slice(0, 20)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(why);
    }
  });
});

describe('python link', () => {
  const decode = (search: string) => decodePythonParams(parseQuery(search));

  it('opens the default example with the default settings from an empty link', () => {
    expect(decode('')).toEqual({ params: DEFAULT_PYTHON, notices: [] });
  });

  it('keeps a well-formed code value packed, for the page to unpack', () => {
    const code = nodeCode('print(1)');
    const { params, notices } = decode(`code=${code}&switch=gil&quantum=5&samples=300&seed=7`);
    expect(params).toEqual({ program: { kind: 'code', code }, switch: 'gil', quantum: 5, samples: 300, seed: 7, preemptions: 'all', reduce: 'off', sampler: 'random', depth: 2 });
    expect(notices).toEqual([]);
  });

  it('opens an example when the code value cannot be a program, and says so', () => {
    const bad = decode('code=%3Cscript%3Ealert(1)%3C%2Fscript%3E&example=barrier');
    expect(bad.params.program).toEqual({ kind: 'example', id: 'barrier' });
    expect(bad.notices.join(' ')).toMatch(/not base64url.*"barrier"/);
    expect(decode('code=').params.program).toEqual(DEFAULT_PYTHON.program);
  });

  it('clamps and corrects every setting with a notice', () => {
    const { params, notices } = decode('example=nope&switch=GIL&quantum=0&samples=99999&seed=-3');
    expect(params).toEqual({ ...DEFAULT_PYTHON, switch: 'gil', quantum: 1, samples: 10_000, seed: 0 });
    expect(notices).toHaveLength(4);
  });

  it('round-trips every example and every setting, writing code or example, never both', () => {
    const program = fc.oneof(
      fc.constantFrom(...EXAMPLE_IDS).map((id) => ({ kind: 'example' as const, id })),
      fc.base64String({ minLength: 4 }).map((s) => ({ kind: 'code' as const, code: s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') })),
    );
    fc.assert(
      fc.property(
        program.filter((p) => p.kind === 'example' || p.code.length > 0),
        fc.constantFrom('every', 'gil', 'timer' as const),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 2_147_483_647 }),
        fc.constantFrom(...PREEMPTION_CAPS),
        fc.constantFrom(...REDUCTIONS),
        fc.constantFrom(...SAMPLERS),
        fc.integer({ min: 1, max: 5 }),
        (program, sw, quantum, samples, seed, preemptions, reduce, sampler, depth) => {
          const p: PythonParams = { program, switch: sw, quantum, samples, seed, preemptions, reduce, sampler, depth };
          const q = encodePythonParams(p);
          expect(q.get('code') === null || q.get('example') === null).toBe(true);
          const back = decode(q.toString());
          expect(back.notices).toEqual([]);
          expect(samePython(back.params, p)).toBe(true);
        },
      ),
    );
  });

  it('keeps the controls’ changes inside the decoder’s rules', () => {
    expect(updatePython(DEFAULT_PYTHON, { quantum: 5000, samples: 0.4, seed: Number.NaN })).toEqual({
      ...DEFAULT_PYTHON,
      quantum: 1000,
      samples: 1,
      seed: 1,
    });
  });
});

describe('the reduction', () => {
  const decode = (search: string) => decodePythonParams(parseQuery(search));

  it('is off by default and left out of links, on when the link says so, off with a notice otherwise', () => {
    expect(encodePythonParams(DEFAULT_PYTHON).get('reduce')).toBeNull();
    const q = encodePythonParams({ ...DEFAULT_PYTHON, reduce: 'on' });
    expect(q.get('reduce')).toBe('on');
    expect(decode(q.toString())).toEqual({ params: { ...DEFAULT_PYTHON, reduce: 'on' }, notices: [] });
    const bad = decode('reduce=yes');
    expect(bad.params.reduce).toBe('off');
    expect(bad.notices.join(' ')).toMatch(/Reduction/);
    expect(samePython({ ...DEFAULT_PYTHON, reduce: 'on' }, DEFAULT_PYTHON)).toBe(false);
    expect(updatePython(DEFAULT_PYTHON, { reduce: 'maybe' as 'on' }).reduce).toBe('off');
  });
});

describe('the preemption cap', () => {
  const decode = (search: string) => decodePythonParams(parseQuery(search));

  it('is left out of a link at its default and read back when set; a bad value falls back with a notice', () => {
    expect(encodePythonParams(DEFAULT_PYTHON).get('preemptions')).toBeNull();
    const q = encodePythonParams({ ...DEFAULT_PYTHON, preemptions: '1' });
    expect(q.get('preemptions')).toBe('1');
    expect(decode(q.toString()).params.preemptions).toBe('1');
    const bad = decode('preemptions=lots');
    expect(bad.params.preemptions).toBe('all');
    expect(bad.notices.length).toBe(1);
  });
});

describe('the sample strategy and PCT depth', () => {
  const decode = (search: string) => decodePythonParams(parseQuery(search));

  it('are left out at their defaults, read back when set, and a bad value falls back with a notice', () => {
    const plain = encodePythonParams(DEFAULT_PYTHON);
    expect(plain.get('sampler')).toBeNull();
    expect(plain.get('depth')).toBeNull();
    const q = encodePythonParams({ ...DEFAULT_PYTHON, sampler: 'pct', depth: 3 });
    expect(decode(q.toString()).params).toMatchObject({ sampler: 'pct', depth: 3 });
    const bad = decode('sampler=smart&depth=9');
    expect(bad.params).toMatchObject({ sampler: 'random', depth: 5 });
    expect(bad.notices).toHaveLength(2);
  });
});
