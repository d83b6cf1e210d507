// The opcode map: dense ids, one name each, and the compact encoding's helpers.
import { describe, expect, it } from 'vitest';
import { JUMP_OPS, OP, OP_NAMES, instructionCount, lineOf, type CodeObject } from './code.ts';

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
});
