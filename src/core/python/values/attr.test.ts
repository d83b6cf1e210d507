// How library code builds native objects: methods bound from the type, properties that may block,
// instance attributes, and subscript stores and deletes.
import { describe, expect, it } from 'vitest';
import { defineMethods } from './args.ts';
import { getAttr, lookupMethod, setAttr } from './attr.ts';
import { PyRaise } from './exceptions.ts';
import { NO_CTX } from './iter.ts';
import {
  Blocked,
  NativeProperty,
  ObjectType,
  PyBoundMethod,
  PyBuiltin,
  PyInstance,
  PyList,
  PyModule,
  PySlice,
  PyType,
  type PyValue,
} from './object.ts';
import { repr } from './repr.ts';
import { delItem, getItem, setItem } from './subscript.ts';

const CounterType = new PyType('Counter', ObjectType, 'lab');
class Counter extends PyInstance {
  value = 0;
  holder: number | null = null;
  constructor() {
    super(CounterType);
  }
}
defineMethods(CounterType, {
  bump(_ctx, args) {
    (args[0] as Counter).value++;
    return null;
  },
});
CounterType.dict.set(
  'value',
  new NativeProperty(
    'value',
    (ctx, args) => {
      const c = args[0] as Counter;
      return c.holder !== null && c.holder !== ctx.thread.id ? new Blocked(null, `held by T${c.holder}`) : c.value;
    },
    (_ctx, args) => {
      (args[0] as Counter).value = args[1] as number;
      return null;
    },
  ),
);

describe('native objects', () => {
  it('bind methods from their type and find them for LOAD_ATTR without allocating', () => {
    const c = new Counter();
    const bound = getAttr(c, 'bump');
    expect(bound).toBeInstanceOf(PyBoundMethod);
    const fn = lookupMethod(c, 'bump');
    expect(fn).toBeInstanceOf(PyBuiltin);
    (fn as PyBuiltin).fn(NO_CTX, [c], null);
    expect(c.value).toBe(1);
    expect(repr(c)).toMatch(/^<lab\.Counter object at 0x[0-9a-f]+>$/);
  });

  it('run property getters and setters, which may block', () => {
    const c = new Counter();
    setAttr(c, 'value', 5);
    expect(getAttr(c, 'value')).toBe(5);
    c.holder = 2;
    const r = getAttr(c, 'value');
    expect(r).toBeInstanceOf(Blocked);
    expect((r as Blocked).reason).toBe('held by T2');
  });

  it('keep instance attributes and raise CPython messages for missing ones', () => {
    const c = new Counter();
    setAttr(c, 'name', 'T1');
    expect(getAttr(c, 'name')).toBe('T1');
    expect(() => getAttr(c, 'nope')).toThrow("AttributeError: 'Counter' object has no attribute 'nope'");
    expect(() => setAttr(1, 'x', 2)).toThrow("AttributeError: 'int' object has no attribute 'x'");
    const m = new PyModule('threading');
    expect(() => getAttr(m, 'Lok')).toThrow("AttributeError: module 'threading' has no attribute 'Lok'");
  });

  it('bind str methods to the string', () => {
    const upper = getAttr('abc', 'upper') as PyBoundMethod;
    expect((upper.fn as PyBuiltin).fn(NO_CTX, [upper.self], null)).toBe('ABC');
    expect(() => getAttr(new PyList(), 'x')).toThrow(PyRaise);
    expect(() => getAttr(new PyList(), 'x')).toThrow("AttributeError: 'list' object has no attribute 'x'");
  });
});

describe('subscript stores and deletes', () => {
  const list = (...xs: number[]) => new PyList(xs);

  it('assign to indexes and slices, growing or shrinking the list', () => {
    const l = list(0, 1, 2, 3, 4);
    setItem(l, -1, 9);
    setItem(l, new PySlice(1, 3), list(7, 7, 7));
    expect(repr(l)).toBe('[0, 7, 7, 7, 3, 9]');
    setItem(l, new PySlice(null, null, 2), list(1, 1, 1));
    expect(repr(l)).toBe('[1, 7, 1, 7, 1, 9]');
    expect(() => setItem(l, new PySlice(null, null, 2), list(1))).toThrow(
      'ValueError: attempt to assign sequence of size 1 to extended slice of size 3',
    );
    expect(() => setItem(l, 6, 0)).toThrow('IndexError: list assignment index out of range');
    expect(() => setItem('abc', 0, 'x')).toThrow("TypeError: 'str' object does not support item assignment");
  });

  it('delete indexes and stepped slices', () => {
    const l = list(0, 1, 2, 3, 4, 5);
    delItem(l, 0);
    delItem(l, new PySlice(null, null, 2));
    expect(repr(l)).toBe('[2, 4]');
    expect(repr(getItem(l, new PySlice(null, null, -1)) as PyValue)).toBe('[4, 2]');
  });
});
