// A program as the worker keeps it: compiled by the lab's compiler, with its listing (every code
// object's instructions, as `dis` shows them) for the panel beside the source.
import type { CodeObject } from '../core/python/code.ts';
import { compile } from '../core/python/compile/compile.ts';
import { codeObjects, disassemble } from '../core/python/compile/dis.ts';
import type { ProgramError } from '../core/python/parse/source.ts';
import type { ListingRow } from './pythonApiTypes.ts';

/** The file name tracebacks show. */
export const PROGRAM_FILE = 'main.py';

export type Compiled = { readonly ok: true; readonly code: CodeObject; readonly listing: readonly ListingRow[] } | { readonly ok: false; readonly errors: readonly ProgramError[] };

export function compileProgram(source: string): Compiled {
  const r = compile(source, { filename: PROGRAM_FILE });
  if (!r.ok) return { ok: false, errors: r.errors };
  const listing = codeObjects(r.code).flatMap((c) =>
    disassemble(c).map((row) => ({ code: c.qualname, line: row.line, index: row.index, opname: row.opname, argrepr: row.argrepr })),
  );
  return { ok: true, code: r.code, listing };
}
