// The compiler's state: one Unit per code object being built (its scope, builder, frame blocks)
// and the name operations that pick FAST, DEREF, GLOBAL or NAME as CPython's compiler_nameop does.
import { CO, OP, type CodeObject } from '../code.ts';
import type { Located, Stmt, ExprNode } from '../parse/ast.ts';
import { assemble } from './assemble.ts';
import { CodeBuilder, NO_LOC, type Block, type Loc } from './builder.ts';
import type { Scope, SymbolTable } from './symtable.ts';

/** Thrown for a construct the code generator cannot compile; becomes a positioned message. */
export class CompileFail extends Error {
  readonly node: Located;
  constructor(node: Located, message: string) {
    super(message);
    this.node = node;
  }
}

export type FBlockKind =
  | 'while' | 'for' | 'tryExcept' | 'finallyTry' | 'finallyEnd' | 'with' | 'handlerCleanup'
  | 'exceptionHandler' | 'popValue';

/** A frame block: what `break`, `continue` and `return` must undo on their way out. */
export interface FBlock {
  readonly kind: FBlockKind;
  readonly block: Block | null;
  readonly exit: Block | null;
  readonly loc: Loc;
  /** `finallyTry`: the finally body; `handlerCleanup`: the bound name (or null). */
  readonly finalBody?: readonly Stmt[];
  readonly name?: string | null;
}

export function locOf(n: Located): Loc {
  return { line: n.lineno, col: n.col_offset, endLine: n.end_lineno ?? n.lineno, endCol: n.end_col_offset ?? n.col_offset };
}

export class Unit {
  readonly scope: Scope;
  readonly builder = new CodeBuilder();
  readonly name: string;
  readonly qualname: string;
  readonly firstLine: number;
  readonly fblocks: FBlock[] = [];
  /** Names made fast by the inlined comprehensions being compiled (module and class level). */
  readonly hiddenFast: Set<string>[] = [];

  constructor(scope: Scope, name: string, qualname: string, firstLine: number) {
    this.scope = scope;
    this.name = name;
    this.qualname = qualname;
    this.firstLine = firstLine;
  }

  get optimized(): boolean {
    return this.scope.kind === 'function';
  }

  cellIndex(name: string): number {
    const c = this.scope.cellvars.indexOf(name);
    if (c >= 0) return c;
    return this.scope.cellvars.length + this.scope.freevars.indexOf(name);
  }

  varIndex(name: string): number {
    const i = this.scope.varnames.indexOf(name);
    if (i < 0) throw new Error(`no fast local ${name}`);
    return i;
  }
}

export class Compiler {
  readonly table: SymbolTable;
  readonly filename: string;
  /** The source's lines, shared by every code object this compile makes (tracebacks quote them). */
  readonly sourceLines: readonly string[];
  private readonly units: Unit[] = [];

  constructor(table: SymbolTable, filename: string, sourceLines: readonly string[]) {
    this.table = table;
    this.filename = filename;
    this.sourceLines = sourceLines;
  }

  get u(): Unit {
    const u = this.units[this.units.length - 1];
    if (u === undefined) throw new Error('no compiler unit');
    return u;
  }

  get b(): CodeBuilder {
    return this.u.builder;
  }

  enter(scope: Scope, name: string, firstLine: number): Unit {
    const parent = this.units[this.units.length - 1];
    let qualname = name;
    if (parent !== undefined && parent.scope.kind !== 'module') {
      qualname = parent.scope.kind === 'function' ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
    }
    const u = new Unit(scope, name, qualname, firstLine);
    this.units.push(u);
    return u;
  }

  /** Finishes the current unit into a code object. */
  leave(argCount: number, kwOnly: number, flags: number): CodeObject {
    const u = this.u;
    this.units.pop();
    const s = u.scope;
    const cell2arg = s.cellvars.map((n) => {
      const i = s.params.indexOf(n);
      return i;
    });
    let f = flags;
    if (s.kind === 'function') f |= CO.OPTIMIZED | CO.NEWLOCALS;
    if (this.units.length > 0 && this.u.scope.kind === 'function') f |= CO.NESTED;
    return assemble(u.builder, {
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      sourceLines: this.sourceLines,
      firstLineNo: u.firstLine,
      argCount,
      posOnlyArgCount: 0,
      kwOnlyArgCount: kwOnly,
      flags: f,
      varnames: s.varnames,
      cellvars: s.cellvars,
      freevars: s.freevars,
      boundOnEntry: s.kind === 'function' ? s.params.length : 0,
    }, cell2arg);
  }

  /** Emits the load, store or delete of a variable, as CPython's compiler_nameop. */
  nameop(name: string, ctx: 'Load' | 'Store' | 'Del', loc: Loc, pushNull = false): void {
    const u = this.u;
    const b = this.b;
    if (u.hiddenFast.some((s) => s.has(name))) {
      if (pushNull) b.emit(OP.PUSH_NULL, 0, loc);
      b.emit(ctx === 'Load' ? OP.LOAD_FAST : ctx === 'Store' ? OP.STORE_FAST : OP.DELETE_FAST, u.varIndex(name), loc);
      return;
    }
    const sc = u.scope.scopeOf(name);
    let kind: 'fast' | 'deref' | 'global' | 'name';
    if (sc === 'free' || sc === 'cell') kind = 'deref';
    else if (sc === 'local') kind = u.optimized ? 'fast' : 'name';
    else if (sc === 'globalExplicit') kind = 'global';
    else kind = u.optimized ? 'global' : 'name';
    if (pushNull && !(kind === 'global' && ctx === 'Load')) b.emit(OP.PUSH_NULL, 0, loc);
    switch (kind) {
      case 'fast':
        b.emit(ctx === 'Load' ? OP.LOAD_FAST : ctx === 'Store' ? OP.STORE_FAST : OP.DELETE_FAST, u.varIndex(name), loc);
        return;
      case 'deref':
        b.emit(ctx === 'Load' ? OP.LOAD_DEREF : ctx === 'Store' ? OP.STORE_DEREF : OP.DELETE_DEREF, u.cellIndex(name), loc);
        return;
      case 'global': {
        const i = b.tables.nameIndex(name);
        if (ctx === 'Load') b.emit(OP.LOAD_GLOBAL, (i << 1) | (pushNull ? 1 : 0), loc);
        else b.emit(ctx === 'Store' ? OP.STORE_GLOBAL : OP.DELETE_GLOBAL, i, loc);
        return;
      }
      case 'name':
        b.emit(ctx === 'Load' ? OP.LOAD_NAME : ctx === 'Store' ? OP.STORE_NAME : OP.DELETE_NAME, b.tables.nameIndex(name), loc);
        return;
    }
  }

  /** Emits the prologue every code object starts with: cells, free variables, RESUME. */
  prologue(resumeLoc: Loc): void {
    const s = this.u.scope;
    // CPython inserts COPY_FREE_VARS ahead of the MAKE_CELLs, with no line of their own.
    if (s.freevars.length > 0) this.b.emit(OP.COPY_FREE_VARS, s.freevars.length, NO_LOC);
    s.cellvars.forEach((_, i) => this.b.emit(OP.MAKE_CELL, i, NO_LOC));
    this.b.emit(OP.RESUME, 0, resumeLoc);
  }

  /** Adds `return None` where control can fall off the end. */
  implicitReturn(): void {
    if (!this.b.unreachable) this.b.emit(OP.RETURN_CONST, this.b.tables.constIndex(null), NO_LOC);
  }
}

export type { ExprNode };
