// Int arithmetic against BigInt arithmetic around the 2^53 edge, where numbers give way to bigints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addInt, floorDivInt, modInt, mulInt, normalise, powInt, subInt, type Int } from './numbers.ts';

const EDGE = 2n ** 53n;
/** Ints near 0, near ±2^53 and beyond, as the value model holds them. */
const anInt = fc
  .oneof(
    fc.bigInt({ min: -1000n, max: 1000n }),
    fc.bigInt({ min: EDGE - 1000n, max: EDGE + 1000n }),
    fc.bigInt({ min: -EDGE - 1000n, max: -EDGE + 1000n }),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  )
  .map(normalise);

/** Python's floor division and modulo on bigints, written from their definitions. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function check(got: Int, want: bigint): void {
  expect(typeof got === 'number' ? BigInt(got) : got).toBe(want);
  // Normalised: a value in the safe range is always a number, and never -0.
  if (want <= BigInt(Number.MAX_SAFE_INTEGER) && want >= -BigInt(Number.MAX_SAFE_INTEGER)) {
    expect(typeof got).toBe('number');
    expect(Object.is(got, -0)).toBe(false);
  } else {
    expect(typeof got).toBe('bigint');
  }
}

describe('int arithmetic', () => {
  it('adds, subtracts and multiplies exactly across 2^53', () => {
    fc.assert(
      fc.property(anInt, anInt, (a, b) => {
        const [x, y] = [BigInt(a), BigInt(b)];
        check(addInt(a, b), x + y);
        check(subInt(a, b), x - y);
        check(mulInt(a, b), x * y);
      }),
      { numRuns: 2000 },
    );
  });

  it('floor-divides and takes modulo with the divisor sign', () => {
    fc.assert(
      fc.property(anInt, anInt, (a, b) => {
        const [x, y] = [BigInt(a), BigInt(b)];
        fc.pre(y !== 0n);
        const q = floorDiv(x, y);
        check(floorDivInt(a, b), q);
        check(modInt(a, b), x - q * y);
      }),
      { numRuns: 2000 },
    );
  });

  it('raises to small powers exactly', () => {
    fc.assert(
      fc.property(anInt, fc.integer({ min: 0, max: 12 }), (a, e) => {
        check(powInt(a, e) as Int, BigInt(a) ** BigInt(e));
      }),
      { numRuns: 1000 },
    );
  });
});
