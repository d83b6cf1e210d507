// str's methods (split, join, strip, format, find, …) as natives in StrType's dict, with CPython's messages.
// Single-threaded: pure functions over immutable strings.
import { argOr, arity, defineMethods, indexArg, onlyKwargs } from './args.ts';
import { Exc, raiseType } from './exceptions.ts';
import { toArray } from './iter.ts';
import { PyList, PyTuple, StrType, type NativeFn, type PyValue } from './object.ts';
import { typeNameOf } from './repr.ts';
import { formatTemplate } from './strFormat.ts';

function self(args: readonly PyValue[]): string {
  return args[0] as string;
}

function strArgOf(_method: string, v: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  return raiseType(Exc.TypeError, `must be str, not ${typeNameOf(v ?? null)}`);
}

/** Python's str.isspace characters, for split() and strip() without arguments. */
const SEPARATORS = '\u001c\u001d\u001e\u001f\u0085';
const isSpace = (c: string): boolean => (/\s/u.test(c) && c !== '\ufeff') || SEPARATORS.includes(c);

/** start/end arguments as in `s.find(sub, start, end)`, clamped like a slice. */
function range(s: string, args: readonly PyValue[], from: number): [number, number] {
  const n = s.length;
  const clamp = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    const i = indexArg(v);
    return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  };
  return [clamp(args[from], 0), clamp(args[from + 1], n)];
}

