// The lazy built-ins: enumerate, zip, map, filter, reversed, and iter/next.
// Single-threaded: each iterator keeps the ctx it was made with to call back into Python.
import { arity, argOr, intArg, onlyKwargs } from './args.ts';
import { callValue } from './call.ts';
import { PyDict } from './dict.ts';
import { Exc, newException, raise, raiseType } from './exceptions.ts';
import { PyDictView, ReverseIterator, getIter, iterNext, toArray } from './iter.ts';
import { addInt, type Int } from './numbers.ts';
import { ObjectType, PyIterator, PyList, PyRange, PyTuple, PyType, type NativeCtx, type NativeFn, type PyValue } from './object.ts';
import { isTrue } from './ops.ts';
import { typeNameOf } from './repr.ts';
import { codePoints } from './strings.ts';

export const EnumerateType = new PyType('enumerate', ObjectType);
export const ZipType = new PyType('zip', ObjectType);
export const MapType = new PyType('map', ObjectType);
export const FilterType = new PyType('filter', ObjectType);
export const ReversedType = new PyType('reversed', ObjectType);

class EnumerateIterator extends PyIterator {
  private readonly source: PyIterator;
  private count: Int;
  constructor(source: PyIterator, start: Int) {
    super();
    this.source = source;
    this.count = start;
  }
  get pyType(): PyType {
    return EnumerateType;
  }
  next(ctx: NativeCtx): PyValue | undefined {
    const item = this.source.next(ctx);
    if (item === undefined) return undefined;
    const pair = new PyTuple([this.count, item]);
    this.count = addInt(this.count, 1);
    return pair;
  }
}

class ZipIterator extends PyIterator {
  private readonly sources: PyIterator[];
  constructor(sources: PyIterator[]) {
    super();
    this.sources = sources;
  }
  get pyType(): PyType {
    return ZipType;
  }
  next(ctx: NativeCtx): PyValue | undefined {
    if (this.sources.length === 0) return undefined;
    const items: PyValue[] = [];
    for (const s of this.sources) {
      const item = s.next(ctx);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return new PyTuple(items);
  }
}

class MapIterator extends PyIterator {
  private readonly fn: PyValue;
  private readonly sources: PyIterator[];
  constructor(fn: PyValue, sources: PyIterator[]) {
    super();
    this.fn = fn;
    this.sources = sources;
  }
  get pyType(): PyType {
    return MapType;
  }
  next(ctx: NativeCtx): PyValue | undefined {
    const items: PyValue[] = [];
    for (const s of this.sources) {
      const item = s.next(ctx);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return callValue(ctx, this.fn, items);
  }
}

class FilterIterator extends PyIterator {
  private readonly fn: PyValue;
  private readonly source: PyIterator;
  constructor(fn: PyValue, source: PyIterator) {
    super();
    this.fn = fn;
    this.source = source;
  }
  get pyType(): PyType {
    return FilterType;
  }
  next(ctx: NativeCtx): PyValue | undefined {
    for (let item = this.source.next(ctx); item !== undefined; item = this.source.next(ctx)) {
      if (isTrue(this.fn === null ? item : callValue(ctx, this.fn, [item]))) return item;
    }
    return undefined;
  }
}

/** reversed() over a snapshot of a tuple, str, range or dict's keys. */
class SnapshotReversed extends PyIterator {
  private readonly items: readonly PyValue[];
  private index: number;
  constructor(items: readonly PyValue[]) {
    super();
    this.items = items;
    this.index = items.length - 1;
  }
  get pyType(): PyType {
    return ReversedType;
  }
  next(): PyValue | undefined {
    return this.index >= 0 ? this.items[this.index--] : undefined;
  }
}

function reversedOf(v: PyValue, ctx: NativeCtx): PyIterator {
  if (v instanceof PyList) return new ReverseIterator(v);
  if (v instanceof PyTuple || v instanceof PyRange || v instanceof PyDict || v instanceof PyDictView) {
    return new SnapshotReversed(toArray(v, ctx));
  }
  if (typeof v === 'string') return new SnapshotReversed(Array.from(codePoints(v)));
  return raiseType(Exc.TypeError, `'${typeNameOf(v)}' object is not reversible`);
}

export const iterBuiltins: Record<string, NativeFn> = {
  enumerate(ctx, args, kwargs) {
    onlyKwargs('enumerate', kwargs, ['iterable', 'start']);
    const source = argOr(args, 0, kwargs, 'iterable', null);
    return new EnumerateIterator(getIter(source, ctx), intArg(argOr(args, 1, kwargs, 'start', 0)));
  },
  zip(ctx, args, kwargs) {
    onlyKwargs('zip', kwargs, ['strict']);
    return new ZipIterator(args.map((a) => getIter(a, ctx)));
  },
  map(ctx, args) {
    if (args.length < 2) raiseType(Exc.TypeError, 'map() must have at least two arguments.');
    return new MapIterator(args[0]!, args.slice(1).map((a) => getIter(a, ctx)));
  },
  filter(ctx, args) {
    arity('filter', args, 2);
    return new FilterIterator(args[0]!, getIter(args[1]!, ctx));
  },
  reversed(ctx, args) {
    arity('reversed', args, 1);
    return reversedOf(args[0]!, ctx);
  },
  iter(ctx, args) {
    arity('iter', args, 1);
    return getIter(args[0]!, ctx);
  },
  next(ctx, args) {
    arity('next', args, 1, 2);
    const item = iterNext(args[0]!, ctx);
    if (item !== undefined) return item;
    if (args.length === 2) return args[1]!;
    return raise(newException(Exc.StopIteration));
  },
};
