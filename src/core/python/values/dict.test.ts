// Dict keys follow Python's hash/eq: numbers of equal value are one key, tuples compare by content.
import { describe, expect, it } from 'vitest';
import { PyDict, PyFloat, PyList, PyRaise, PyRange, PyTuple } from './types.ts';

describe('PyDict', () => {
  it('treats 1, 1.0 and True as one key and keeps the first key stored', () => {
    const d = new PyDict();
    d.set(1, 'a');
    d.set(new PyFloat(1), 'b');
    d.set(true, 'c');
    expect(d.size).toBe(1);
    const [entry] = [...d.entries.values()];
    expect(entry).toEqual({ key: 1, value: 'c' });
    expect(d.get(new PyFloat(1.5))).toBeUndefined();
  });

  it('matches integral floats past 2^53 with bigints and keeps strings apart from numbers', () => {
    const d = new PyDict();
    d.set(2n ** 60n, 'big');
    d.set('1', 's');
    expect(d.get(new PyFloat(2 ** 60))).toBe('big');
    expect(d.get(1)).toBeUndefined();
  });

  it('compares tuple keys by content and forgets a deleted tuple', () => {
    const d = new PyDict();
    d.set(new PyTuple([1, 'x']), 1);
    expect(d.get(new PyTuple([new PyFloat(1), 'x']))).toBe(1);
    expect(d.delete(new PyTuple([true, 'x']))?.value).toBe(1);
    expect(d.size).toBe(0);
    d.set(new PyTuple([1, 'x']), 2);
    expect(d.get(new PyTuple([1, 'x']))).toBe(2);
  });

  it('compares range keys as ranges compare, by the numbers they hold', () => {
    const d = new PyDict();
    d.set(new PyRange(0, 0, 1), 'empty');
    d.set(new PyRange(0, 10, 3), 'r');
    expect(d.get(new PyRange(5, 5, 2))).toBe('empty');
    expect(d.get(new PyRange(0, 11, 3))).toBe('r');
    expect(d.get(new PyRange(0, 10, 2))).toBeUndefined();
  });

  it('keeps insertion order and moves a re-inserted key to the end', () => {
    const d = new PyDict();
    for (const k of ['a', 'b', 'c']) d.set(k, 0);
    d.set('a', 1);
    d.delete('b');
    d.set('b', 2);
    expect([...d.entries.values()].map((e) => e.key)).toEqual(['a', 'c', 'b']);
  });

  it('rejects unhashable keys with CPython message', () => {
    const d = new PyDict();
    expect(() => d.set(new PyList(), 1)).toThrow(PyRaise);
    expect(() => d.set(new PyTuple([new PyList()]), 1)).toThrow("TypeError: unhashable type: 'list'");
  });
});
