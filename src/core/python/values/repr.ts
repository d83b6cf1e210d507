// repr() and str() of every value, as CPython 3.12 writes them (floats, quotes, nested and recursive containers).
// Single-threaded: the recursion guard is module state, used only within one synchronous call.
import { PyDict } from './dict.ts';
import { PyException } from './exceptions.ts';
import {
  PyBoundMethod,
  PyBuiltin,
  PyFloat,
  PyList,
  PyModule,
  PyObject,
  PyRange,
  PyTuple,
  PyType,
  objectAddress,
  type PyValue,
} from './object.ts';

/**
 * CPython's float repr: the shortest digits that round-trip (JS finds the same ones), written
 * positionally when the decimal exponent is in [-4, 16), else as `1e+16` / `1.5e-05`.
 */
export function floatRepr(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'nan' : f > 0 ? 'inf' : '-inf';
  const [mantissa = '', expText = '0'] = f.toExponential().split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const e = Math.abs(exp);
    return `${sign}${digits[0] ?? ''}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}.${frac === '' ? '0' : frac}`;
}

/** A str literal as repr writes it: single quotes unless only double quotes avoid escaping. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1]!;
        i++;
      } else out += `\\u${c.toString(16)}`;
    } else out += ch;
  }
  return out + quote;
}

/** Containers being written right now, so a list that holds itself prints `[...]`. */
const inProgress = new Set<PyObject>();

function guarded(o: PyObject, ellipsis: string, write: () => string): string {
  if (inProgress.has(o)) return ellipsis;
  inProgress.add(o);
  try {
    return write();
  } finally {
    inProgress.delete(o);
  }
}

function joinRepr(items: readonly PyValue[]): string {
  let s = '';
  for (let i = 0; i < items.length; i++) s += (i === 0 ? '' : ', ') + repr(items[i]!);
  return s;
}

function exceptionRepr(e: PyException): string {
  const args = e.args;
  if (args.length === 1) return `${e.type.name}(${repr(args[0]!)})`;
  return `${e.type.name}(${joinRepr(args)})`;
}

/** `str(exc)`: the lone argument as str (a KeyError's as repr), else the args tuple. */
export function exceptionStr(e: PyException): string {
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 1) return e.type.name === 'KeyError' ? repr(args[0]!) : str(args[0]!);
  return repr(new PyTuple(args));
}

function objectRepr(o: PyObject): string {
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyList) return guarded(o, '[...]', () => `[${joinRepr(o.items)}]`);
  if (o instanceof PyTuple) {
    if (o.items.length === 1) return guarded(o, '(...)', () => `(${repr(o.items[0]!)},)`);
    return guarded(o, '(...)', () => `(${joinRepr(o.items)})`);
  }
  if (o instanceof PyDict) {
    return guarded(o, '{...}', () => {
      let s = '';
      for (const e of o.entries.values()) s += (s === '' ? '' : ', ') + repr(e.key) + ': ' + repr(e.value);
      return `{${s}}`;
    });
  }
  if (o instanceof PyRange) {
    return o.step === 1 ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  }
  if (o instanceof PyException) return exceptionRepr(o);
  if (o instanceof PyType) return `<class '${o.qualifiedName}'>`;
  if (o instanceof PyBuiltin) {
    return o.owner === null ? `<built-in function ${o.name}>` : `<method '${o.name}' of '${o.owner.name}' objects>`;
  }
  if (o instanceof PyBoundMethod) {
    const self = o.self;
    if (o.fn instanceof PyBuiltin) {
      const owner = self instanceof PyModule ? `module object` : `${typeNameOf(self)} object`;
      const at = self instanceof PyObject ? objectAddress(self) : '0x7f3a00000000';
      return `<built-in method ${o.fn.name} of ${owner} at ${at}>`;
    }
    const fnName = o.fn instanceof PyObject ? (getName(o.fn) ?? '?') : '?';
    return `<bound method ${fnName} of ${repr(self)}>`;
  }
  if (o instanceof PyModule) return `<module '${o.name}'>`;
  return o.pyRepr();
}

function getName(o: PyObject): string | undefined {
  const q = (o as { qualname?: unknown }).qualname;
  return typeof q === 'string' ? q : undefined;
}

/** The type name CPython puts in messages: `'int'`, `'NoneType'`, `'list'`. */
export function typeNameOf(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    default:
      return v === null ? 'NoneType' : v.pyType.name;
  }
}

/** `repr(v)`. */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    default:
      return v === null ? 'None' : objectRepr(v);
  }
}

/** `str(v)`: a str as itself, an exception as its message, else as repr (containers repr their items). */
export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyException) return exceptionStr(v);
  if (v instanceof PyObject && !isBuiltinReprClass(v)) return v.pyStr();
  return repr(v);
}

function isBuiltinReprClass(o: PyObject): boolean {
  return (
    o instanceof PyFloat ||
    o instanceof PyList ||
    o instanceof PyTuple ||
    o instanceof PyDict ||
    o instanceof PyRange ||
    o instanceof PyType ||
    o instanceof PyBuiltin ||
    o instanceof PyBoundMethod ||
    o instanceof PyModule
  );
}
