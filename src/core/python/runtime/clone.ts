// Deep copies of a machine's heap: the whole machine (undo, exploration) or one process's globals
// (a fork). Code, built-in types, natives, modules and floats are immutable and shared by identity;
// everything else reachable is copied once, so aliasing is kept. A class made by a `class`
// statement is copied too: its attributes change (`Counter.n += 1`).
// Concurrency contract: single-threaded; the source is only read.
import { NativeProperty, PyBuiltin, PyClass, PyFloat, PyModule, PyRange, PyType } from '../values/types.ts';

/** Fields that hold immutable or machine-wide things: copied by reference. */
const SHARED_FIELDS = new Set(['code', 'consts', 'builtins', 'engine', 'settings']);

/** Immutable values that need no copy. */
export function isImmutableObject(o: object): boolean {
  return (
    (o instanceof PyType && !(o instanceof PyClass)) ||
    o instanceof PyBuiltin ||
    o instanceof NativeProperty ||
    o instanceof PyModule ||
    o instanceof PyFloat ||
    o instanceof PyRange ||
    ArrayBuffer.isView(o) ||
    (o as { kind?: unknown }).kind === 'code'
  );
}

/**
 * Copies `v` and everything it reaches, except immutable objects and those `keep` says to share.
 * `memo` maps originals to copies; pass the same memo to copy several roots consistently.
 */
export function deepCopy<T>(v: T, memo: Map<object, unknown>, keep: (o: object) => boolean = () => false): T {
  if (typeof v !== 'object' || v === null) return v;
  const o = v as object;
  const seen = memo.get(o);
  if (seen !== undefined) return seen as T;
  if (isImmutableObject(o) || keep(o)) return v;
  if (Array.isArray(o)) {
    const out: unknown[] = new Array<unknown>(o.length);
    memo.set(o, out);
    for (let i = 0; i < o.length; i++) out[i] = deepCopy(o[i] as unknown, memo, keep);
    return out as T;
  }
  if (o instanceof Map) {
    const out = new Map<unknown, unknown>();
    memo.set(o, out);
    for (const [k, x] of o) out.set(deepCopy(k as unknown, memo, keep), deepCopy(x as unknown, memo, keep));
    return out as T;
  }
  if (o instanceof Set) {
    const out = new Set<unknown>();
    memo.set(o, out);
    for (const x of o) out.add(deepCopy(x as unknown, memo, keep));
    return out as T;
  }
  const out = Object.create(Object.getPrototypeOf(o) as object | null) as Record<string, unknown>;
  memo.set(o, out);
  const src = o as Record<string, unknown>;
  for (const k of Object.keys(src)) {
    const x = src[k];
    out[k] = SHARED_FIELDS.has(k) ? x : deepCopy(x, memo, keep);
  }
  return out as T;
}
