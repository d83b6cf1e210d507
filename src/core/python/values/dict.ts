// Python's dict: insertion-ordered, keys compared by Python's hash/eq (1, 1.0 and True are one key).
// Single-threaded: values belong to one interpreter; nothing here is shared between workers.
import { raiseType, Exc } from './exceptions.ts';
import { DictType, PyFloat, PyList, PyObject, PyRange, PyTuple, objectId, type PyType, type PyValue } from './object.ts';

/** One key/value pair; the key is the first one stored (as in CPython, `d[1.0] = x` keeps key `1`). */
export interface DictEntry {
  readonly key: PyValue;
  value: PyValue;
}

/** A JS Map key equal (SameValueZero) exactly when the Python keys are equal. */
type MapKey = unknown;

function typeLabel(v: PyObject): string {
  return v.pyType.name;
}

/** A range key by what range equality compares: length, then start and step where they matter. */
function rangeKeyText(r: PyRange): string {
  const n = r.length;
  return `r${n},${n === 0 ? '' : r.start},${n < 2 ? '' : r.step}`;
}

/** Canonical text of a tuple key, equal for Python-equal tuples (so `(1, 2.0)` and `(1, 2)` match). */
function tupleKeyText(t: PyTuple | PyRange): string {
  if (t instanceof PyRange) return rangeKeyText(t);
  let s = '(';
  for (const item of t.items) s += keyText(item) + ',';
  return s + ')';
}

function keyText(v: PyValue): string {
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'n1' : 'n0';
  if (v === null) return 'N';
  if (typeof v === 'bigint') return `n${v}`;
  if (v instanceof PyFloat) {
    const f = v.value;
    if (Number.isInteger(f)) return Number.isSafeInteger(f) ? `n${f + 0}` : `n${BigInt(f)}`;
    return Number.isNaN(f) ? `o${objectId(v)}` : `f${f}`;
  }
  if (v instanceof PyTuple || v instanceof PyRange) return tupleKeyText(v);
  checkHashable(v);
  return `o${objectId(v)}`;
}

function checkHashable(v: PyObject): void {
  if (v instanceof PyList || v instanceof PyDict) raiseType(Exc.TypeError, `unhashable type: '${typeLabel(v)}'`);
}

/** A Python `dict`. Read through the methods; `entries` is exposed for iteration and state hashing. */
export class PyDict extends PyObject {
  /** Entries in insertion order, by normalised key. */
  readonly entries = new Map<MapKey, DictEntry>();
  /** Tuple keys map to one token object each, so the single ordered Map can hold them. */
  private tupleTokens: Map<string, object> | null = null;

  get pyType(): PyType {
    return DictType;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The normalised key, or a fresh token for a tuple not seen yet when `create` is set. */
  private mapKey(k: PyValue, create: boolean): MapKey {
    if (typeof k === 'number' || typeof k === 'string') return k;
    if (typeof k === 'boolean') return k ? 1 : 0;
    if (k === null || typeof k === 'bigint') return k;
    if (k instanceof PyFloat) {
      const f = k.value;
      if (Number.isInteger(f)) return Number.isSafeInteger(f) ? f + 0 : BigInt(f);
      return Number.isNaN(f) ? k : f;
    }
    if (k instanceof PyTuple || k instanceof PyRange) {
      const text = tupleKeyText(k);
      let token = this.tupleTokens?.get(text);
      if (token === undefined && create) {
        token = {};
        (this.tupleTokens ??= new Map()).set(text, token);
      }
      return token;
    }
    checkHashable(k);
    return k;
  }

  get(key: PyValue): PyValue | undefined {
    const mk = this.mapKey(key, false);
    return mk === undefined ? undefined : this.entries.get(mk)?.value;
  }

  has(key: PyValue): boolean {
    const mk = this.mapKey(key, false);
    return mk !== undefined && this.entries.has(mk);
  }

  set(key: PyValue, value: PyValue): void {
    const mk = this.mapKey(key, true);
    const entry = this.entries.get(mk);
    if (entry === undefined) this.entries.set(mk, { key, value });
    else entry.value = value;
  }

  /** Removes the key; returns the entry removed, or undefined if it was absent. */
  delete(key: PyValue): DictEntry | undefined {
    const mk = this.mapKey(key, false);
    if (mk === undefined) return undefined;
    const entry = this.entries.get(mk);
    if (entry === undefined) return undefined;
    this.entries.delete(mk);
    if (key instanceof PyTuple || key instanceof PyRange) this.tupleTokens?.delete(tupleKeyText(key));
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.tupleTokens = null;
  }

  /** A shallow copy with the same order. */
  copy(): PyDict {
    const d = new PyDict();
    for (const e of this.entries.values()) d.set(e.key, e.value);
    return d;
  }
}

/** Raises `TypeError: unhashable type` for a value that cannot be a dict key or set member. */
export function assertHashable(v: PyValue): void {
  if (v instanceof PyObject) keyText(v);
}
