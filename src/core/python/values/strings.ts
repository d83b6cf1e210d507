// str as Python sees it: a sequence of code points, while JS strings hold UTF-16 units.
// Single-threaded: pure functions.

const SURROGATE = /[\uD800-\uDFFF]/;

/** The str as something indexable by code point: itself when it has no surrogate pairs (the usual case). */
export function codePoints(s: string): ArrayLike<string> {
  return SURROGATE.test(s) ? Array.from(s) : s;
}

/** `len(s)` in code points. */
export function strLen(s: string): number {
  return SURROGATE.test(s) ? Array.from(s).length : s.length;
}
