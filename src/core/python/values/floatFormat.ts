// Float to text with a given precision, rounded half-to-even on the exact binary value as CPython does
// (JS's toFixed rounds exact ties away from zero: 2.5 → "3" where Python writes "2").
// Single-threaded: pure functions.
import { decompose } from './floatMath.ts';
import { floatRepr } from './repr.ts';

/** round(|x| · 10^k) to an integer, half to even, exactly. */
export function scaledRound(x: number, k: number): bigint {
  const { m, e } = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

function special(x: number, upper: boolean): string | undefined {
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  if (!Number.isFinite(x)) return upper ? 'INF' : 'inf';
  return undefined;
}

/** Digits of |x| in fixed point with `p` decimals (no sign). */
export function fixedDigits(x: number, p: number, upper = false): string {
  const sp = special(x, upper);
  if (sp !== undefined) return sp;
  if (x === 0) return p > 0 ? `0.${'0'.repeat(p)}` : '0';
  const digits = scaledRound(x, p).toString().padStart(p + 1, '0');
  return p > 0 ? `${digits.slice(0, -p)}.${digits.slice(-p)}` : digits;
}

/** |x| rounded to `p + 1` significant digits: the digit string and the decimal exponent of the first. */
export function significant(x: number, p: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(p + 1), exp: 0 };
  let exp = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const q = scaledRound(x, p - exp).toString();
    if (q.length > p + 1) exp++;
    else if (q.length < p + 1) exp--;
    else return { digits: q, exp };
  }
}

/** Digits of |x| in exponent form with `p` decimals: `1.50e+03`. */
export function expDigits(x: number, p: number, upper = false, alt = false): string {
  const sp = special(x, upper);
  if (sp !== undefined) return sp;
  const { digits, exp } = significant(x, p);
  const frac = p > 0 ? `.${digits.slice(1)}` : alt ? '.' : '';
  const e = Math.abs(exp);
  return `${digits[0] ?? '0'}${frac}${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}

/**
 * Digits of |x| in 'g' form with `p` significant digits: fixed when -4 ≤ exponent < p, else exponent
 * form; trailing zeros dropped unless `alt`. `minFrac` keeps one decimal in fixed form (the '' type).
 */
export function generalDigits(x: number, p: number, upper = false, alt = false, minFrac = false): string {
  const sp = special(x, upper);
  if (sp !== undefined) return sp;
  const prec = p === 0 ? 1 : p;
  const exp = x === 0 ? 0 : significant(x, prec - 1).exp;
  // With minFrac (CPython's ADD_DOT_0) the fixed form must leave room for that one decimal.
  if (exp >= -4 && exp < (minFrac ? prec - 1 : prec)) {
    let s = fixedDigits(x, prec - 1 - exp);
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    if (minFrac && !s.includes('.')) s += '.0';
    return s;
  }
  let s = expDigits(x, prec - 1, upper, alt);
  if (!alt) s = s.replace(/\.?0+(?=[eE])/, '');
  return s;
}

/** The '' presentation type: repr without a precision, else 'g' keeping one decimal in fixed form. */
export function noTypeDigits(x: number, p: number | null): string {
  if (p === null) return floatRepr(Math.abs(x));
  return generalDigits(x, p, false, false, true);
}
