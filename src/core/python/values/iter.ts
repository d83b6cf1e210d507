// Iteration: the built-in iterators, dict views, getIter/iterNext, and whole-iterable helpers.
// Single-threaded: an iterator belongs to one interpreter; a dict iterator checks its dict's size each step.
import { PyDict, type DictEntry } from './dict.ts';
import { Exc, raiseType } from './exceptions.ts';
import {
  ObjectType,
  PyBuiltin,
  PyIterator,
  PyList,
  PyObject,
  PyRange,
  PyTuple,
  PyType,
  type NativeCtx,
  type PyValue,
} from './object.ts';
import { repr, typeNameOf } from './repr.ts';
import { codePoints } from './strings.ts';

export const ListIteratorType = new PyType('list_iterator', ObjectType);
export const ListReverseIteratorType = new PyType('list_reverseiterator', ObjectType);
export const TupleIteratorType = new PyType('tuple_iterator', ObjectType);
export const StrIteratorType = new PyType('str_ascii_iterator', ObjectType);
export const RangeIteratorType = new PyType('range_iterator', ObjectType);
export const DictKeyIteratorType = new PyType('dict_keyiterator', ObjectType);
export const DictValueIteratorType = new PyType('dict_valueiterator', ObjectType);
export const DictItemIteratorType = new PyType('dict_itemiterator', ObjectType);
export const DictKeysType = new PyType('dict_keys', ObjectType);
export const DictValuesType = new PyType('dict_values', ObjectType);
export const DictItemsType = new PyType('dict_items', ObjectType);

/** Iterates a list, tuple or str's code points by index; a list is read live, as CPython does. */
export class SeqIterator extends PyIterator {
  private readonly source: ArrayLike<PyValue> | PyList;
  private readonly type: PyType;
  index = 0;
  constructor(source: PyList | ArrayLike<PyValue>, type: PyType) {
    super();
    this.source = source;
    this.type = type;
  }
  get pyType(): PyType {
    return this.type;
  }
  next(): PyValue | undefined {
    const items = this.source instanceof PyList ? this.source.items : this.source;
    if (this.index >= items.length) return undefined;
    return items[this.index++];
  }
}

/** `reversed(list)`: walks down from the end, stopping if the list shrank below it. */
export class ReverseIterator extends PyIterator {
  private readonly list: PyList;
  index: number;
  constructor(list: PyList) {
    super();
    this.list = list;
    this.index = list.items.length - 1;
  }
  get pyType(): PyType {
    return ListReverseIteratorType;
  }
  next(): PyValue | undefined {
    if (this.index < 0 || this.index >= this.list.items.length) return undefined;
    return this.list.items[this.index--];
  }
}

export class RangeIterator extends PyIterator {
  private readonly range: PyRange;
  index = 0;
  constructor(range: PyRange) {
    super();
    this.range = range;
  }
  get pyType(): PyType {
    return RangeIteratorType;
  }
  next(): PyValue | undefined {
    return this.index < this.range.length ? this.range.at(this.index++) : undefined;
  }
}

export type DictViewKind = 'keys' | 'values' | 'items';

const viewIteratorTypes = { keys: DictKeyIteratorType, values: DictValueIteratorType, items: DictItemIteratorType };
const viewTypes = { keys: DictKeysType, values: DictValuesType, items: DictItemsType };

function viewItem(e: DictEntry, kind: DictViewKind): PyValue {
  return kind === 'keys' ? e.key : kind === 'values' ? e.value : new PyTuple([e.key, e.value]);
}

/** Iterates a dict's keys, values or items; raises if the dict changes size meanwhile. */
export class DictIterator extends PyIterator {
  private readonly dict: PyDict;
  private readonly kind: DictViewKind;
  private readonly entries: Iterator<DictEntry>;
  private readonly size: number;
  constructor(dict: PyDict, kind: DictViewKind) {
    super();
    this.dict = dict;
    this.kind = kind;
    this.entries = dict.entries.values();
    this.size = dict.size;
  }
  get pyType(): PyType {
    return viewIteratorTypes[this.kind];
  }
  next(): PyValue | undefined {
    if (this.dict.size !== this.size) raiseType(Exc.RuntimeError, 'dictionary changed size during iteration');
    const r = this.entries.next();
    return r.done === true ? undefined : viewItem(r.value, this.kind);
  }
}

/** `d.keys()`, `d.values()`, `d.items()`: live views of a dict. */
export class PyDictView extends PyObject {
  readonly dict: PyDict;
  readonly kind: DictViewKind;
  constructor(dict: PyDict, kind: DictViewKind) {
    super();
    this.dict = dict;
    this.kind = kind;
  }
  get pyType(): PyType {
    return viewTypes[this.kind];
  }
  override pyRepr(): string {
    return `${viewTypes[this.kind].name}(${repr(new PyList(this.toArray()))})`;
  }
  /** The view's items now, in order. */
  toArray(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.dict.entries.values()) out.push(viewItem(e, this.kind));
    return out;
  }
}

/** `iter(v)`: raises `TypeError: 'int' object is not iterable` for what cannot be iterated. */
export function getIter(v: PyValue, ctx: NativeCtx): PyIterator {
  if (v instanceof PyIterator) return v;
  if (v instanceof PyList) return new SeqIterator(v, ListIteratorType);
  if (v instanceof PyRange) return new RangeIterator(v);
  if (v instanceof PyTuple) return new SeqIterator(v.items, TupleIteratorType);
  if (typeof v === 'string') return new SeqIterator(codePoints(v), StrIteratorType);
  if (v instanceof PyDict) return new DictIterator(v, 'keys');
  if (v instanceof PyDictView) return new DictIterator(v.dict, v.kind);
  if (v instanceof PyObject) {
    // Library objects (a deque, a Queue's internals) opt in with an `__iter__` native in their type.
    const hook = v.pyType.dict.get('__iter__');
    if (hook instanceof PyBuiltin) {
      const it = hook.fn(ctx, [v], null);
      if (it instanceof PyIterator) return it;
      raiseType(Exc.TypeError, 'iter() returned non-iterator');
    }
  }
  return raiseType(Exc.TypeError, `'${typeNameOf(v)}' object is not iterable`);
}

/** The next item, or `undefined` when the iterator is exhausted. */
export function iterNext(it: PyValue, ctx: NativeCtx): PyValue | undefined {
  if (it instanceof PyIterator) return it.next(ctx);
  return raiseType(Exc.TypeError, `'${typeNameOf(it)}' object is not an iterator`);
}

/** Every item of an iterable, as a fresh array (fast for lists, tuples, ranges and strs). */
export function toArray(v: PyValue, ctx: NativeCtx): PyValue[] {
  if (v instanceof PyList) return v.items.slice();
  if (v instanceof PyTuple) return v.items.slice();
  if (typeof v === 'string') return Array.from(v);
  if (v instanceof PyRange) {
    const out = new Array<PyValue>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v.at(i);
    return out;
  }
  if (v instanceof PyDictView) return v.toArray();
  const it = getIter(v, ctx);
  const out: PyValue[] = [];
  for (let x = it.next(ctx); x !== undefined; x = it.next(ctx)) out.push(x);
  return out;
}

/** A context for iterating where no Python callback can be needed; one that is needed raises. */
export const NO_CTX: NativeCtx = {
  thread: { id: 0 },
  now: 0,
  write() {
    raiseType(Exc.RuntimeError, 'no output stream here');
  },
  callSync() {
    return raiseType(Exc.RuntimeError, 'cannot call back into Python here');
  },
  machine: null,
};
