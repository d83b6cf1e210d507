// The parser adapter and subset checker: CPython's tree shape, restored literals, positioned errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assign, Constant, Module } from './ast.ts';
import { parseProgram } from './parse.ts';
import { checkSubset } from './subset.ts';

function parsed(source: string): Module {
  const r = parseProgram(source);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.module;
}

function firstValue(source: string): Constant {
  return (parsed(source).body[0] as Assign).value as Constant;
}

function subsetMessages(source: string): string[] {
  const r = parseProgram(source);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return checkSubset(r.module, r.map).map((e) => e.message);
}

describe('parseProgram', () => {
  it("gives CPython's node shapes and positions", () => {
    const stmt = parsed('x += 1\n').body[0];
    expect(stmt).toMatchObject({ nodeType: 'AugAssign', lineno: 1, col_offset: 0, end_col_offset: 6 });
  });

  it('refuses a character that does not show where it stands, with CPython 3.12 words', () => {
    const refused = (source: string) => {
      const r = parseProgram(source);
      if (r.ok) throw new Error('parsed');
      expect(r.errors).toHaveLength(1);
      return r.errors[0]!;
    };
    expect(refused('x = 1\ny = 2\nzé\0 = 3\nprint(x)\n')).toMatchObject({
      line: 3, col: 3, endLine: 3, endCol: 4, from: 14, to: 15,
      message: 'line 3, column 3: syntax error: source code cannot contain null bytes',
    });
    expect(refused('x = 1\ny = 2 \u00a0\nz = 3\n').message).toBe('line 2, column 7: syntax error: invalid non-printable character U+00A0');
    expect(refused('x = 1\né = é + \u200b\n').message).toBe('line 2, column 9: syntax error: invalid non-printable character U+200B');
    // A character that shows keeps the parser's words, at its place.
    expect(refused('x = 1\ny = $\n').message).toBe("line 2, column 5: syntax error: unexpected character '$'");
  });

  it('refuses a NUL byte on the line CPython 3.12 names, in a string or a comment too', () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'refused.json');
    const { refused } = JSON.parse(readFileSync(file, 'utf8')) as { refused: { source: string; line: number; error: string }[] };
    expect(refused.length).toBeGreaterThan(10);
    for (const { source, line, error } of refused) {
      const r = parseProgram(source);
      expect(r.ok, JSON.stringify(source)).toBe(false);
      if (r.ok) continue;
      expect(error).toBe('SyntaxError: source code cannot contain null bytes');
      expect(r.errors[0]?.line, JSON.stringify(source)).toBe(line);
      expect(r.errors[0]?.message).toMatch(new RegExp(`^line ${line}, column \\d+: syntax error: source code cannot contain null bytes$`));
    }
  });

  it('tells float literals from ints, and marks bytes and ellipsis', () => {
    expect(firstValue('x = 1.0\n')).toMatchObject({ value: 1, kind: 'float' });
    expect(firstValue('x = 1e3\n').kind).toBe('float');
    expect(firstValue('x = 0xE\n').kind).toBeUndefined();
    expect(firstValue('x = 3\n').kind).toBeUndefined();
    expect(firstValue("x = b'a'\n").kind).toBe('bytes');
    expect(firstValue('x = ...\n').kind).toBe('ellipsis');
    expect(firstValue('x = "..."\n').kind).toBeUndefined();
  });

  it('reports a syntax error with its line and column', () => {
    const r = parseProgram('x = 1\nif x\n    pass\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.line).toBe(2);
    expect(r.errors[0]?.message).toMatch(/^line 2, column \d+: syntax error: /);
  });

  it('rejects invalid assignment targets', () => {
    const r = parseProgram('f() = 3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('cannot assign');
  });

  it('counts columns in characters, not UTF-8 bytes', () => {
    // py-ast points at the value of `1 = x`: byte 14, character 13 (é is two bytes).
    const r = parseProgram('s = "é"; 1 = x\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 1, col: 14, from: 13, to: 14 });
  });
});

describe('checkSubset', () => {
  it('accepts the subset', () => {
    expect(subsetMessages('import threading\nfrom queue import Queue\ndef f(a, b=1):\n    return [x for x in range(a)]\n')).toEqual([]);
  });

  it('names each unsupported construct with its line and column', () => {
    expect(subsetMessages('async def f():\n    pass\n')).toEqual(['line 1, column 1: `async def` is not supported yet']);
    expect(subsetMessages('x = 1\ny = (yield)\n')).toEqual(['line 2, column 6: `yield` is not supported yet']);
    expect(subsetMessages('import os\n')[0]).toMatch(/^line 1, column 8: module `os` is not available here/);
    expect(subsetMessages('eval("1")\n')[0]).toMatch(/^line 1, column 1: `eval` is not supported/);
    expect(subsetMessages('x: int = 1\n')).toEqual(['line 1, column 1: annotated assignments is not supported yet']);
  });
});
