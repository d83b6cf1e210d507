// collections.deque: appends and pops at both ends, an optional maxlen, each one step (CPython's
// deque methods are atomic under the GIL, which is why the post calls it thread-safe).
// Concurrency contract: single-threaded; each method is one machine step.
import { Exc, PyTuple, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import { repr } from '../values/repr.ts';
import { arg, checkKwargs, intArg, LibObject, libType, machineOf, method, self } from './native.ts';

export class PyDeque extends LibObject {
  readonly kind = 'deque';
  readonly title = 'deque';
  items: PyValue[];
  readonly maxlen: number | null;
  constructor(items: PyValue[], maxlen: number | null) {
    super();
    this.maxlen = maxlen;
    this.items = maxlen === null ? items : items.slice(Math.max(0, items.length - maxlen));
  }
  get pyType() {
    return DequeType;
  }
  /** True while its repr is being written: a deque inside itself shows as `[...]`, as in CPython. */
  private inRepr = false;
  /** `deque([1, 2])`, `deque([1, 2], maxlen=3)`. */
  override pyRepr(): string {
    if (this.inRepr) return '[...]';
    this.inRepr = true;
    try {
      const items = `[${this.items.map(repr).join(', ')}]`;
      return this.maxlen === null ? `deque(${items})` : `deque(${items}, maxlen=${this.maxlen})`;
    } finally {
      this.inRepr = false;
    }
  }
  push(v: PyValue, left: boolean): void {
    if (this.maxlen === 0) return;
    if (left) {
      this.items.unshift(v);
      if (this.maxlen !== null && this.items.length > this.maxlen) this.items.pop();
    } else {
      this.items.push(v);
      if (this.maxlen !== null && this.items.length > this.maxlen) this.items.shift();
    }
  }
}

/** Items of an iterable argument: through the machine, so any Python iterable works. */
function itemsOf(ctx: NativeCtx, v: PyValue): PyValue[] {
  if (v === null) return [];
  if (v instanceof PyTuple) return [...v.items];
  if (typeof v === 'object' && 'items' in v && Array.isArray((v as { items: unknown }).items)) return [...(v as { items: PyValue[] }).items];
  return machineOf(ctx).engine.toArray(ctx, v);
}

function index(d: PyDeque, v: PyValue): number {
  const i = intArg(v, 'index');
  const at = i < 0 ? i + d.items.length : i;
  if (at < 0 || at >= d.items.length) raiseType(Exc.IndexError, 'deque index out of range');
  return at;
}

export const DequeType = libType('deque', 'collections', (ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) => {
  checkKwargs(kwargs, 'deque', ['iterable', 'maxlen']);
  const maxlen = arg(args, kwargs, 1, 'maxlen', null);
  if (maxlen !== null && intArg(maxlen, 'maxlen') < 0) raiseType(Exc.ValueError, 'maxlen must be non-negative');
  return machineOf(ctx).register(new PyDeque(itemsOf(ctx, arg(args, kwargs, 0, 'iterable', null)), maxlen === null ? null : intArg(maxlen, 'maxlen')));
});
method(DequeType, 'append', (_ctx, args) => {
  self(args, PyDeque, 'append').push(args[1] ?? null, false);
  return null;
});
method(DequeType, 'appendleft', (_ctx, args) => {
  self(args, PyDeque, 'appendleft').push(args[1] ?? null, true);
  return null;
});
method(DequeType, 'extend', (ctx, args) => {
  const d = self(args, PyDeque, 'extend');
  for (const v of itemsOf(ctx, args[1] ?? null)) d.push(v, false);
  return null;
});
method(DequeType, 'extendleft', (ctx, args) => {
  const d = self(args, PyDeque, 'extendleft');
  for (const v of itemsOf(ctx, args[1] ?? null)) d.push(v, true);
  return null;
});
method(DequeType, 'pop', (_ctx, args) => {
  const d = self(args, PyDeque, 'pop');
  if (d.items.length === 0) raiseType(Exc.IndexError, 'pop from an empty deque');
  return d.items.pop()!;
});
method(DequeType, 'popleft', (_ctx, args) => {
  const d = self(args, PyDeque, 'popleft');
  if (d.items.length === 0) raiseType(Exc.IndexError, 'pop from an empty deque');
  return d.items.shift()!;
});
method(DequeType, 'clear', (_ctx, args) => {
  self(args, PyDeque, 'clear').items = [];
  return null;
});
method(DequeType, 'rotate', (_ctx, args) => {
  const d = self(args, PyDeque, 'rotate');
  const n = d.items.length;
  if (n === 0) return null;
  const k = (((args.length > 1 ? intArg(args[1]!, 'n') : 1) % n) + n) % n;
  d.items = [...d.items.slice(n - k), ...d.items.slice(0, n - k)];
  return null;
});
method(DequeType, '__len__', (_ctx, args) => self(args, PyDeque, '__len__').items.length);
method(DequeType, '__getitem__', (_ctx, args) => {
  const d = self(args, PyDeque, '__getitem__');
  return d.items[index(d, args[1] ?? null)]!;
});
method(DequeType, '__setitem__', (_ctx, args) => {
  const d = self(args, PyDeque, '__setitem__');
  d.items[index(d, args[1] ?? null)] = args[2] ?? null;
  return null;
});
method(DequeType, '__iter__', (ctx, args) => machineOf(ctx).engine.iterOver(ctx, [...self(args, PyDeque, '__iter__').items]));
