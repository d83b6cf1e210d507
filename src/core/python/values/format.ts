// format(value, spec): Python's format-spec mini-language for str, int, bool, float and the rest (f-strings).
// Single-threaded: pure functions.
import { Exc, raiseType } from './exceptions.ts';
import { expDigits, fixedDigits, generalDigits, noTypeDigits } from './floatFormat.ts';
import { PyFloat, type PyValue } from './object.ts';
import { str, typeNameOf } from './repr.ts';

/** A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  /** The fill character, or null when the spec gives none (then '0' padding or a space). */
  fill: string | null;
  align: '<' | '>' | '^' | '=' | null;
  sign: '+' | '-' | ' ' | null;
  zeroNegative: boolean;
  alt: boolean;
  zeroPad: boolean;
  width: number;
  grouping: ',' | '_' | null;
  precision: number | null;
  type: string;
}

const SPEC = /^(?:(.)?([<>^=]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su;

export function parseSpec(spec: string): FormatSpec {
  const m = SPEC.exec(spec);
  if (m === null) return raiseType(Exc.ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? null,
    align: (m[2] as FormatSpec['align'] | undefined) ?? null,
    sign: (m[3] as FormatSpec['sign'] | undefined) ?? null,
    zeroNegative: m[4] !== undefined,
    alt: m[5] !== undefined,
    zeroPad: m[6] !== undefined,
    width: m[7] === undefined ? 0 : Number(m[7]),
    grouping: (m[8] as FormatSpec['grouping'] | undefined) ?? null,
    precision: m[9] === undefined ? null : Number(m[9]),
    type: m[10] ?? '',
  };
}

/** Pads `body` to the spec's width; `prefix` (sign, 0x) stays left of '=' padding. */
function pad(spec: FormatSpec, prefix: string, body: string, defaultAlign: '<' | '>'): string {
  // As CPython: a '0' flag fills with zeros unless a fill is given, and pads after the sign for numbers.
  const align = spec.align ?? (spec.zeroPad && defaultAlign === '>' ? '=' : defaultAlign);
  const fill = spec.fill ?? (spec.zeroPad ? '0' : ' ');
  const length = [...prefix].length + [...body].length;
  const gap = spec.width - length;
  if (gap <= 0) return prefix + body;
  switch (align) {
    case '<': return prefix + body + fill.repeat(gap);
    case '>': return fill.repeat(gap) + prefix + body;
    case '^': return fill.repeat(gap >> 1) + prefix + body + fill.repeat(gap - (gap >> 1));
    default: return prefix + fill.repeat(gap) + body;
  }
}

/** Inserts `sep` every three digits of the integer part (every four for b/o/x with `_`). */
function group(digits: string, sep: string, every: number): string {
  const dot = digits.search(/[.eE%]/);
  const whole = dot === -1 ? digits : digits.slice(0, dot);
  const rest = dot === -1 ? '' : digits.slice(dot);
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % every === 0) out += sep;
    out += whole[i]!;
  }
  return out + rest;
}

/** Zero padding with grouping puts separators in the padding too (`{:08,}` is `0,001,234`). */
function zeroGrouped(spec: FormatSpec, prefix: string, digits: string, every: number): string {
  const sep = spec.grouping!;
  let body = group(digits, sep, every);
  const zero = spec.zeroPad && spec.align === null && spec.fill === null;
  if (!zero) return pad(spec, prefix, body, '>');
  const want = spec.width - prefix.length;
  let whole = digits.replace(/[.eE%].*$/, '');
  const rest = digits.slice(whole.length);
  while (body.length < want) {
    whole = '0' + whole;
    body = group(whole, sep, every) + rest;
  }
  return prefix + body;
}

function signText(spec: FormatSpec, negative: boolean): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

function formatInt(v: number | bigint, spec: FormatSpec): string {
  if (spec.precision !== null) raiseType(Exc.ValueError, 'Precision not allowed in integer format specifier');
  const t = spec.type;
  if (t === 'c') {
    if (spec.sign !== null) raiseType(Exc.ValueError, "Sign not allowed with integer format specifier 'c'");
    return pad(spec, '', String.fromCodePoint(Number(v)), '<');
  }
  const negative = v < 0;
  const abs = negative ? -v : v;
  const radix = t === 'x' || t === 'X' ? 16 : t === 'o' ? 8 : t === 'b' ? 2 : 10;
  let digits = abs.toString(radix);
  if (t === 'X') digits = digits.toUpperCase();
  const base = spec.alt && radix !== 10 ? `0${t}` : '';
  const prefix = signText(spec, negative) + base;
  if (spec.grouping !== null) {
    if (spec.grouping === ',' && radix !== 10) raiseType(Exc.ValueError, `Cannot specify ',' with '${t}'.`);
    return zeroGrouped(spec, prefix, digits, radix === 10 ? 3 : 4);
  }
  return pad(spec, prefix, digits, '>');
}

function formatFloat(x: number, spec: FormatSpec): string {
  const t = spec.type;
  const p = spec.precision;
  const upper = t === 'E' || t === 'F' || t === 'G';
  let digits: string;
  switch (t) {
    case 'f': case 'F': digits = fixedDigits(x, p ?? 6, upper); break;
    case 'e': case 'E': digits = expDigits(x, p ?? 6, upper, spec.alt); break;
    case 'g': case 'G': case 'n': digits = generalDigits(x, p ?? 6, upper, spec.alt); break;
    case '%': digits = fixedDigits(x * 100, p ?? 6) + '%'; break;
    default: digits = noTypeDigits(x, p);
  }
  if (spec.alt && /^\d+$/.test(digits)) digits += '.';
  let negative = x < 0 || Object.is(x, -0);
  if (spec.zeroNegative && negative && /^[0.]*(?:[eE%].*)?$/.test(digits)) negative = false;
  const prefix = signText(spec, negative);
  if (spec.grouping !== null) return zeroGrouped(spec, prefix, digits, 3);
  return pad(spec, prefix, digits, '>');
}

function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== '' && spec.type !== 's') {
    raiseType(Exc.ValueError, `Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.sign !== null) raiseType(Exc.ValueError, 'Sign not allowed in string format specifier');
  if (spec.align === '=') raiseType(Exc.ValueError, "'=' alignment not allowed in string format specifier");
  const body = spec.precision === null ? s : [...s].slice(0, spec.precision).join('');
  return pad(spec, '', body, '<');
}

const INT_TYPES = 'bcdoxXn';
const FLOAT_TYPES = 'eEfFgG%';

/** `format(value, spec)`, as f-strings and str.format use it. */
export function format(value: PyValue, spec: string): string {
  if (spec === '') return str(value);
  if (typeof value === 'string') return formatStr(value, parseSpec(spec));
  const parsed = parseSpec(spec);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    const n = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    if (parsed.type === '' || INT_TYPES.includes(parsed.type)) return formatInt(n, parsed);
    if (FLOAT_TYPES.includes(parsed.type)) return formatFloat(Number(n), parsed);
    return raiseType(Exc.ValueError, `Unknown format code '${parsed.type}' for object of type '${typeNameOf(value)}'`);
  }
  if (value instanceof PyFloat) {
    if (parsed.type === '' || FLOAT_TYPES.includes(parsed.type) || parsed.type === 'n') {
      return formatFloat(value.value, parsed);
    }
    return raiseType(Exc.ValueError, `Unknown format code '${parsed.type}' for object of type 'float'`);
  }
  return raiseType(Exc.TypeError, `unsupported format string passed to ${typeNameOf(value)}.__format__`);
}
