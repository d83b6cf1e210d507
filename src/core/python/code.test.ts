// The opcode map: dense ids, one name each, and the compact encoding's helpers.
import { describe, expect, it } from 'vitest';
import { JUMP_OPS, OP, OP_NAMES, instructionCount, lineOf, shownLine, type CodeObject } from './code.ts';

describe('OP', () => {
  it('numbers every opname densely and names each id back', () => {
    const ids = Object.values(OP);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids)).toBe(ids.length - 1);
    for (const [name, id] of Object.entries(OP)) expect(OP_NAMES[id]).toBe(name);
  });

  it('marks the jumps', () => {
    expect(JUMP_OPS.has(OP.FOR_ITER)).toBe(true);
    expect(JUMP_OPS.has(OP.LOAD_CONST)).toBe(false);
  });
});

describe('code helpers', () => {
  it('counts instructions and reads their lines', () => {
    const code = {
      code: Int32Array.of(OP.RESUME, 0, OP.RETURN_CONST, 0),
      positions: Int32Array.of(0, 0, 0, 0, 3, 0, 3, 5),
    } as Partial<CodeObject> as CodeObject;
    expect(instructionCount(code)).toBe(2);
    expect(lineOf(code, 1)).toBe(3);
    expect(lineOf(code, 7)).toBe(-1);
  });

  it('shows an instruction without a line at the nearest line before it, else after it', () => {
    // MAKE_CELL (no line), RESUME (line 2), SWAP (no line), RETURN_CONST (line 4).
    const code = {
      firstLineNo: 2,
      code: Int32Array.of(OP.MAKE_CELL, 0, OP.RESUME, 0, OP.SWAP, 2, OP.RETURN_CONST, 0),
      positions: Int32Array.of(-1, -1, -1, -1, 2, 0, 2, 0, -1, -1, -1, -1, 4, 4, 4, 10),
    } as Partial<CodeObject> as CodeObject;
    expect([0, 1, 2, 3].map((i) => lineOf(code, i))).toEqual([-1, 2, -1, 4]);
    expect([0, 1, 2, 3].map((i) => shownLine(code, i))).toEqual([2, 2, 2, 4]);
  });
});
