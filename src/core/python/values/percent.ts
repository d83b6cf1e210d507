// printf-style `str % args` (`"%5.2f" % x`, `"%(name)s" % d`), built on format().
// Single-threaded: pure functions.
import { PyDict } from './dict.ts';
import { Exc, raiseType } from './exceptions.ts';
import { format } from './format.ts';
import { floatToInt } from './numbers.ts';
import { PyFloat, PyList, PyRange, PyTuple, type PyValue } from './object.ts';
import { repr, str, typeNameOf } from './repr.ts';

const CONVERSION = /%(?:\(([^)]*)\))?([-+ #0]*)(\d+)?(?:\.(\d+))?([diouxXeEfFgGcrsa%])/gy;

function isNumber(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
}

function asIntegral(v: PyValue, conv: string): PyValue {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && (conv === 'd' || conv === 'i' || conv === 'u')) return floatToInt(v.value);
  const kind = conv === 'd' || conv === 'i' || conv === 'u' ? 'a real number' : 'an integer';
  return raiseType(Exc.TypeError, `%${conv} format: ${kind} is required, not ${typeNameOf(v)}`);
}

function convert(conv: string, flags: string, width: string, precision: string | undefined, v: PyValue): string {
  const align = flags.includes('-') ? '<' : '';
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const zero = flags.includes('0') && align === '' ? '0' : '';
  const alt = flags.includes('#') ? '#' : '';
  const prec = precision === undefined ? '' : `.${precision}`;
  if (conv === 's' || conv === 'r' || conv === 'a') {
    const text = conv === 's' ? str(v) : repr(v);
    return format(text, `${align || '>'}${width}${prec}`);
  }
  if (conv === 'c') {
    const ch = typeof v === 'string' ? v : String.fromCodePoint(Number(asIntegral(v, 'c')));
    return format(ch, `${align || '>'}${width}`);
  }
  if ('diuxXo'.includes(conv)) {
    const n = asIntegral(v, conv);
    const type = conv === 'i' || conv === 'u' ? 'd' : conv;
    return format(n, `${align}${sign}${alt}${zero}${width}${type}`);
  }
  if (!isNumber(v)) raiseType(Exc.TypeError, `must be real number, not ${typeNameOf(v)}`);
  const x = v instanceof PyFloat ? v : new PyFloat(Number(v));
  return format(x, `${align}${sign}${alt}${zero}${width}${prec || '.6'}${conv}`);
}

/** `template % args`. */
export function percentFormat(template: string, args: PyValue): string {
  const values = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict ? args : null;
  // CPython treats any non-tuple, non-str object with __getitem__ as a mapping: no "not all converted".
  const mappingLike = mapping !== null || args instanceof PyList || args instanceof PyRange;
  let next = 0;
  let out = '';
  let last = 0;
  for (let i = template.indexOf('%'); i !== -1; i = template.indexOf('%', last)) {
    out += template.slice(last, i);
    CONVERSION.lastIndex = i;
    const m = CONVERSION.exec(template);
    if (m === null) {
      const ch = template[i + 1];
      if (ch === undefined) raiseType(Exc.ValueError, 'incomplete format');
      raiseType(Exc.ValueError, `unsupported format character '${ch}' (0x${ch.charCodeAt(0).toString(16)}) at index ${i + 1}`);
    }
    last = CONVERSION.lastIndex;
    const [, key, flags = '', width = '', precision, conv = 's'] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    let v: PyValue;
    if (key !== undefined) {
      if (mapping === null) raiseType(Exc.TypeError, 'format requires a mapping');
      const found = mapping.get(key);
      if (found === undefined) raiseType(Exc.KeyError, key);
      v = found;
    } else {
      if (next >= values.length) raiseType(Exc.TypeError, 'not enough arguments for format string');
      v = values[next++]!;
    }
    out += convert(conv, flags, width, precision, v);
  }
  if (!mappingLike && next < values.length) {
    raiseType(Exc.TypeError, 'not all arguments converted during string formatting');
  }
  return out + template.slice(last);
}
