// Subscripts, methods and builtins against CPython 3.12's recorded answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAttr } from './attr.ts';
import { BUILTINS, STDERR } from './builtins.ts';
import { callValue } from './call.ts';
import { Exc } from './exceptions.ts';
import { toArray } from './iter.ts';
import { PyList, PySlice, PyType, type NativeCtx, type PyValue } from './object.ts';
import { repr } from './repr.ts';
import { getItem } from './subscript.ts';
import { answer, decode, type DecodeHooks, type Recorded } from './testing/fixture.ts';

const recorded = JSON.parse(readFileSync(new URL('./fixtures/cpython.json', import.meta.url), 'utf8')) as Recorded;

const hooks: DecodeHooks = {
  ref(name) {
    const [head = '', method] = name.split('.');
    const v = BUILTINS.get(head);
    if (v === undefined) throw new Error(`no builtin ${head}`);
    return method === undefined ? v : (getAttr(v, method) as PyValue);
  },
  slice: (start, stop, step) => new PySlice(start, stop, step),
};

/** A machine stand-in: collects output and calls natives directly. */
function testCtx(): NativeCtx & { out: string[] } {
  const out: string[] = [];
  const ctx: NativeCtx & { out: string[] } = {
    thread: { id: 1 },
    now: 0,
    out,
    write: (stream, text) => out.push(`${stream}:${text}`),
    callSync: (fn, args, kwargs) => callValue(ctx, fn, args, kwargs),
    machine: null,
  };
  return ctx;
}

describe('subscripts match CPython 3.12', () => {
  it('for indexes and slices of every container', () => {
    const wrong: string[] = [];
    for (const [c, k, want] of recorded.items) {
      const container = decode(c, hooks);
      const key = decode(k, hooks);
      const got = answer(() => getItem(container, key) as PyValue);
      if (got !== want) wrong.push(`${repr(container)}[${repr(key)}]: got ${got}, want ${want}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('methods and builtins match CPython 3.12', () => {
  it('for every recorded call, results and the receiver afterwards', () => {
    const wrong: string[] = [];
    for (const call of recorded.calls) {
      const ctx = testCtx();
      const args = call.args.map((a) => decode(a, hooks));
      const kwargs = new Map(Object.entries(call.kwargs).map(([k, v]) => [k, decode(v, hooks)] as const));
      const [head = '', method] = call.fn.split('.');
      const fn = method === undefined ? BUILTINS.get(head)! : (getAttr(args[0]!, method) as PyValue);
      const rest = method === undefined ? args : args.slice(1);
      const got = answer(() => {
        const r = callValue(ctx, fn, rest, kwargs.size > 0 ? kwargs : null);
        return call.listify === true ? new PyList(toArray(r, ctx)) : r;
      });
      const label = `${call.fn}(${args.map(repr).join(', ')})`;
      if (got !== call.expect) wrong.push(`${label}: got ${got}, want ${call.expect}`);
      if (call.after !== undefined && repr(args[0]!) !== call.after) {
        wrong.push(`${label} left ${repr(args[0]!)}, want ${call.after}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('print joins with sep, ends with end, and writes to the stream asked for', () => {
    const ctx = testCtx();
    const print = BUILTINS.get('print')!;
    callValue(ctx, print, [1, 'a', null]);
    callValue(ctx, print, [1, 2], new Map([['sep', '-'], ['end', '!']]));
    callValue(ctx, print, ['oops'], new Map([['file', STDERR]]));
    expect(ctx.out).toEqual(['stdout:1 a None\n', 'stdout:1-2!', 'stderr:oops\n']);
  });

  it('exposes exception types that construct instances with args', () => {
    const ctx = testCtx();
    const e = callValue(ctx, BUILTINS.get('ValueError')!, ['bad']);
    expect(repr(e)).toBe("ValueError('bad')");
    expect(repr(getAttr(e, 'args') as PyValue)).toBe("('bad',)");
    expect(BUILTINS.get('KeyError')).toBeInstanceOf(PyType);
    expect((BUILTINS.get('KeyError') as PyType).isSubtypeOf(Exc.LookupError)).toBe(true);
  });
});
