// Subscripts: x[i], x[a:b:c], their stores and deletes for list, tuple, str, dict, range and library objects.
// Single-threaded: synchronous; a library object's `__getitem__`-style native may return Blocked.
import { indexArg } from './args.ts';
import { PyDict } from './dict.ts';
import { Exc, newException, raise, raiseType } from './exceptions.ts';
import { NO_CTX, toArray } from './iter.ts';
import {
  Blocked,
  PyBuiltin,
  PyList,
  PyObject,
  PyRange,
  PySlice,
  PyTuple,
  type NativeCtx,
  type PyValue,
} from './object.ts';
import { typeNameOf } from './repr.ts';
import { codePoints } from './strings.ts';

/** A slice resolved against a length, as `slice.indices(len)` gives it, plus the item count. */
export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  count: number;
}

function sliceIndex(v: PyValue): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v < 0n ? -Infinity : Infinity;
  return raiseType(Exc.TypeError, 'slice indices must be integers or None or have an __index__ method');
}

export function sliceBounds(s: PySlice, length: number): SliceBounds {
  const stepArg = sliceIndex(s.step);
  const step = stepArg ?? 1;
  if (step === 0) raiseType(Exc.ValueError, 'slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    const i = v < 0 ? v + length : v;
    return i < lower ? lower : i > upper ? upper : i;
  };
  const start = clamp(sliceIndex(s.start), step < 0 ? upper : lower);
  const stop = clamp(sliceIndex(s.stop), step < 0 ? lower : upper);
  const span = step > 0 ? stop - start : start - stop;
  const count = span <= 0 ? 0 : Math.floor((span - 1) / Math.abs(step)) + 1;
  return { start, stop, step, count };
}

function sliceItems<T>(items: ArrayLike<T>, s: PySlice): T[] {
  const b = sliceBounds(s, items.length);
  if (b.step === 1) return Array.prototype.slice.call(items, b.start, b.start + b.count) as T[];
  const out: T[] = new Array<T>(b.count);
  for (let i = 0, k = b.start; i < b.count; i++, k += b.step) out[i] = items[k]!;
  return out;
}

/** The index `key` names in a sequence of `length`, or raise IndexError/TypeError as CPython does. */
function seqIndex(key: PyValue, length: number, kind: string): number {
  if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint') {
    if (kind === 'string') raiseType(Exc.TypeError, `string indices must be integers, not '${typeNameOf(key)}'`);
    raiseType(Exc.TypeError, `${kind} indices must be integers or slices, not ${typeNameOf(key)}`);
  }
  const i = typeof key === 'number' ? key : typeof key === 'boolean' ? (key ? 1 : 0) : indexArg(key);
  const k = i < 0 ? i + length : i;
  if (k < 0 || k >= length) raiseType(Exc.IndexError, `${kind} index out of range`);
  return k;
}

function hook(container: PyObject, name: string): PyBuiltin | undefined {
  const fn = container.pyType.dict.get(name);
  return fn instanceof PyBuiltin ? fn : undefined;
}

function notSubscriptable(container: PyValue, verb: string): never {
  return raiseType(Exc.TypeError, `'${typeNameOf(container)}' object ${verb}`);
}

/** `container[key]` (key may be a PySlice). */
export function getItem(container: PyValue, key: PyValue, ctx: NativeCtx = NO_CTX): PyValue | Blocked {
  if (container instanceof PyList) {
    const items = container.items;
    if (typeof key === 'number' && key >= 0 && key < items.length) return items[key]!;
    if (key instanceof PySlice) return new PyList(sliceItems(items, key));
    return items[seqIndex(key, items.length, 'list')]!;
  }
  if (container instanceof PyDict) {
    const v = container.get(key);
    return v !== undefined ? v : raise(newException(Exc.KeyError, key));
  }
  if (container instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(sliceItems(container.items, key));
    return container.items[seqIndex(key, container.items.length, 'tuple')]!;
  }
  if (typeof container === 'string') {
    const chars = codePoints(container);
    if (key instanceof PySlice) return sliceItems(chars, key).join('');
    return chars[seqIndex(key, chars.length, 'string')]!;
  }
  if (container instanceof PyRange) {
    if (key instanceof PySlice) {
      const b = sliceBounds(key, container.length);
      return new PyRange(container.at(b.start), container.at(b.start + b.count * b.step), container.step * b.step);
    }
    return container.at(seqIndex(key, container.length, 'range object'));
  }
  if (container instanceof PyObject) {
    const fn = hook(container, '__getitem__');
    if (fn !== undefined) return fn.fn(ctx, [container, key], null);
  }
  return notSubscriptable(container, 'is not subscriptable');
}

/** `container[key] = value`; returns Blocked only when a library object's native blocks. */
export function setItem(container: PyValue, key: PyValue, value: PyValue, ctx: NativeCtx = NO_CTX): Blocked | undefined {
  if (container instanceof PyList) {
    const items = container.items;
    if (typeof key === 'number' && key >= 0 && key < items.length) items[key] = value;
    else if (key instanceof PySlice) setListSlice(container, key, value, ctx);
    else items[seqIndex(key, items.length, 'list assignment')] = value;
    return undefined;
  }
  if (container instanceof PyDict) {
    container.set(key, value);
    return undefined;
  }
  if (container instanceof PyObject) {
    const fn = hook(container, '__setitem__');
    if (fn !== undefined) {
      const r = fn.fn(ctx, [container, key, value], null);
      return r instanceof Blocked ? r : undefined;
    }
  }
  return notSubscriptable(container, 'does not support item assignment');
}

function setListSlice(list: PyList, s: PySlice, value: PyValue, ctx: NativeCtx): void {
  // Copy first: `a[:] = a` must read the old items.
  const incoming = value instanceof PyList ? value.items.slice() : toArray(value, ctx);
  const b = sliceBounds(s, list.items.length);
  if (b.step === 1) {
    list.items.splice(b.start, Math.max(0, b.stop - b.start), ...incoming);
    return;
  }
  if (incoming.length !== b.count) {
    raiseType(Exc.ValueError, `attempt to assign sequence of size ${incoming.length} to extended slice of size ${b.count}`);
  }
  for (let i = 0, k = b.start; i < b.count; i++, k += b.step) list.items[k] = incoming[i]!;
}

/** `del container[key]`. */
export function delItem(container: PyValue, key: PyValue, ctx: NativeCtx = NO_CTX): Blocked | undefined {
  if (container instanceof PyList) {
    const items = container.items;
    if (key instanceof PySlice) {
      const b = sliceBounds(key, items.length);
      const doomed = new Set<number>();
      for (let i = 0, k = b.start; i < b.count; i++, k += b.step) doomed.add(k);
      container.items = items.filter((_, i) => !doomed.has(i));
    } else {
      items.splice(seqIndex(key, items.length, 'list assignment'), 1);
    }
    return undefined;
  }
  if (container instanceof PyDict) {
    if (container.delete(key) === undefined) raise(newException(Exc.KeyError, key));
    return undefined;
  }
  if (container instanceof PyObject) {
    const fn = hook(container, '__delitem__');
    if (fn !== undefined) {
      const r = fn.fn(ctx, [container, key], null);
      return r instanceof Blocked ? r : undefined;
    }
  }
  return notSubscriptable(container, "doesn't support item deletion");
}
