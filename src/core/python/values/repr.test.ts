// repr/str, format specs and printf-style % against CPython 3.12's recorded answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format } from './format.ts';
import { PyList } from './object.ts';
import { percentFormat } from './percent.ts';
import { repr, str } from './repr.ts';
import { answer, decode, type Recorded } from './testing/fixture.ts';

const recorded = JSON.parse(readFileSync(new URL('./fixtures/cpython.json', import.meta.url), 'utf8')) as Recorded;

describe('repr and str match CPython 3.12', () => {
  it('for floats, ints, strs and nested containers', () => {
    const wrong: string[] = [];
    for (const [encoded, wantRepr, wantStr] of recorded.repr) {
      const v = decode(encoded);
      if (repr(v) !== wantRepr) wrong.push(`repr: got ${repr(v)}, want ${wantRepr}`);
      if (str(v) !== wantStr) wrong.push(`str: got ${str(v)}, want ${wantStr}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes a list that holds itself as [...]', () => {
    const l = new PyList([1]);
    l.items.push(l);
    expect(repr(l)).toBe('[1, [...]]');
  });
});

describe('format specs match CPython 3.12', () => {
  it('for ints, floats, strs and the rest', () => {
    const wrong: string[] = [];
    for (const [encoded, spec, want] of recorded.format) {
      const v = decode(encoded);
      const got = answer(() => format(v, spec));
      if (got !== want) wrong.push(`format(${repr(v)}, '${spec}'): got ${got}, want ${want}`);
    }
    expect(wrong).toEqual([]);
  });

  it('for printf-style %', () => {
    const wrong: string[] = [];
    for (const [template, encoded, want] of recorded.percent) {
      const got = answer(() => percentFormat(template, decode(encoded)));
      if (got !== want) wrong.push(`'${template}' % ${repr(decode(encoded))}: got ${got}, want ${want}`);
    }
    expect(wrong).toEqual([]);
  });
});
