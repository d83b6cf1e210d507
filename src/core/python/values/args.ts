// Argument checks shared by every native: counts, keywords, ints and indexes, with CPython's messages.
// Single-threaded: pure functions.
import { Exc, raiseType } from './exceptions.ts';
import type { Int } from './numbers.ts';
import {
  PyBuiltin,
  PyFloat,
  type NativeFn,
  type PyKwargs,
  type PyType,
  type PyValue,
} from './object.ts';
import { typeNameOf } from './repr.ts';

/** Raises unless `min ≤ args.length ≤ max`, phrased as CPython phrases it for `name`. */
export function arity(name: string, args: readonly PyValue[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) raiseType(Exc.TypeError, `${name}() takes no arguments (${n} given)`);
    if (min === 1) raiseType(Exc.TypeError, `${name}() takes exactly one argument (${n} given)`);
    raiseType(Exc.TypeError, `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raiseType(Exc.TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  raiseType(Exc.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Raises if any keyword argument was given. */
export function noKwargs(name: string, kwargs: PyKwargs | null): void {
  if (kwargs !== null && kwargs.size > 0) raiseType(Exc.TypeError, `${name}() takes no keyword arguments`);
}

/** Raises for a keyword argument not among `allowed`. */
export function onlyKwargs(name: string, kwargs: PyKwargs | null, allowed: readonly string[]): void {
  if (kwargs === null) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) raiseType(Exc.TypeError, `${name}() got an unexpected keyword argument '${k}'`);
  }
}

/** A positional argument, else a keyword one, else the default. */
export function argOr(args: readonly PyValue[], i: number, kwargs: PyKwargs | null, key: string, dflt: PyValue): PyValue {
  if (i < args.length) return args[i]!;
  return kwargs?.get(key) ?? dflt;
}

/** An int (or bool) argument, else `TypeError: 'float' object cannot be interpreted as an integer`. */
export function intArg(v: PyValue): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return raiseType(Exc.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
}

/** An int argument used as a size or index: bigints raise OverflowError as CPython's Py_ssize_t does. */
export function indexArg(v: PyValue): number {
  const i = intArg(v);
  if (typeof i === 'bigint') raiseType(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return i;
}

/** A str argument, else a TypeError naming the function and what it got. */
export function strArg(name: string, v: PyValue, what = 'argument'): string {
  if (typeof v === 'string') return v;
  return raiseType(Exc.TypeError, `${name}() ${what} must be str, not ${typeNameOf(v)}`);
}

/** A number argument as a JS number (ints converted), for natives that take floats (`time.sleep`). */
export function floatArg(name: string, v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return raiseType(Exc.TypeError, `${name}() argument must be a real number, not '${typeNameOf(v)}'`);
}

/** Puts native methods into a type's dict; each gets the instance as `args[0]`. */
export function defineMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) type.dict.set(name, new PyBuiltin(name, fn, type));
}
