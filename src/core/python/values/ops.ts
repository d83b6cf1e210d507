// The operators the eval loop calls: BINARY_OP, unary ops, COMPARE_OP, truth, `in`, with CPython 3.12's messages.
// Single-threaded: synchronous; only `in` and `list +=` over arbitrary iterables may call back through ctx.
import { PyDict } from './dict.ts';
import { Exc, raiseType } from './exceptions.ts';
import { NO_CTX, PyDictView, toArray } from './iter.ts';
import { powFloat } from './floatMath.ts';
import * as N from './numbers.ts';
import { PyBuiltin, PyFloat, PyList, PyObject, PyRange, PyTuple, type NativeCtx, type PyValue } from './object.ts';
import { typeNameOf } from './repr.ts';
import { percentFormat } from './percent.ts';

/** BINARY_OP's argument, as CPython 3.12 numbers it; 13–25 are the in-place forms in the same order. */
export const NB = {
  ADD: 0,
  AND: 1,
  FLOOR_DIVIDE: 2,
  LSHIFT: 3,
  MATRIX_MULTIPLY: 4,
  MULTIPLY: 5,
  REMAINDER: 6,
  OR: 7,
  POWER: 8,
  RSHIFT: 9,
  SUBTRACT: 10,
  TRUE_DIVIDE: 11,
  XOR: 12,
  INPLACE_ADD: 13,
} as const;

/** The operator's text for each BINARY_OP argument (`dis` shows these). */
export const NB_SYMBOLS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;

/** COMPARE_OP's comparison, in CPython's `cmp_op` order. */
export const CMP = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** The unary operations (UNARY_NEGATIVE, the `+` intrinsic, UNARY_INVERT, UNARY_NOT). */
export const UNARY = { NEGATIVE: 0, POSITIVE: 1, INVERT: 2, NOT: 3 } as const;

const MAX = Number.MAX_SAFE_INTEGER;

/** `a <op> b` for BINARY_OP's argument `op`. Two small ints take the first branch and never allocate. */
export function binaryOp(op: number, a: PyValue, b: PyValue, ctx: NativeCtx = NO_CTX): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case 0:
      case 13:
        r = a + b;
        if (r <= MAX && r >= -MAX) return r;
        break;
      case 10:
      case 23:
        r = a - b;
        if (r <= MAX && r >= -MAX) return r;
        break;
      case 4:
      case 17:
        return binarySlow(op, a, b, ctx);
    }
    return intOp(op > 12 ? op - 13 : op, a, b);
  }
  return binarySlow(op, a, b, ctx);
}

/** The int operation `op` (0–12), on ints or widened bools. */
function intOp(op: number, a: N.Int, b: N.Int): PyValue {
  switch (op) {
    case 0: return N.addInt(a, b);
    case 1: return N.andInt(a, b);
    case 2: return N.floorDivInt(a, b);
    case 3: return N.lshiftInt(a, b);
    case 5: return N.mulInt(a, b);
    case 6: return N.modInt(a, b);
    case 7: return N.orInt(a, b);
    case 8: return N.powInt(a, b);
    case 9: return N.rshiftInt(a, b);
    case 10: return N.subInt(a, b);
    case 11: return N.trueDivInt(a, b);
    case 12: return N.xorInt(a, b);
    default: return undefined as never;
  }
}

/** The float operation `op` (0–12); undefined where floats have none (bitwise ops). */
function floatOp(op: number, a: number, b: number): PyValue | undefined {
  switch (op) {
    case 0: return new PyFloat(a + b);
    case 2: return new PyFloat(N.floorDivFloat(a, b));
    case 5: return new PyFloat(a * b);
    case 6: return new PyFloat(N.modFloat(a, b));
    case 8: return new PyFloat(powFloat(a, b));
    case 10: return new PyFloat(a - b);
    case 11:
      if (b === 0) raiseType(Exc.ZeroDivisionError, 'float division by zero');
      return new PyFloat(a / b);
    default: return undefined;
  }
}

/** An int or bool as an int; undefined for anything else. */
export function asInt(v: PyValue): N.Int | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** An int, bool or float as a JS number (ints converted as CPython does); undefined otherwise. */
export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  return i === undefined ? undefined : N.intToFloat(i);
}

