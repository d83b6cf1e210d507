// dict's methods (get, items, pop, setdefault, update, …) as natives in DictType's dict; exceptions' `args`.
// Single-threaded: a dict method mutates the dict within one call.
import { arity, defineMethods } from './args.ts';
import { PyDict } from './dict.ts';
import { Exc, PyException, newException, raise, raiseType } from './exceptions.ts';
import { PyDictView, getIter, toArray } from './iter.ts';
import { DictType, NativeProperty, PyTuple, type NativeCtx, type PyKwargs, type PyValue } from './object.ts';
import { typeNameOf } from './repr.ts';

function self(args: readonly PyValue[]): PyDict {
  return args[0] as PyDict;
}

/** dict(x) and d.update(x): another dict's entries, or an iterable of pairs; then keyword arguments. */
export function mergeInto(ctx: NativeCtx, target: PyDict, source: PyValue | undefined, kwargs: PyKwargs | null): void {
  if (source instanceof PyDict) {
    for (const e of source.entries.values()) target.set(e.key, e.value);
  } else if (source !== undefined) {
    const it = getIter(source, ctx);
    let i = 0;
    for (let item = it.next(ctx); item !== undefined; item = it.next(ctx), i++) {
      let pair: PyValue[];
      try {
        pair = toArray(item, ctx);
      } catch {
        raiseType(Exc.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      if (pair.length !== 2) {
        raiseType(Exc.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      }
      target.set(pair[0]!, pair[1]!);
    }
  }
  if (kwargs !== null) for (const [k, v] of kwargs) target.set(k, v);
}

defineMethods(DictType, {
  get(_ctx, args) {
    arity('get', args, 2, 3);
    return self(args).get(args[1]!) ?? args[2] ?? null;
  },
  keys: (_ctx, args) => new PyDictView(self(args), 'keys'),
  values: (_ctx, args) => new PyDictView(self(args), 'values'),
  items: (_ctx, args) => new PyDictView(self(args), 'items'),
  pop(_ctx, args) {
    arity('pop', args, 2, 3);
    const removed = self(args).delete(args[1]!);
    if (removed !== undefined) return removed.value;
    if (args.length === 3) return args[2]!;
    return raise(newException(Exc.KeyError, args[1]!));
  },
  popitem(_ctx, args) {
    const d = self(args);
    let last: PyValue | undefined;
    for (const e of d.entries.values()) last = e.key;
    if (last === undefined) raise(newException(Exc.KeyError, 'popitem(): dictionary is empty'));
    const removed = d.delete(last)!;
    return new PyTuple([removed.key, removed.value]);
  },
  setdefault(_ctx, args) {
    arity('setdefault', args, 2, 3);
    const d = self(args);
    const found = d.get(args[1]!);
    if (found !== undefined) return found;
    const v = args[2] ?? null;
    d.set(args[1]!, v);
    return v;
  },
  update(ctx, args, kwargs) {
    arity('update', args, 1, 2);
    mergeInto(ctx, self(args), args[1], kwargs);
    return null;
  },
  copy: (_ctx, args) => self(args).copy(),
  clear(_ctx, args) {
    self(args).clear();
    return null;
  },
});

function exceptionArgs(v: PyValue): PyValue {
  if (!(v instanceof PyException)) return raiseType(Exc.TypeError, `descriptor 'args' for 'BaseException' objects doesn't apply to a '${typeNameOf(v)}' object`);
  return new PyTuple(v.args);
}

Exc.BaseException.dict.set('args', new NativeProperty('args', (_ctx, args) => exceptionArgs(args[0]!)));
Exc.StopIteration.dict.set(
  'value',
  new NativeProperty('value', (_ctx, args) => (args[0] instanceof PyException ? (args[0].args[0] ?? null) : null)),
);
