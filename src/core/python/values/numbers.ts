// Python int and float arithmetic: small ints as numbers, bigints past 2^53, CPython's floor and modulo rules.
// Single-threaded: pure functions over immutable values.
import { Exc, raiseType } from './exceptions.ts';
import { powFloat } from './floatMath.ts';
import { PyFloat } from './object.ts';

/** An int as the value model holds it (a bool is widened to 0/1 before it gets here). */
export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = -MAX;

/** A bigint that fits back into the safe range becomes a number again. */
export function normalise(v: bigint): Int {
  return v <= 9007199254740991n && v >= -9007199254740991n ? Number(v) : v;
}

export function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function addInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= MIN) return r;
  }
  return normalise(big(a) + big(b));
}

export function subInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= MIN) return r;
  }
  return normalise(big(a) - big(b));
}

export function mulInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // A true product within the safe range is exact; one outside rounds to outside, so the test is sound.
    const r = a * b;
    if (r <= MAX && r >= MIN) return r + 0; // + 0: -1 * 0 must not make -0
  }
  return normalise(big(a) * big(b));
}

/** Python's `%` on ints: the result has the divisor's sign. */
export function modInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raiseType(Exc.ZeroDivisionError, 'integer modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const bb = big(b);
  if (bb === 0n) raiseType(Exc.ZeroDivisionError, 'integer modulo by zero');
  let r = big(a) % bb;
  if (r !== 0n && r < 0n !== bb < 0n) r += bb;
  return normalise(r);
}

/** Python's `//` on ints: rounds toward negative infinity. */
export function floorDivInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raiseType(Exc.ZeroDivisionError, 'integer division or modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    // a - r is an exact multiple of b; rounding absorbs the one-ulp error when |a - r| passes 2^53.
    return Math.round((a - r) / b) + 0;
  }
  const bb = big(b);
  if (bb === 0n) raiseType(Exc.ZeroDivisionError, 'integer division or modulo by zero');
  const ba = big(a);
  let q = ba / bb;
  if (ba % bb !== 0n && ba < 0n !== bb < 0n) q -= 1n;
  return normalise(q);
}

/** An int as a float, raising as CPython does when it is too large. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) raiseType(Exc.OverflowError, 'int too large to convert to float');
  return f;
}

/** `/` on two ints: a float, correctly rounded for safe ints. */
export function trueDivInt(a: Int, b: Int): PyFloat {
  if (b === 0 || b === 0n) raiseType(Exc.ZeroDivisionError, 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b);
  const f = Number(a) / Number(b);
  if (Number.isFinite(f)) return new PyFloat(f);
  // Both huge: scale down by a common power of two before dividing.
  const shift = BigInt(Math.max(big(a).toString(2).length, big(b).toString(2).length) - 1000);
  const g = Number(big(a) >> shift) / Number(big(b) >> shift);
  if (!Number.isFinite(g)) raiseType(Exc.OverflowError, 'integer division result too large for a float');
  return new PyFloat(g);
}

/** `**` on two ints: an int for a non-negative exponent, else a float. */
export function powInt(a: Int, b: Int): Int | PyFloat {
  if (b < 0) {
    return new PyFloat(powFloat(intToFloat(a), intToFloat(b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    // Square-and-multiply stays exact while every intermediate stays safe.
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX || result < MIN) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result + 0;
      base *= base;
      if (base > MAX) break;
    }
  }
  if (big(b) > 100_000_000n && a !== 1 && a !== 0 && a !== -1) raiseType(Exc.MemoryError);
  return normalise(big(a) ** big(b));
}

function checkShift(b: Int): void {
  if (b < 0) raiseType(Exc.ValueError, 'negative shift count');
}

export function lshiftInt(a: Int, b: Int): Int {
  checkShift(b);
  if (typeof a === 'number' && typeof b === 'number' && b < 53) {
    const r = a * 2 ** b;
    if (r <= MAX && r >= MIN) return r;
  }
  if (a === 0) return 0;
  return normalise(big(a) << big(b));
}

export function rshiftInt(a: Int, b: Int): Int {
  checkShift(b);
  if (typeof a === 'number' && typeof b === 'number') {
    if (b > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0;
  }
  return normalise(big(a) >> big(b));
}

const I32 = 0x7fffffff;

function isInt32(v: Int): v is number {
  return typeof v === 'number' && v <= I32 && v >= -I32 - 1;
}

export function andInt(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a & b : normalise(big(a) & big(b));
}

export function orInt(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a | b : normalise(big(a) | big(b));
}

export function xorInt(a: Int, b: Int): Int {
  return isInt32(a) && isInt32(b) ? a ^ b : normalise(big(a) ^ big(b));
}

export function negInt(a: Int): Int {
  return typeof a === 'number' ? 0 - a : normalise(-a);
}

export function absInt(a: Int): Int {
  return a < 0 ? negInt(a) : a;
}

/** A finite float's integral part as an int (`int(2.5)` is 2). */
export function floatToInt(f: number): Int {
  if (Number.isNaN(f)) raiseType(Exc.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(f)) raiseType(Exc.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(f) + 0;
  return t <= MAX && t >= MIN ? t : BigInt(t);
}

/** CPython's float `%`: the result has the divisor's sign, and a zero result keeps it too. */
export function modFloat(a: number, b: number): number {
  if (b === 0) raiseType(Exc.ZeroDivisionError, 'float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** CPython's float `//` (float_divmod's quotient). */
export function floorDivFloat(a: number, b: number): number {
  if (b === 0) raiseType(Exc.ZeroDivisionError, 'float floor division by zero');
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return Object.is(a / b, -0) || a / b < 0 ? -0 : 0;
  const floor = Math.floor(div);
  return div - floor > 0.5 ? floor + 1 : floor;
}