function binarySlow(op: number, a: PyValue, b: PyValue, ctx: NativeCtx): PyValue {
  const base = op > 12 ? op - 13 : op;
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined && base !== 4) {
    // bool & | ^ bool stays a bool.
    if (typeof a === 'boolean' && typeof b === 'boolean' && (base === 1 || base === 7 || base === 12)) {
      return base === 1 ? a && b : base === 7 ? a || b : a !== b;
    }
    return intOp(base, ia, ib);
  }
  if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
    const r = floatOp(base, asFloat(a)!, asFloat(b)!);
    if (r !== undefined) return r;
  }
  const r = sequenceOp(op, base, a, b, ia, ib, ctx);
  if (r !== undefined) return r;
  const symbol = op === 8 ? '** or pow()' : (NB_SYMBOLS[op] ?? '?');
  return raiseType(Exc.TypeError, `unsupported operand type(s) for ${symbol}: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

function repeatCount(n: N.Int): number {
  if (typeof n === 'bigint') raiseType(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n < 0 ? 0 : n;
}

function repeatArray(items: readonly PyValue[], n: N.Int): PyValue[] {
  const times = repeatCount(n);
  if (items.length * times > 1e8) raiseType(Exc.MemoryError);
  const out: PyValue[] = [];
  for (let i = 0; i < times; i++) for (const x of items) out.push(x);
  return out;
}

function repeatStr(s: string, n: N.Int): string {
  const times = repeatCount(n);
  if (s.length * times > 1e8) raiseType(Exc.MemoryError);
  return s.repeat(times);
}

function concatError(kind: string, b: PyValue): never {
  return raiseType(Exc.TypeError, `can only concatenate ${kind} (not "${typeNameOf(b)}") to ${kind}`);
}

function multiplyError(count: PyValue): never {
  return raiseType(Exc.TypeError, `can't multiply sequence by non-int of type '${typeNameOf(count)}'`);
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

/** `+`, `*`, `%` and `|` on str, list, tuple and dict; undefined when no such operation applies. */
function sequenceOp(
  op: number, base: number, a: PyValue, b: PyValue, ia: N.Int | undefined, ib: N.Int | undefined, ctx: NativeCtx,
): PyValue | undefined {
  if (base === 0) {
    if (typeof a === 'string') return typeof b === 'string' ? a + b : concatError('str', b);
    if (a instanceof PyList) {
      if (op === 13) {
        // `list += iterable` extends in place and accepts any iterable, unlike `+`.
        const more = b instanceof PyList ? b.items.slice() : toArray(b, ctx);
        for (const x of more) a.items.push(x);
        return a;
      }
      return b instanceof PyList ? new PyList(a.items.concat(b.items)) : concatError('list', b);
    }
    if (a instanceof PyTuple) return b instanceof PyTuple ? new PyTuple(a.items.concat(b.items)) : concatError('tuple', b);
    return undefined;
  }
  if (base === 5) {
    if (isSequence(a)) return ib === undefined ? multiplyError(b) : repeat(op, a, ib);
    if (isSequence(b)) return ia === undefined ? multiplyError(a) : repeat(op, b, ia);
    return undefined;
  }
  if (base === 6 && typeof a === 'string') return percentFormat(a, b);
  if (base === 8 && ia !== undefined && b instanceof PyFloat) return floatOp(8, N.intToFloat(ia), b.value);
  if (base === 7 && a instanceof PyDict && b instanceof PyDict) {
    const out = op === 20 ? a : a.copy();
    for (const e of b.entries.values()) out.set(e.key, e.value);
    return out;
  }
  return undefined;
}

function repeat(op: number, seq: PyValue, n: N.Int): PyValue {
  if (typeof seq === 'string') return repeatStr(seq, n);
  if (seq instanceof PyList) {
    const items = repeatArray(seq.items, n);
    if (op === 18) {
      seq.items = items;
      return seq;
    }
    return new PyList(items);
  }
  return new PyTuple(repeatArray((seq as PyTuple).items, n));
}

/** `-v`, `+v`, `~v` and `not v`. */
export function unaryOp(op: number, v: PyValue): PyValue {
  if (op === 3) return !isTrue(v);
  const i = asInt(v);
  if (i !== undefined) {
    if (op === 0) return N.negInt(i);
    if (op === 1) return i;
    return N.subInt(N.negInt(i), 1);
  }
  if (v instanceof PyFloat && op !== 2) return op === 0 ? new PyFloat(-v.value) : v;
  const symbol = op === 0 ? '-' : op === 1 ? '+' : '~';
  return raiseType(Exc.TypeError, `bad operand type for unary ${symbol}: '${typeNameOf(v)}'`);
}

/** Python truth: `isTrue(v)` is `bool(v)`. */
export function isTrue(v: PyValue): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  if (typeof v === 'bigint') return true;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyList) return v.items.length !== 0;
  if (v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyDict) return v.size !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  if (v instanceof PyDictView) return v.dict.size !== 0;
  return lenHookTruth(v);
}

