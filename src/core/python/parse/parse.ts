// The parser adapter: Python source to the `ast` shape in ./ast.ts, or a positioned syntax error.
// py-ast does the parsing (CPython's `ast` shape, positions, invalid targets rejected); this file
// hides it from the compiler and restores what a JS tree loses (float literals, bytes, `...`).
import { parse as pyAstParse, PyComplex } from 'py-ast';
import type { Constant, Module } from './ast.ts';
import { SourceMap, utf8Bytes, type ProgramError } from './source.ts';

export type ParseResult =
  | { readonly ok: true; readonly module: Module; readonly map: SourceMap }
  | { readonly ok: false; readonly errors: readonly ProgramError[]; readonly map: SourceMap };

interface PositionedError {
  message: string;
  lineno?: number;
  col_offset?: number;
  end_lineno?: number;
  end_col_offset?: number;
}

/** Parses a whole program (a module). */
export function parseProgram(source: string): ParseResult {
  const map = new SourceMap(source);
  // CPython refuses a NUL anywhere, in a string or a comment too, before it tokenizes; py-ast
  // reads one inside a literal or a comment as an ordinary character.
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    const { line, byteCol } = map.position(nul);
    return { ok: false, errors: [map.error(NUL_MESSAGE, line, byteCol, line, byteCol + 1)], map };
  }
  let module: Module;
  try {
    module = pyAstParse(source) as unknown as Module;
  } catch (e) {
    return { ok: false, errors: [syntaxError(e, map)], map };
  }
  fixConstants(module, map);
  return { ok: true, module, map };
}

function syntaxError(e: unknown, map: SourceMap): ProgramError {
  const err = (e ?? {}) as PositionedError;
  const raw = typeof err.message === 'string' ? err.message : String(e);
  // py-ast appends "at line L, column C" (C a 0-based UTF-8 byte column, as CPython's col_offset);
  // its tokenizer's errors carry the position only there. It goes first in our messages instead.
  const at = /\s+at line (\d+), column (\d+)\s*$/.exec(raw);
  const text = at ? raw.slice(0, at.index) : raw;
  const line = typeof err.lineno === 'number' ? err.lineno : at ? Number(at[1]) : map.lineCount;
  const col = typeof err.col_offset === 'number' ? err.col_offset : at ? Number(at[2]) : 0;
  const stray = /^Unexpected character '([\s\S]+)'$/.exec(text)?.[1];
  if (stray !== undefined && !PRINTABLE.test(stray)) {
    return map.error(strayMessage(stray), line, col, line, col + utf8Bytes(stray.codePointAt(0) ?? 0));
  }
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  return map.error(`syntax error: ${lower}`, line, col, err.end_lineno ?? line, err.end_col_offset ?? col);
}

/** A character that shows: not a control, format, separator (but the space) or unassigned one. */
const PRINTABLE = /^(?: |[^\p{C}\p{Z}])$/u;

const NUL_MESSAGE = 'syntax error: source code cannot contain null bytes';

/** CPython 3.12's words for a character that does not show. */
function strayMessage(c: string): string {
  const hex = (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `syntax error: invalid non-printable character U+${hex}`;
}

/** Marks float, bytes, ellipsis and complex literals, which py-ast's values cannot tell apart. */
function fixConstants(node: unknown, map: SourceMap): void {
  if (Array.isArray(node)) {
    for (const child of node) fixConstants(child, map);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as { nodeType?: unknown } & Record<string, unknown>;
  if (n.nodeType === 'Constant') {
    const kind = constantKind(n as unknown as Constant, map);
    if (kind !== undefined) n.kind = kind;
    return;
  }
  for (const key of Object.keys(n)) {
    const child = n[key];
    if (typeof child === 'object' && child !== null) fixConstants(child, map);
  }
}

function constantKind(c: Constant, map: SourceMap): Constant['kind'] {
  const value: unknown = c.value;
  if (value instanceof PyComplex) return 'complex';
  const text = map.source.slice(
    map.offset(c.lineno, c.col_offset),
    map.offset(c.end_lineno ?? c.lineno, c.end_col_offset ?? c.col_offset),
  );
  if (typeof value === 'number') {
    const hex = /^0[xXoObB]/.test(text);
    return !hex && /[.eE]/.test(text) ? 'float' : undefined;
  }
  if (typeof value === 'string') {
    if (text === '...') return 'ellipsis';
    if (/^[rR]?[bB]/.test(text)) return 'bytes';
  }
  return undefined;
}
