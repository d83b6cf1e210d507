// Float powers rounded as C's pow rounds them: exactly for integral exponents, through 160-bit
// logarithms otherwise (V8's `**` can be one ulp off: 10 ** -2, 2.5 ** 2.5).
// Single-threaded: pure functions (one scratch DataView).
import { Exc, raiseType } from './exceptions.ts';

const view = new DataView(new ArrayBuffer(8));

/** |x| as mantissa · 2^exponent exactly, for finite non-zero x. */
export function decompose(x: number): { m: bigint; e: number } {
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: biased - 1075 };
}

/** x · 2^k without overflowing the intermediate power of two. */
function ldexp(x: number, k: number): number {
  let r = x;
  let n = k;
  for (; n > 1000; n -= 1000) r *= 2 ** 1000;
  for (; n < -1000; n += 1000) r *= 2 ** -1000;
  return r * 2 ** n;
}

/** big · 2^k correctly rounded: cut to 64 bits with a sticky bit, so Number() rounds once, correctly. */
function bigToFloat(big: bigint, k: number): number {
  const extra = big.toString(2).length - 64;
  if (extra <= 0) return ldexp(Number(big), k);
  const sticky = (big & ((1n << BigInt(extra)) - 1n)) === 0n ? 0n : 1n;
  return ldexp(Number((big >> BigInt(extra)) | sticky), k + extra);
}

/**
 * a ** n for an integral n, rounded once from the exact value as C's pow does (V8's `**` can be one
 * ulp off: 10 ** -2, 1e16 ** -2).
 */
function exactPow(a: number, n: number): number {
  const { m, e } = decompose(a);
  const power = m ** BigInt(Math.abs(n));
  const sign = a < 0 && n % 2 !== 0 ? -1 : 1;
  if (n > 0) return sign * bigToFloat(power, e * n);
  const shift = power.toString(2).length + 66;
  const scaled = 1n << BigInt(shift);
  const q = scaled / power;
  const sticky = scaled % power === 0n ? 0n : 1n;
  return sign * bigToFloat(q | sticky, e * n - shift);
}

/** Fixed-point precision of the log/exp path, in bits: far beyond the 53 a double keeps. */
const P = 160n;
const ONE = 1n << P;

/** 2·atanh(t) = ln((1 + t) / (1 - t)), t in fixed point with |t| ≤ 1/3. */
function twoAtanh(t: bigint): bigint {
  const t2 = (t * t) >> P;
  let sum = 0n;
  let power = t;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * t2) >> P;
  }
  return 2n * sum;
}

let ln2Cache: bigint | null = null;
function ln2(): bigint {
  return (ln2Cache ??= twoAtanh(ONE / 3n));
}

/** ln(a) in fixed point, for finite a > 0. */
function lnFixed(a: number): bigint {
  const { m, e } = decompose(a);
  const bits = m.toString(2).length;
  const x = m << (P - BigInt(bits - 1)); // m scaled into [1, 2)
  const t = ((x - ONE) << P) / (x + ONE);
  return twoAtanh(t) + BigInt(e + bits - 1) * ln2();
}

/** e^y for y in fixed point, as a double (0 or Infinity past the double range). */
function expFixed(y: bigint): number {
  if (y > 710n * ONE) return Infinity;
  if (y < -746n * ONE) return 0;
  const l2 = ln2();
  const k = (y + l2 / 2n) / l2 - (y < -l2 / 2n ? 1n : 0n);
  const r = y - k * l2;
  let sum = 0n;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = (term * r) / (ONE * n);
  }
  return bigToFloat(sum, Number(k) - Number(P));
}

/** |a| ** b for finite non-zero a and finite b, through exp(b · ln|a|). */
function precisePow(a: number, b: number): number {
  const { m, e } = decompose(b);
  let y = lnFixed(Math.abs(a)) * m;
  y = e >= 0 ? y << BigInt(e) : y >> BigInt(-e);
  return expFixed(b < 0 ? -y : y);
}

/** CPython's float `**`, which raises where C's pow would overflow or leave the reals. */
export function powFloat(a: number, b: number): number {
  if (a === 0 && b < 0 && Number.isFinite(b)) raiseType(Exc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) {
    raiseType(Exc.ValueError, 'complex numbers are not supported');
  }
  // C's pow, unlike JS's: 1 ** nan, nan ** 0 and (-1) ** ±inf are all 1.
  if (a === 1 || b === 0 || (a === -1 && (b === Infinity || b === -Infinity))) return 1;
  let r: number;
  if (a === 0 || !Number.isFinite(a) || !Number.isFinite(b)) r = a ** b;
  else if (Number.isInteger(b) && Math.abs(b) <= 4096) r = exactPow(a, b);
  else if (b === 0.5) r = Math.sqrt(a); // C's pow(x, 0.5) is the correctly rounded sqrt
  else r = (a < 0 && b % 2 !== 0 ? -1 : 1) * precisePow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    raiseType(Exc.OverflowError, "(34, 'Numerical result out of range')");
  }
  return r;
}
