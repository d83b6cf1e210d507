// Test support: decodes the CPython fixture's values and writes answers the way record.py does.
import { PyDict } from '../dict.ts';
import { PyRaise } from '../exceptions.ts';
import { PyFloat, PyList, PyRange, PyTuple, type PyValue } from '../object.ts';
import { exceptionStr, repr } from '../repr.ts';

export type Encoded =
  | null
  | boolean
  | { int: string }
  | { float: string }
  | { str: string }
  | { list: Encoded[] }
  | { tuple: Encoded[] }
  | { dict: [Encoded, Encoded][] }
  | { range: [number, number, number] }
  | { slice: [Encoded, Encoded, Encoded] }
  | { ref: string };

/** Turns references (`{ ref: 'len' }`) and slices into values; the caller supplies how. */
export interface DecodeHooks {
  ref(name: string): PyValue;
  slice(start: PyValue, stop: PyValue, step: PyValue): PyValue;
}

const noHooks: DecodeHooks = {
  ref(name) {
    throw new Error(`no reference decoder for ${name}`);
  },
  slice() {
    throw new Error('no slice decoder');
  },
};

export function decode(e: Encoded, hooks: DecodeHooks = noHooks): PyValue {
  if (e === null || typeof e === 'boolean') return e;
  if ('int' in e) {
    const b = BigInt(e.int);
    return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  if ('float' in e) return new PyFloat(e.float === 'inf' ? Infinity : e.float === '-inf' ? -Infinity : Number(e.float));
  if ('str' in e) return e.str;
  if ('list' in e) return new PyList(e.list.map((x) => decode(x, hooks)));
  if ('tuple' in e) return new PyTuple(e.tuple.map((x) => decode(x, hooks)));
  if ('dict' in e) {
    const d = new PyDict();
    for (const [k, v] of e.dict) d.set(decode(k, hooks), decode(v, hooks));
    return d;
  }
  if ('range' in e) return new PyRange(...e.range);
  if ('slice' in e) return hooks.slice(...(e.slice.map((x) => decode(x, hooks)) as [PyValue, PyValue, PyValue]));
  return hooks.ref(e.ref);
}

/** What record.py writes for an outcome: the result's repr, or `!Type: message`. */
export function answer(run: () => PyValue): string {
  try {
    return repr(run());
  } catch (e) {
    if (e instanceof PyRaise) return `!${e.exc.type.name}: ${exceptionStr(e.exc)}`;
    throw e;
  }
}

/** The shape of fixtures/cpython.json (tests read it with `readRecorded` in their own file). */
export interface Recorded {
  readonly python: string;
  operands: Encoded[];
  answers: string[];
  binary: [number, number, number, number][];
  inplace: [number, number, number, number][];
  compare: [number, number, number, number][];
  unary: [number, number, number][];
  contains: [number, number, number][];
  hash: [number, number][];
  repr: [Encoded, string, string][];
  format: [Encoded, string, string][];
  percent: [string, Encoded, string][];
  items: [Encoded, Encoded, string][];
  calls: { fn: string; args: Encoded[]; kwargs: Record<string, Encoded>; expect: string; after?: string; listify?: boolean }[];
}
