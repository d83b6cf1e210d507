// hash(): CPython's numeric hash (mod 2^61 − 1, so 1, 1.0 and True agree), its tuple hash, identity for objects.
// Single-threaded: pure functions.
import { assertHashable } from './dict.ts';
import { decompose } from './floatMath.ts';
import { normalise, type Int } from './numbers.ts';
import { PyFloat, PyRange, PyTuple, objectId, type PyValue } from './object.ts';

const MODULUS = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;

function intHash(v: bigint): bigint {
  const h = v < 0n ? -(-v % MODULUS) : v % MODULUS;
  return h === -1n ? -2n : h;
}

function floatHash(f: number): bigint {
  if (Number.isNaN(f)) return 0n; // CPython hashes a NaN by identity; callers pass the object instead
  if (!Number.isFinite(f)) return f > 0 ? 314159n : -314159n;
  if (f === 0) return 0n;
  // |f| = m · 2^e, and 2^61 ≡ 1 (mod 2^61 − 1), so 2^e reduces to 2^(e mod 61).
  const { m, e } = decompose(f);
  const shift = ((e % 61) + 61) % 61;
  let h = (m % MODULUS) * ((1n << BigInt(shift)) % MODULUS) % MODULUS;
  if (f < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** CPython's tuple hash (xxHash-based), over the items' hashes. */
function tupleHash(t: PyTuple): bigint {
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  let acc = P5;
  for (const item of t.items) {
    const lane = BigInt.asUintN(64, hashBig(item));
    acc = (acc + lane * P2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * P1) & MASK64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (P5 ^ 3527539n))) & MASK64;
  const signed = BigInt.asIntN(64, acc);
  return signed === -1n ? 1546275796n : signed;
}

/** A str hash: CPython's is randomised per process, so any stable one is faithful. */
function strHash(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & MASK64;
  const signed = BigInt.asIntN(64, h);
  return signed === -1n ? -2n : signed;
}

function hashBig(v: PyValue): bigint {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v !== -1 ? BigInt(v) : intHash(BigInt(v));
  if (typeof v === 'bigint') return intHash(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') return strHash(v);
  if (v === null) return 4238894112n; // constant since 3.12
  if (v instanceof PyFloat) return Number.isNaN(v.value) ? BigInt(objectId(v)) : floatHash(v.value);
  if (v instanceof PyTuple) return tupleHash(v);
  if (v instanceof PyRange) {
    // CPython hashes a range as the tuple (len, start, step), with None where they do not matter.
    const n = v.length;
    return tupleHash(new PyTuple([n, n === 0 ? null : v.start, n < 2 ? null : v.step]));
  }
  assertHashable(v);
  return BigInt(objectId(v));
}

/** `hash(v)`: raises TypeError for lists and dicts. */
export function hash(v: PyValue): Int {
  if (typeof v === 'number') return v === -1 ? -2 : v; // safe ints are below 2^61 − 1 already
  return normalise(hashBig(v));
}