/** A library object with a `__len__` native (a deque, a queue) is false when empty. */
function lenHookTruth(v: PyObject): boolean {
  const hook = v.pyType.dict.get('__len__');
  return !(hook instanceof PyBuiltin) || hook.fn(NO_CTX, [v], null) !== 0;
}

/** `a == b`. */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
  if (typeof a === 'string' || typeof b === 'string') return false;
  const fa = numeric(a);
  if (fa !== undefined) {
    const fb = numeric(b);
    // JS compares a bigint with a number by exact value, as Python compares int with float.
    return fb !== undefined && fa == fb;
  }
  if (a instanceof PyList) return b instanceof PyList && sequenceEquals(a.items, b.items);
  if (a instanceof PyTuple) return b instanceof PyTuple && sequenceEquals(a.items, b.items);
  if (a instanceof PyDict) return b instanceof PyDict && dictEquals(a, b);
  if (a instanceof PyRange) return b instanceof PyRange && rangeEquals(a, b);
  return false;
}

/** An int, bool or float as number or bigint (for comparison only); undefined for others. */
function numeric(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  return undefined;
}

/** Containers compare items by identity first, then equality, as CPython does. */
function itemEquals(x: PyValue, y: PyValue): boolean {
  return x === y || pyEquals(x, y);
}

function sequenceEquals(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!itemEquals(a[i]!, b[i]!)) return false;
  return true;
}

function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const e of a.entries.values()) {
    const other = b.get(e.key);
    if (other === undefined || !itemEquals(e.value, other)) return false;
  }
  return true;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  return a.start === b.start && (a.length === 1 || a.step === b.step);
}

/** `a <op> b` for COMPARE_OP (op in {@link CMP} order). Small ints compare without allocating. */
export function compareOp(op: number, a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(op, a, b);
  if (op === 2) return pyEquals(a, b);
  if (op === 3) return !pyEquals(a, b);
  return order(op, a, b);
}

function compareNumbers(op: number, a: number | bigint, b: number | bigint): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a == b;
    case 3: return a != b;
    case 4: return a > b;
    default: return a >= b;
  }
}

function compareStrings(op: number, a: string, b: string): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 4: return a > b;
    default: return a >= b;
  }
}

function order(op: number, a: PyValue, b: PyValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return compareNumbers(op, na, nb);
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(op, a, b);
  if (a instanceof PyList && b instanceof PyList) return orderSequences(op, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return orderSequences(op, a.items, b.items);
  return raiseType(
    Exc.TypeError,
    `'${CMP_SYMBOLS[op] ?? '?'}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`,
  );
}

/** Lexicographic: the first unequal pair decides, else the shorter sequence is smaller. */
function orderSequences(op: number, a: readonly PyValue[], b: readonly PyValue[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!itemEquals(a[i]!, b[i]!)) return order(op, a[i]!, b[i]!);
  }
  return compareNumbers(op, a.length, b.length);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue, ctx: NativeCtx = NO_CTX): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      raiseType(Exc.TypeError, `'in <string>' requires string as left operand, not ${typeNameOf(item)}`);
    }
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (itemEquals(x, item)) return true;
    return false;
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PyRange) return rangeContains(container, item);
  if (container instanceof PyDictView && container.kind === 'keys') return container.dict.has(item);
  if (!(container instanceof PyObject)) {
    raiseType(Exc.TypeError, `argument of type '${typeNameOf(container)}' is not iterable`);
  }
  for (const x of toArray(container, ctx)) if (itemEquals(x, item)) return true;
  return false;
}

function rangeContains(r: PyRange, item: PyValue): boolean {
  const i = asInt(item);
  if (i === undefined) {
    for (let k = 0; k < r.length; k++) if (pyEquals(r.at(k), item)) return true;
    return false;
  }
  if (typeof i === 'bigint' || r.length === 0) return false;
  const inBounds = r.step > 0 ? i >= r.start && i < r.stop : i <= r.start && i > r.stop;
  return inBounds && (i - r.start) % r.step === 0;
}
