// Operators against CPython 3.12's recorded answers: every operand pair of the fixture, every operator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PyList } from './object.ts';
import { binaryOp, compareOp, contains, NB_SYMBOLS, CMP_SYMBOLS, unaryOp } from './ops.ts';
import { hash } from './hash.ts';
import { repr } from './repr.ts';
import { answer, decode, type Recorded } from './testing/fixture.ts';
import { PyTuple } from './object.ts';

const recorded = JSON.parse(readFileSync(new URL('./fixtures/cpython.json', import.meta.url), 'utf8')) as Recorded;
const operand = (i: number) => decode(recorded.operands[i]!);
const text = (i: number) => repr(operand(i));
const expected = (k: number) => recorded.answers[k]!;

describe('operators match CPython 3.12', () => {
  it('binary operators', () => {
    const wrong: string[] = [];
    for (const [op, i, j, want] of recorded.binary) {
      const got = answer(() => binaryOp(op, operand(i), operand(j)));
      if (got !== expected(want)) wrong.push(`${text(i)} ${NB_SYMBOLS[op]} ${text(j)}: got ${got}, want ${expected(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('in-place operators on lists mutate the list itself', () => {
    const wrong: string[] = [];
    for (const [op, i, j, want] of recorded.inplace) {
      const a = operand(i);
      const got = answer(() => {
        const r = binaryOp(op, a, operand(j));
        return new PyTuple([r, r === a]);
      });
      if (got !== expected(want)) wrong.push(`${text(i)} ${NB_SYMBOLS[op]} ${text(j)}: got ${got}, want ${expected(want)}`);
    }
    expect(wrong).toEqual([]);
    expect(recorded.inplace.length).toBeGreaterThan(0);
    expect(operand(recorded.inplace[0]![1])).toBeInstanceOf(PyList);
  });

  it('comparisons', () => {
    const wrong: string[] = [];
    for (const [op, i, j, want] of recorded.compare) {
      const got = answer(() => compareOp(op, operand(i), operand(j)));
      if (got !== expected(want)) wrong.push(`${text(i)} ${CMP_SYMBOLS[op]} ${text(j)}: got ${got}, want ${expected(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('unary operators', () => {
    const wrong: string[] = [];
    for (const [op, i, want] of recorded.unary) {
      const got = answer(() => unaryOp(op, operand(i)));
      if (got !== expected(want)) wrong.push(`${op} ${text(i)}: got ${got}, want ${expected(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('membership', () => {
    const wrong: string[] = [];
    for (const [i, j, want] of recorded.contains) {
      const got = answer(() => contains(operand(j), operand(i)));
      if (got !== expected(want)) wrong.push(`${text(i)} in ${text(j)}: got ${got}, want ${expected(want)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('hash matches CPython 3.12', () => {
  it('for ints, floats, bools, None and tuples', () => {
    const wrong: string[] = [];
    for (const [i, want] of recorded.hash) {
      const v = operand(i);
      // A str's hash is randomised per CPython process; only its type is comparable.
      if (typeof v === 'string') continue;
      const got = answer(() => hash(v));
      if (got !== expected(want)) wrong.push(`hash(${text(i)}): got ${got}, want ${expected(want)}`);
    }
    expect(wrong).toEqual([]);
  });
});
