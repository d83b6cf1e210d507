// multiprocessing.Value and Array: memory shared across a fork, each guarded by a recursive lock
// that the `value` getter and setter (and item reads and writes) take separately, as CPython's
// sharedctypes does. So `v.value += 1` reads under the lock, lets it go, and writes under it
// again: a race, even with the GIL, unless the caller holds `get_lock()` around both.
// Concurrency contract: single-threaded; each access is one machine step that may block.
import { Exc, PyFloat, raiseType, type Blocked, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import type { Machine } from '../runtime/machine.ts';
import { PyRLock, waitsForLock } from './locks.ts';
import { block, checkKwargs, intArg, LibObject, libFunction, libType, lockMethods, machineOf, method, property, query } from './native.ts';

const INT_BITS: Record<string, [number, boolean]> = {
  b: [8, true], B: [8, false], h: [16, true], H: [16, false], i: [32, true], I: [32, false],
  l: [64, true], L: [64, false], q: [64, true], Q: [64, false],
};

/** A value stored as the C type `typecode` stores it: ints wrap around, floats are floats. */
export function coerce(typecode: string, v: PyValue): PyValue {
  if (typecode === 'd' || typecode === 'f') {
    if (v instanceof PyFloat) return v;
    if (typeof v === 'number' || typeof v === 'boolean') return new PyFloat(Number(v));
    if (typeof v === 'bigint') return new PyFloat(Number(v));
    raiseType(Exc.TypeError, 'must be real number, not ' + (v === null ? 'NoneType' : typeof v === 'string' ? 'str' : v.pyType.name));
  }
  const bits = INT_BITS[typecode];
  if (bits === undefined) return v;
  // A C int that fits: the common case, kept off BigInt.
  if (typeof v === 'number' && bits[0] === 32 && bits[1] && v >= -2147483648 && v <= 2147483647) return v;
  let n: bigint;
  if (typeof v === 'number') n = BigInt(v);
  else if (typeof v === 'boolean') n = v ? 1n : 0n;
  else if (typeof v === 'bigint') n = v;
  else raiseType(Exc.TypeError, v instanceof PyFloat ? 'int expected instead of float' : `an integer is required`);
  const w = bits[1] ? BigInt.asIntN(bits[0], n) : BigInt.asUintN(bits[0], n);
  return w >= BigInt(Number.MIN_SAFE_INTEGER) && w <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(w) : w;
}

export class PySharedValue extends LibObject {
  readonly kind: 'value' | 'array';
  readonly typecode: string;
  items: PyValue[];
  /** Null for `lock=False` (a raw value). */
  readonly lock: PyRLock | null;
  constructor(kind: 'value' | 'array', typecode: string, items: PyValue[], lock: PyRLock | null) {
    super();
    this.kind = kind;
    this.typecode = typecode;
    this.items = items;
    this.lock = lock;
    this.shared = true;
  }
  get title(): string {
    return this.kind === 'value' ? 'Value' : 'Array';
  }
  get pyType() {
    return this.kind === 'value' ? ValueType : ArrayType;
  }
  override holder(): number | null {
    return this.lock?.holder() ?? null;
  }
  override ready(_m: Machine, t: { id: number }): boolean {
    return this.lock === null || this.lock.isFree(t.id);
  }
}

/**
 * Whether the calling thread may make one guarded access now: the lock (if any) is free or its
 * own. Blocked when another thread holds it. CPython runs Python code there (the property's
 * getter or setter), so an access is an eval-breaker point. Callers do the access themselves
 * (no closure per access: `v.value += 1` in a loop makes two of these a turn).
 */
function guard(ctx: NativeCtx, v: PySharedValue): Blocked | null {
  const m = machineOf(ctx);
  const rec = m.threads[m.running]!;
  if (v.lock !== null && !v.lock.isFree(rec.id)) return block(ctx, rec, v, waitsForLock(m, v.lock), null);
  m.breaker = true;
  return null;
}

/** `self` for Value and Array methods: a fixed class here, so the check stays a cheap one. */
function valueSelf(args: readonly PyValue[], what: string): PySharedValue {
  const s = args[0];
  if (!(s instanceof PySharedValue)) raiseType(Exc.TypeError, `descriptor '${what}' requires a different object`);
  return s;
}

function index(v: PySharedValue, i: PyValue): number {
  const n = intArg(i, 'index');
  const at = n < 0 ? n + v.items.length : n;
  if (at < 0 || at >= v.items.length) raiseType(Exc.IndexError, 'invalid index');
  return at;
}

function lockOption(m: Machine, kwargs: PyKwargs | null): PyRLock | null {
  const given = kwargs?.get('lock');
  if (given === false) return null;
  if (given instanceof PyRLock) return given;
  const lock = m.register(new PyRLock());
  lock.shared = true;
  return lock;
}

function typecodeOf(v: PyValue): string {
  if (typeof v !== 'string') raiseType(Exc.TypeError, 'typecode must be a string such as \'i\' or \'d\'');
  return v;
}

export const ValueType = libType('Synchronized', 'multiprocessing.sharedctypes', null);
export const ArrayType = libType('SynchronizedArray', 'multiprocessing.sharedctypes', null);

export const makeValue = libFunction('Value', (ctx, args, kwargs) => {
  checkKwargs(kwargs, 'Value', ['lock']);
  const m = machineOf(ctx);
  const typecode = typecodeOf(args[0] ?? null);
  const init = args.length > 1 ? args[1]! : typecode === 'd' || typecode === 'f' ? new PyFloat(0) : 0;
  return m.register(new PySharedValue('value', typecode, [coerce(typecode, init)], lockOption(m, kwargs)));
});

export const makeArray = libFunction('Array', (ctx, args, kwargs) => {
  checkKwargs(kwargs, 'Array', ['lock']);
  const m = machineOf(ctx);
  const typecode = typecodeOf(args[0] ?? null);
  const init = args[1] ?? 0;
  const zero = typecode === 'd' || typecode === 'f' ? new PyFloat(0) : 0;
  const items = typeof init === 'number' ? new Array<PyValue>(init).fill(zero) : m.engine.toArray(ctx, init).map((x) => coerce(typecode, x));
  return m.register(new PySharedValue('array', typecode, items, lockOption(m, kwargs)));
});

property(
  ValueType,
  'value',
  (ctx, args) => {
    const v = valueSelf(args, 'value');
    return guard(ctx, v) ?? v.items[0]!;
  },
  (ctx, args) => {
    const v = valueSelf(args, 'value');
    const x = coerce(v.typecode, args[1] ?? null);
    const wait = guard(ctx, v);
    if (wait === null) v.items[0] = x;
    return wait;
  },
  false,
);
for (const type of [ValueType, ArrayType]) {
  query(type, 'get_lock', (_ctx, args) => {
    const v = valueSelf(args, 'get_lock');
    if (v.lock === null) raiseType(Exc.AttributeError, `'c_int' object has no attribute 'get_lock'`);
    return v.lock;
  });
  lockMethods(type, ['acquire', 'release', '__enter__', '__exit__'], (args, name) => valueSelf(args, name).lock ?? raiseType(Exc.AttributeError, name));
}
method(ArrayType, '__len__', (_ctx, args) => valueSelf(args, '__len__').items.length);
method(ArrayType, '__getitem__', (ctx, args) => {
  const v = valueSelf(args, '__getitem__');
  const at = index(v, args[1] ?? null);
  return guard(ctx, v) ?? v.items[at]!;
});
method(ArrayType, '__setitem__', (ctx, args) => {
  const v = valueSelf(args, '__setitem__');
  const at = index(v, args[1] ?? null);
  const x = coerce(v.typecode, args[2] ?? null);
  const wait = guard(ctx, v);
  if (wait === null) v.items[at] = x;
  return wait;
});
method(ArrayType, '__iter__', (ctx, args) => machineOf(ctx).engine.iterOver(ctx, [...valueSelf(args, '__iter__').items]));

