// The compiler's entry point: Python source to the module's CodeObject, or positioned messages
// (syntax errors, constructs outside the subset, and errors CPython's compiler reports).
import { OP, type CodeObject } from '../code.ts';
import { parseProgram } from '../parse/parse.ts';
import type { ProgramError } from '../parse/source.ts';
import { checkSubset } from '../parse/subset.ts';
import { body } from './stmt.ts';
import { buildSymbolTable } from './symtable.ts';
import { CompileFail, Compiler } from './unit.ts';

export type CompileResult =
  | { readonly ok: true; readonly code: CodeObject }
  | { readonly ok: false; readonly errors: readonly ProgramError[] };

export interface CompileOptions {
  /** The file name tracebacks show. */
  readonly filename?: string;
}

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const parsed = parseProgram(source);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { module, map } = parsed;
  const subset = checkSubset(module, map);
  if (subset.length > 0) return { ok: false, errors: subset };
  const table = buildSymbolTable(module);
  if (table.errors.length > 0) {
    return {
      ok: false,
      errors: table.errors.map((e) => map.error(`syntax error: ${e.message}`, e.node.lineno, e.node.col_offset, e.node.end_lineno, e.node.end_col_offset)),
    };
  }
  const c = new Compiler(table, options.filename ?? '<program>', source.split(/\r?\n/));
  try {
    c.enter(table.module, '<module>', 1);
    c.prologue({ line: 0, col: 0, endLine: 0, endCol: 0 });
    const first = module.body[0];
    let stmts = module.body;
    if (first?.nodeType === 'Expr' && first.value.nodeType === 'Constant' && typeof first.value.value === 'string' && first.value.kind === undefined) {
      const loc = { line: first.lineno, col: first.col_offset, endLine: first.end_lineno ?? first.lineno, endCol: first.end_col_offset ?? 0 };
      c.b.loadConst(first.value.value, loc);
      c.b.emit(OP.STORE_NAME, c.b.tables.nameIndex('__doc__'), loc);
      stmts = module.body.slice(1);
    }
    body(c, stmts);
    c.implicitReturn();
    return { ok: true, code: c.leave(0, 0, 0) };
  } catch (e) {
    if (e instanceof CompileFail) {
      const n = e.node;
      return { ok: false, errors: [map.error(e.message, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)] };
    }
    throw e;
  }
}
