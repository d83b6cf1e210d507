// list's and tuple's methods as natives in their types' dicts, and the stable sort list.sort and sorted share.
// Single-threaded: a list method mutates `items` in place within one call.
import { arity, defineMethods, indexArg, noKwargs, onlyKwargs } from './args.ts';
import { Exc, raiseType } from './exceptions.ts';
import { toArray } from './iter.ts';
import { ListType, PyList, TupleType, type NativeCtx, type PyKwargs, type PyTuple, type PyValue } from './object.ts';
import { compareOp, isTrue, pyEquals } from './ops.ts';
import { repr } from './repr.ts';
import { callValue } from './call.ts';

function self(args: readonly PyValue[]): PyList {
  return args[0] as PyList;
}

const lt = (a: PyValue, b: PyValue): boolean => compareOp(0, a, b);

/**
 * Sorts `items` in place, stably, comparing with `<` only (as CPython does), keys computed once each
 * in order; `reverse` keeps equal items in their original order, as CPython's does.
 */
export function sortValues(ctx: NativeCtx, items: PyValue[], key: PyValue, reverse: boolean): void {
  const keys = key === null ? items : items.map((x) => callValue(ctx, key, [x]));
  const order = items.map((_, i) => i);
  const sign = reverse ? -1 : 1;
  order.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    if (lt(a, b)) return -sign;
    if (lt(b, a)) return sign;
    return 0;
  });
  const sorted = order.map((i) => items[i]!);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i]!;
}

/** The `key=` and `reverse=` keywords of sort() and sorted(). */
export function sortOptions(name: string, kwargs: PyKwargs | null): { key: PyValue; reverse: boolean } {
  onlyKwargs(name, kwargs, ['key', 'reverse']);
  return { key: kwargs?.get('key') ?? null, reverse: isTrue(kwargs?.get('reverse') ?? false) };
}

/** Position of `x` in items[start:end] by identity or ==, else -1. */
function indexIn(items: readonly PyValue[], x: PyValue, args: readonly PyValue[], from: number): number {
  const n = items.length;
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const i = indexArg(v);
    return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  };
  const end = bound(args[from + 1], n);
  for (let i = bound(args[from], 0); i < end; i++) if (items[i] === x || pyEquals(items[i]!, x)) return i;
  return -1;
}

function countIn(items: readonly PyValue[], x: PyValue): number {
  let n = 0;
  for (const item of items) if (item === x || pyEquals(item, x)) n++;
  return n;
}

defineMethods(ListType, {
  append(_ctx, args) {
    arity('append', args, 2);
    self(args).items.push(args[1]!);
    return null;
  },
  pop(_ctx, args) {
    arity('pop', args, 1, 2);
    const items = self(args).items;
    if (items.length === 0) raiseType(Exc.IndexError, 'pop from empty list');
    const i = args[1] === undefined ? items.length - 1 : indexArg(args[1]);
    const k = i < 0 ? i + items.length : i;
    if (k < 0 || k >= items.length) raiseType(Exc.IndexError, 'pop index out of range');
    return k === items.length - 1 ? items.pop()! : items.splice(k, 1)[0]!;
  },
  insert(_ctx, args) {
    arity('insert', args, 3);
    const items = self(args).items;
    const i = indexArg(args[1]!);
    const k = i < 0 ? Math.max(0, i + items.length) : Math.min(i, items.length);
    items.splice(k, 0, args[2]!);
    return null;
  },
  remove(_ctx, args) {
    arity('remove', args, 2);
    const items = self(args).items;
    const at = indexIn(items, args[1]!, [], 0);
    if (at === -1) raiseType(Exc.ValueError, 'list.remove(x): x not in list');
    items.splice(at, 1);
    return null;
  },
  extend(ctx, args) {
    arity('extend', args, 2);
    const more = toArray(args[1]!, ctx);
    const items = self(args).items;
    for (const x of more) items.push(x);
    return null;
  },
  index(_ctx, args) {
    arity('index', args, 2, 4);
    const at = indexIn(self(args).items, args[1]!, args, 2);
    if (at === -1) raiseType(Exc.ValueError, `${repr(args[1]!)} is not in list`);
    return at;
  },
  count(_ctx, args) {
    arity('count', args, 2);
    return countIn(self(args).items, args[1]!);
  },
  sort(ctx, args, kwargs) {
    if (args.length > 1) raiseType(Exc.TypeError, 'sort() takes no positional arguments');
    const { key, reverse } = sortOptions('sort', kwargs);
    sortValues(ctx, self(args).items, key, reverse);
    return null;
  },
  reverse(_ctx, args) {
    self(args).items.reverse();
    return null;
  },
  clear(_ctx, args) {
    self(args).items.length = 0;
    return null;
  },
  copy(_ctx, args) {
    return new PyList(self(args).items.slice());
  },
});

defineMethods(TupleType, {
  count(_ctx, args) {
    arity('count', args, 2);
    return countIn((args[0] as PyTuple).items, args[1]!);
  },
  index(_ctx, args, kwargs) {
    noKwargs('index', kwargs);
    arity('index', args, 2, 4);
    const at = indexIn((args[0] as PyTuple).items, args[1]!, args, 2);
    if (at === -1) raiseType(Exc.ValueError, 'tuple.index(x): x not in tuple');
    return at;
  },
});