function whitespaceSplit(s: string, maxsplit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  if (fromRight) {
    let i = s.length;
    while (i > 0) {
      while (i > 0 && isSpace(s[i - 1]!)) i--;
      if (i === 0) break;
      if (maxsplit >= 0 && out.length === maxsplit) {
        out.push(s.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !isSpace(s[j - 1]!)) j--;
      out.push(s.slice(j, i));
      i = j;
    }
    return out.reverse();
  }
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpace(s[i]!)) i++;
    if (i === s.length) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < s.length && !isSpace(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function sepSplit(s: string, sep: string, maxsplit: number, fromRight: boolean): string[] {
  if (sep === '') raiseType(Exc.ValueError, 'empty separator');
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length - 1 <= maxsplit) return parts;
  if (fromRight) {
    const keep = parts.length - maxsplit;
    return [parts.slice(0, keep).join(sep), ...parts.slice(keep)];
  }
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

function split(fromRight: boolean): NativeFn {
  const name = fromRight ? 'rsplit' : 'split';
  return (_ctx, args, kwargs) => {
    onlyKwargs(name, kwargs, ['sep', 'maxsplit']);
    arity(name, args, 1, 3);
    const sep = argOr(args, 1, kwargs, 'sep', null);
    const maxsplit = indexArg(argOr(args, 2, kwargs, 'maxsplit', -1));
    const s = self(args);
    const parts = sep === null ? whitespaceSplit(s, maxsplit, fromRight) : sepSplit(s, strArgOf(name, sep), maxsplit, fromRight);
    return new PyList(parts);
  };
}

function strip(mode: 'both' | 'left' | 'right'): NativeFn {
  return (_ctx, args) => {
    const s = self(args);
    const chars = args[1] ?? null;
    const drop = chars === null ? isSpace : (c: string) => strArgOf('strip', chars).includes(c);
    let i = 0;
    let j = s.length;
    if (mode !== 'right') while (i < j && drop(s[i]!)) i++;
    if (mode !== 'left') while (j > i && drop(s[j - 1]!)) j--;
    return s.slice(i, j);
  };
}

function affix(ends: boolean): NativeFn {
  const name = ends ? 'endswith' : 'startswith';
  return (_ctx, args) => {
    arity(name, args, 2, 4);
    const s = self(args);
    const [start, end] = range(s, args, 2);
    const part = s.slice(start, end);
    const test = (p: PyValue): boolean => {
      if (typeof p !== 'string') {
        raiseType(Exc.TypeError, `${name} first arg must be str or a tuple of str, not ${typeNameOf(p)}`);
      }
      return start <= end && (ends ? part.endsWith(p) : part.startsWith(p));
    };
    const arg = args[1]!;
    return arg instanceof PyTuple ? arg.items.some(test) : test(arg);
  };
}

function pad(name: string, place: (s: string, width: number, fill: string) => string): NativeFn {
  return (_ctx, args) => {
    arity(name, args, 2, 3);
    const s = self(args);
    const width = indexArg(args[1]!);
    const fill = args[2] ?? ' ';
    if (typeof fill !== 'string' || [...fill].length !== 1) {
      raiseType(Exc.TypeError, 'The fill character must be exactly one character long');
    }
    return width <= s.length ? s : place(s, width, fill);
  };
}

function search(name: string, fromRight: boolean, raises: boolean): NativeFn {
  return (_ctx, args) => {
    arity(name, args, 2, 4);
    const s = self(args);
    const sub = strArgOf(name, args[1]);
    const [start, end] = range(s, args, 2);
    let at = -1;
    if (end - start >= sub.length) {
      at = fromRight ? s.lastIndexOf(sub, end - sub.length) : s.indexOf(sub, start);
      if (at < start || at + sub.length > end) at = -1;
    }
    if (at === -1 && raises) raiseType(Exc.ValueError, 'substring not found');
    return at;
  };
}

function predicate(test: RegExp): NativeFn {
  return (_ctx, args) => {
    const s = self(args);
    return s.length > 0 && test.test(s);
  };
}

function partition(fromRight: boolean): NativeFn {
  return (_ctx, args) => {
    arity(fromRight ? 'rpartition' : 'partition', args, 2);
    const s = self(args);
    const sep = strArgOf('partition', args[1]);
    if (sep === '') raiseType(Exc.ValueError, 'empty separator');
    const at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (at === -1) return new PyTuple(fromRight ? ['', '', s] : [s, '', '']);
    return new PyTuple([s.slice(0, at), sep, s.slice(at + sep.length)]);
  };
}

// Built from a string: the information separators are control characters a regex literal may not hold.
const LINE_BREAK = new RegExp(`\\r\\n|[\\n\\r\\v\\f${SEPARATORS.slice(0, 3)}\\u0085\\u2028\\u2029]`, 'gu');

defineMethods(StrType, {
  join(ctx, args) {
    arity('join', args, 2);
    const items = toArray(args[1]!, ctx);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (typeof item !== 'string') {
        raiseType(Exc.TypeError, `sequence item ${i}: expected str instance, ${typeNameOf(item)} found`);
      }
    }
    return (items as string[]).join(self(args));
  },
  split: split(false),
  rsplit: split(true),
  splitlines(_ctx, args, kwargs) {
    const keepends = argOr(args, 1, kwargs, 'keepends', false) === true;
    const s = self(args);
    const out: string[] = [];
    let last = 0;
    for (const m of s.matchAll(LINE_BREAK)) {
      out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return new PyList(out);
  },
  strip: strip('both'),
  lstrip: strip('left'),
  rstrip: strip('right'),
  upper: (_ctx, args) => self(args).toUpperCase(),
  lower: (_ctx, args) => self(args).toLowerCase(),
  casefold: (_ctx, args) => self(args).toLowerCase(),
  swapcase: (_ctx, args) =>
    [...self(args)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  title: (_ctx, args) =>
    self(args).replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()),
  capitalize: (_ctx, args) => {
    const s = self(args);
    return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  },
  startswith: affix(false),
  endswith: affix(true),
  replace(_ctx, args) {
    arity('replace', args, 3, 4);
    const s = self(args);
    const old = strArgOf('replace', args[1]);
    const repl = strArgOf('replace', args[2]);
    let count = args[3] === undefined ? -1 : indexArg(args[3]);
    if (count < 0) count = Infinity;
    if (old === '') {
      const chars = [...s];
      let out = '';
      for (let i = 0; i <= chars.length; i++) out += (i < count ? repl : '') + (chars[i] ?? '');
      return out;
    }
    let out = '';
    let from = 0;
    for (let n = 0; n < count; n++) {
      const at = s.indexOf(old, from);
      if (at === -1) break;
      out += s.slice(from, at) + repl;
      from = at + old.length;
    }
    return out + s.slice(from);
  },
  format: (ctx, args, kwargs) => formatTemplate(ctx, self(args), args.slice(1), kwargs),
  ljust: pad('ljust', (s, w, f) => s + f.repeat(w - s.length)),
  rjust: pad('rjust', (s, w, f) => f.repeat(w - s.length) + s),
  center: pad('center', (s, w, f) => {
    const margin = w - s.length;
    const left = (margin >> 1) + (margin & w & 1);
    return f.repeat(left) + s + f.repeat(margin - left);
  }),
  zfill(_ctx, args) {
    arity('zfill', args, 2);
    const s = self(args);
    const width = indexArg(args[1]!);
    if (width <= s.length) return s;
    const signed = s.startsWith('-') || s.startsWith('+');
    const zeros = '0'.repeat(width - s.length);
    return signed ? s[0]! + zeros + s.slice(1) : zeros + s;
  },
  count(_ctx, args) {
    arity('count', args, 2, 4);
    const s = self(args);
    const sub = strArgOf('count', args[1]);
    const [start, end] = range(s, args, 2);
    if (end < start) return 0;
    const part = s.slice(start, end);
    if (sub === '') return [...part].length + 1;
    return part.split(sub).length - 1;
  },
  find: search('find', false, false),
  rfind: search('rfind', true, false),
  index: search('index', false, true),
  rindex: search('rindex', true, true),
  isdigit: predicate(/^\p{Nd}+$/u),
  isdecimal: predicate(/^\p{Nd}+$/u),
  isnumeric: predicate(/^\p{N}+$/u),
  isalpha: predicate(/^\p{L}+$/u),
  isalnum: predicate(/^[\p{L}\p{N}]+$/u),
  isspace: (_ctx, args) => {
    const s = self(args);
    return s.length > 0 && [...s].every(isSpace);
  },
  isupper: (_ctx, args) => {
    const s = self(args);
    return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
  },
  islower: (_ctx, args) => {
    const s = self(args);
    return /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
  },
  isidentifier: predicate(/^[\p{L}_][\p{L}\p{N}_]*$/u),
  partition: partition(false),
  rpartition: partition(true),
  removeprefix(_ctx, args) {
    const s = self(args);
    const p = strArgOf('removeprefix', args[1]);
    return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix(_ctx, args) {
    const s = self(args);
    const p = strArgOf('removesuffix', args[1]);
    return p !== '' && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
});
