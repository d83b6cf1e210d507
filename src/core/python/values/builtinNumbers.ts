// Numeric built-ins and the int/float/bool/str constructors: abs, round, divmod, pow, chr, ord, hex, …
// Single-threaded: pure functions.
import { arity, argOr, indexArg, intArg, noKwargs, onlyKwargs } from './args.ts';
import { Exc, raiseType } from './exceptions.ts';
import { scaledRound } from './floatFormat.ts';
import { hash } from './hash.ts';
import * as N from './numbers.ts';
import { BoolType, FloatType, IntType, PyFloat, PyTuple, StrType, type NativeFn, type PyValue } from './object.ts';
import { asInt, binaryOp, isTrue, NB } from './ops.ts';
import { repr, str, typeNameOf } from './repr.ts';

const INT_LITERAL: Record<number, RegExp> = {
  2: /^[01](?:_?[01])*$/,
  8: /^[0-7](?:_?[0-7])*$/,
  10: /^\d(?:_?\d)*$/,
  16: /^[\da-f](?:_?[\da-f])*$/i,
};

/** int(text, base) with CPython's grammar: sign, underscores between digits, 0x/0o/0b prefixes. */
function parseInt(text: string, base: number): N.Int {
  const bad = (): never => raiseType(Exc.ValueError, `invalid literal for int() with base ${base}: ${repr(text)}`);
  let s = text.trim().toLowerCase();
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1);
  let radix = base;
  const prefix = /^0([xob])_?/.exec(s);
  const prefixRadix = prefix === null ? 0 : { x: 16, o: 8, b: 2 }[prefix[1] as 'x' | 'o' | 'b'];
  if (prefix !== null && (base === 0 || base === prefixRadix)) {
    radix = prefixRadix;
    s = s.slice(prefix[0].length);
  } else if (base === 0) {
    if (/^0+(?:_?0)*$/.test(s)) return 0;
    if (s.startsWith('0')) bad();
    radix = 10;
  }
  const pattern = INT_LITERAL[radix] ?? new RegExp(`^[${'0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix)}](?:_?[${'0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix)}])*$`);
  if (!pattern.test(s)) bad();
  const digits = s.replaceAll('_', '');
  let v = 0n;
  const r = BigInt(radix);
  for (const d of digits) v = v * r + BigInt(Number.parseInt(d, radix));
  return N.normalise(negative ? -v : v);
}

const FLOAT_LITERAL = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:e[+-]?\d(?:_?\d)*)?$/i;

function parseFloat(text: string): number {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    const v = special[2]!.toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  if (!FLOAT_LITERAL.test(s)) raiseType(Exc.ValueError, `could not convert string to float: ${repr(text)}`);
  return Number(s.replaceAll('_', ''));
}

/** round() to a whole number, ties to even, on the exact value. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  return diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

function roundInt(v: N.Int, digits: number): N.Int {
  if (digits >= 0) return v;
  const unit = 10n ** BigInt(-digits);
  const b = N.big(v);
  let q = b / unit;
  let r = b % unit;
  if (r < 0n) {
    q -= 1n;
    r += unit;
  }
  if (r * 2n > unit || (r * 2n === unit && (q & 1n) === 1n)) q += 1n;
  return N.normalise(q * unit);
}

function roundFloat(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0 || digits > 330) return x;
  if (digits < -330) return 0 * x;
  const q = scaledRound(x, digits);
  const text = `${q}e${-digits}`;
  const r = Number(text);
  return x < 0 ? -r : r;
}

function radixText(v: PyValue, radix: number, prefix: string): string {
  const i = asInt(v);
  if (i === undefined) raiseType(Exc.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const negative = i < 0;
  return `${negative ? '-' : ''}${prefix}${(negative ? N.negInt(i) : i).toString(radix)}`;
}

export const numberBuiltins: Record<string, NativeFn> = {
  abs(_ctx, args) {
    arity('abs', args, 1);
    const v = args[0]!;
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
    const i = asInt(v);
    if (i === undefined) raiseType(Exc.TypeError, `bad operand type for abs(): '${typeNameOf(v)}'`);
    return N.absInt(i);
  },
  round(_ctx, args, kwargs) {
    onlyKwargs('round', kwargs, ['number', 'ndigits']);
    const v = argOr(args, 0, kwargs, 'number', null);
    const nd = argOr(args, 1, kwargs, 'ndigits', null);
    if (v instanceof PyFloat) {
      if (nd === null) return N.floatToInt(roundHalfEven(v.value));
      return new PyFloat(roundFloat(v.value, indexArg(nd)));
    }
    const i = asInt(v);
    if (i === undefined) raiseType(Exc.TypeError, `type ${typeNameOf(v)} doesn't define __round__ method`);
    return nd === null ? i : roundInt(i, indexArg(nd));
  },
  divmod(_ctx, args) {
    arity('divmod', args, 2);
    const [a, b] = [args[0]!, args[1]!];
    return new PyTuple([binaryOp(NB.FLOOR_DIVIDE, a, b), binaryOp(NB.REMAINDER, a, b)]);
  },
  pow(_ctx, args, kwargs) {
    onlyKwargs('pow', kwargs, ['base', 'exp', 'mod']);
    const base = argOr(args, 0, kwargs, 'base', null);
    const exp = argOr(args, 1, kwargs, 'exp', null);
    const mod = argOr(args, 2, kwargs, 'mod', null);
    if (mod === null) return binaryOp(NB.POWER, base, exp);
    const [b, e, m] = [asInt(base), asInt(exp), asInt(mod)];
    if (b === undefined || e === undefined || m === undefined) {
      raiseType(Exc.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    }
    if (m === 0) raiseType(Exc.ValueError, 'pow() 3rd argument cannot be 0');
    if (e < 0) raiseType(Exc.ValueError, 'base is not invertible for the given modulus');
    let result = 1n;
    let sq = ((N.big(b) % N.big(m)) + N.big(m)) % N.big(m);
    for (let k = N.big(e); k > 0n; k >>= 1n) {
      if ((k & 1n) === 1n) result = (result * sq) % N.big(m);
      sq = (sq * sq) % N.big(m);
    }
    return N.modInt(N.normalise(result), m);
  },
  hash(_ctx, args) {
    arity('hash', args, 1);
    return hash(args[0]!);
  },
  chr(_ctx, args) {
    arity('chr', args, 1);
    const i = intArg(args[0]!);
    if (i < 0 || i > 0x10ffff) raiseType(Exc.ValueError, 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(Number(i));
  },
  ord(_ctx, args) {
    arity('ord', args, 1);
    const s = args[0]!;
    if (typeof s !== 'string') raiseType(Exc.TypeError, `ord() expected string of length 1, but ${typeNameOf(s)} found`);
    const chars = [...s];
    if (chars.length !== 1) raiseType(Exc.TypeError, `ord() expected a character, but string of length ${chars.length} found`);
    return s.codePointAt(0)!;
  },
  hex: (_ctx, args) => radixText(args[0] ?? null, 16, '0x'),
  oct: (_ctx, args) => radixText(args[0] ?? null, 8, '0o'),
  bin: (_ctx, args) => radixText(args[0] ?? null, 2, '0b'),
};


IntType.construct = (_ctx, args, kwargs) => {
  onlyKwargs('int', kwargs, ['base']);
  arity('int', args, 0, 2);
  const v = args[0] ?? 0;
  const baseArg = argOr(args, 1, kwargs, 'base', null);
  if (baseArg !== null) {
    if (typeof v !== 'string') raiseType(Exc.TypeError, "int() can't convert non-string with explicit base");
    const base = indexArg(baseArg);
    if (base !== 0 && (base < 2 || base > 36)) raiseType(Exc.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    return parseInt(v, base);
  }
  if (typeof v === 'string') return parseInt(v, 10);
  if (v instanceof PyFloat) return N.floatToInt(v.value);
  const i = asInt(v);
  if (i === undefined) {
    raiseType(Exc.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(v)}'`);
  }
  return i;
};

FloatType.construct = (_ctx, args, kwargs) => {
  noKwargs('float', kwargs);
  arity('float', args, 0, 1);
  const v = args[0] ?? 0;
  if (v instanceof PyFloat) return v;
  if (typeof v === 'string') return new PyFloat(parseFloat(v));
  const i = asInt(v);
  if (i === undefined) raiseType(Exc.TypeError, `float() argument must be a string or a real number, not '${typeNameOf(v)}'`);
  return new PyFloat(N.intToFloat(i));
};

BoolType.construct = (_ctx, args, kwargs) => {
  noKwargs('bool', kwargs);
  arity('bool', args, 0, 1);
  return args.length === 0 ? false : isTrue(args[0]!);
};

StrType.construct = (_ctx, args, kwargs) => {
  noKwargs('str', kwargs);
  arity('str', args, 0, 1);
  return args.length === 0 ? '' : str(args[0]!);
};
