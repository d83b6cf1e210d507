// Code generation for statements, one function per node kind as in CPython's compile.c, with its
// frame blocks so that `break`, `continue` and `return` unwind loops, `with` and `try` correctly.
import { OP } from '../code.ts';
import type { AugAssign, ExprNode, For, Stmt, Try, While, With } from '../parse/ast.ts';
import { NO_LOC, type Loc } from './builder.ts';
import { assignTarget, BINOP_ARG, expr, iterable, jumpIf, subscript } from './expr.ts';
import { fold } from './fold.ts';
import { classDef, makeFunction } from './func.ts';
import { PSEUDO } from './stackeffect.ts';
import { CompileFail, locOf, type Compiler, type FBlock } from './unit.ts';

export function body(c: Compiler, stmts: readonly Stmt[]): void {
  for (const s of stmts) stmt(c, s);
}

function stmt(c: Compiler, s: Stmt): void {
  const b = c.b;
  const loc = locOf(s);
  switch (s.nodeType) {
    case 'Expr': {
      const k = fold(s.value);
      if (k !== undefined && (k === null || typeof k !== 'object')) { b.emit(OP.NOP, 0, loc); return; }
      expr(c, s.value);
      b.emit(OP.POP_TOP, 0, loc);
      return;
    }
    case 'Assign': {
      if (swapAssign(c, s.targets, s.value)) return;
      expr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) b.emit(OP.COPY, 1, loc);
        assignTarget(c, t);
      });
      return;
    }
    case 'AugAssign': augAssign(c, s); return;
    case 'FunctionDef': {
      // Decorators are evaluated first and applied innermost first, each a CALL 0 whose callee
      // sits in CALL's NULL slot under the function, as CPython 3.12 emits them.
      const decorators = s.decorator_list;
      for (const d of decorators) expr(c, d);
      makeFunction(c, s, s.name, s.args, s.body, null, loc, decorators[0]?.lineno ?? s.lineno);
      for (let i = decorators.length - 1; i >= 0; i--) c.b.emit(OP.CALL, 0, locOf(decorators[i]!));
      c.nameop(s.name, 'Store', loc);
      return;
    }
    case 'ClassDef': classDef(c, s); return;
    case 'Return': returnStmt(c, s.value, loc); return;
    case 'Delete':
      for (const t of s.targets) deleteTarget(c, t);
      return;
    case 'If': {
      const end = b.newBlock();
      const next = s.orelse.length > 0 ? b.newBlock() : end;
      jumpIf(c, s.test, next, false);
      body(c, s.body);
      if (s.orelse.length > 0) {
        b.jump(PSEUDO.JUMP, end, NO_LOC);
        b.use(next);
        body(c, s.orelse);
      }
      b.use(end);
      return;
    }
    case 'While': whileStmt(c, s); return;
    case 'For': forStmt(c, s); return;
    case 'Break': case 'Continue': breakOrContinue(c, s.nodeType === 'Break', loc); return;
    case 'Pass': b.emit(OP.NOP, 0, loc); return;
    case 'Global': case 'Nonlocal': return;
    case 'With': withStmt(c, s, 0); return;
    case 'Try':
      if (s.finalbody.length > 0) tryFinally(c, s);
      else tryExcept(c, s);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc !== undefined) { expr(c, s.exc); n = 1; }
      if (s.cause !== undefined) { expr(c, s.cause); n = 2; }
      b.emit(OP.RAISE_VARARGS, n, loc);
      return;
    }
    case 'Assert': {
      const end = b.newBlock();
      jumpIf(c, s.test, end, true);
      b.emit(OP.LOAD_ASSERTION_ERROR, 0, loc);
      if (s.msg !== undefined) {
        expr(c, s.msg);
        b.emit(OP.CALL, 0, loc);
      }
      b.emit(OP.RAISE_VARARGS, 1, loc);
      b.use(end);
      return;
    }
    case 'Import':
      for (const a of s.names) {
        b.loadConst(0, loc);
        b.loadConst(null, loc);
        b.emit(OP.IMPORT_NAME, b.tables.nameIndex(a.name), loc);
        if (a.asname !== undefined && a.name.includes('.')) {
          const parts = a.name.split('.');
          for (const p of parts.slice(1, -1)) { b.emit(OP.IMPORT_FROM, b.tables.nameIndex(p), loc); b.emit(OP.SWAP, 2, loc); b.emit(OP.POP_TOP, 0, loc); }
          b.emit(OP.IMPORT_FROM, b.tables.nameIndex(parts[parts.length - 1] ?? ''), loc);
          c.nameop(a.asname, 'Store', loc);
          b.emit(OP.POP_TOP, 0, loc);
        } else {
          c.nameop(a.asname ?? (a.name.split('.')[0] ?? a.name), 'Store', loc);
        }
      }
      return;
    case 'ImportFrom':
      b.loadConst(s.level, loc);
      b.loadConst({ tuple: s.names.map((a) => a.name) }, loc);
      b.emit(OP.IMPORT_NAME, b.tables.nameIndex(s.module ?? ''), loc);
      for (const a of s.names) {
        b.emit(OP.IMPORT_FROM, b.tables.nameIndex(a.name), loc);
        c.nameop(a.asname ?? a.name, 'Store', loc);
      }
      b.emit(OP.POP_TOP, 0, loc);
      return;
    default:
      throw new CompileFail(s, `\`${s.nodeType}\` is not supported yet`);
  }
}

/**
 * `a, b = b, a`: CPython turns BUILD_TUPLE + UNPACK_SEQUENCE into a SWAP, and for fast locals
 * into stores in reverse order with no SWAP at all.
 */
function swapAssign(c: Compiler, targets: readonly ExprNode[], value: ExprNode): boolean {
  const t = targets[0];
  if (targets.length !== 1 || t === undefined || (t.nodeType !== 'Tuple' && t.nodeType !== 'List')) return false;
  if (value.nodeType !== 'Tuple' && value.nodeType !== 'List') return false;
  const n = t.elts.length;
  if (n !== value.elts.length || n < 1 || n > 3 || fold(value) !== undefined) return false;
  if ([...t.elts, ...value.elts].some((x) => x.nodeType === 'Starred')) return false;
  for (const x of value.elts) expr(c, x);
  const fastNames = t.elts.map((x) => (x.nodeType === 'Name' && c.u.optimized && c.u.scope.scopeOf(x.id) === 'local' ? x.id : null));
  const allFast = fastNames.every((x) => x !== null) && new Set(fastNames).size === n;
  if (allFast) {
    for (let i = n - 1; i >= 0; i--) assignTarget(c, t.elts[i]!);
    return true;
  }
  if (n > 1) c.b.emit(OP.SWAP, n, locOf(value));
  for (const x of t.elts) assignTarget(c, x);
  return true;
}

/** `x op= v`: the load and the store of the same target around BINARY_OP, as CPython 3.12. */
function augAssign(c: Compiler, s: AugAssign): void {
  const b = c.b;
  const loc = locOf(s);
  const t = s.target;
  const op = BINOP_ARG[s.op.nodeType] + 13;
  switch (t.nodeType) {
    case 'Name':
      c.nameop(t.id, 'Load', locOf(t));
      expr(c, s.value);
      b.emit(OP.BINARY_OP, op, loc);
      c.nameop(t.id, 'Store', locOf(t));
      return;
    case 'Attribute': {
      const name = b.tables.nameIndex(t.attr);
      expr(c, t.value);
      b.emit(OP.COPY, 1, locOf(t));
      b.emit(OP.LOAD_ATTR, name << 1, locOf(t));
      expr(c, s.value);
      b.emit(OP.BINARY_OP, op, loc);
      b.emit(OP.SWAP, 2, locOf(t));
      b.emit(OP.STORE_ATTR, name, locOf(t));
      return;
    }
    case 'Subscript':
      if (t.slice.nodeType === 'Slice' && t.slice.step === undefined) {
        expr(c, t.value);
        for (const part of [t.slice.lower, t.slice.upper]) {
          if (part === undefined) b.loadConst(null, loc);
          else expr(c, part);
        }
        b.emit(OP.COPY, 3, locOf(t));
        b.emit(OP.COPY, 3, locOf(t));
        b.emit(OP.COPY, 3, locOf(t));
        b.emit(OP.BINARY_SLICE, 0, locOf(t));
        expr(c, s.value);
        b.emit(OP.BINARY_OP, op, loc);
        b.emit(OP.SWAP, 4, locOf(t));
        b.emit(OP.SWAP, 3, locOf(t));
        b.emit(OP.SWAP, 2, locOf(t));
        b.emit(OP.STORE_SLICE, 0, locOf(t));
        return;
      }
      expr(c, t.value);
      expr(c, t.slice);
      b.emit(OP.COPY, 2, locOf(t));
      b.emit(OP.COPY, 2, locOf(t));
      b.emit(OP.BINARY_SUBSCR, 0, locOf(t));
      expr(c, s.value);
      b.emit(OP.BINARY_OP, op, loc);
      b.emit(OP.SWAP, 3, locOf(t));
      b.emit(OP.SWAP, 2, locOf(t));
      b.emit(OP.STORE_SUBSCR, 0, locOf(t));
      return;
    default:
      throw new CompileFail(t, 'illegal expression for augmented assignment');
  }
}

function deleteTarget(c: Compiler, t: ExprNode): void {
  const loc = locOf(t);
  switch (t.nodeType) {
    case 'Name': c.nameop(t.id, 'Del', loc); return;
    case 'Attribute':
      expr(c, t.value);
      c.b.emit(OP.DELETE_ATTR, c.b.tables.nameIndex(t.attr), loc);
      return;
    case 'Subscript': subscript(c, t, 'Del'); return;
    case 'Tuple': case 'List': for (const x of t.elts) deleteTarget(c, x); return;
    default: throw new CompileFail(t, 'cannot delete this expression');
  }
}

function whileStmt(c: Compiler, s: While): void {
  const b = c.b;
  const loop = b.newBlock();
  const bodyBlock = b.newBlock();
  const anchor = b.newBlock();
  const end = b.newBlock();
  b.use(loop);
  c.u.fblocks.push({ kind: 'while', block: loop, exit: end, loc: locOf(s) });
  jumpIf(c, s.test, anchor, false);
  b.use(bodyBlock);
  body(c, s.body);
  jumpIf(c, s.test, bodyBlock, true);
  c.u.fblocks.pop();
  b.use(anchor);
  body(c, s.orelse);
  b.use(end);
}

function forStmt(c: Compiler, s: For): void {
  const b = c.b;
  const loc = locOf(s);
  const start = b.newBlock();
  const cleanup = b.newBlock();
  const end = b.newBlock();
  iterable(c, s.iter);
  b.emit(OP.GET_ITER, 0, loc);
  b.use(start);
  c.u.fblocks.push({ kind: 'for', block: start, exit: end, loc });
  b.jump(OP.FOR_ITER, cleanup, loc);
  assignTarget(c, s.target);
  body(c, s.body);
  b.jump(PSEUDO.JUMP, start, NO_LOC);
  c.u.fblocks.pop();
  b.use(cleanup);
  b.emit(OP.END_FOR, 0, loc);
  body(c, s.orelse);
  b.use(end);
}

/** Emits what leaving frame block `f` needs (CPython's compiler_unwind_fblock). */
/**
 * Emits what leaving frame block `f` needs; returns the location the unwinding statement's
 * remaining instructions take, as CPython's `ploc`: a `with`'s own line after its exit call, none
 * after a finally body (the finally appears to run after the statement).
 */
function unwindFBlock(c: Compiler, f: FBlock, preserveTos: boolean, loc: Loc): Loc {
  const b = c.b;
  switch (f.kind) {
    case 'while': case 'exceptionHandler': return loc;
    case 'tryExcept': b.emit(PSEUDO.POP_BLOCK, 0, loc); return loc;
    case 'for': case 'popValue':
      if (preserveTos) b.emit(OP.SWAP, 2, loc);
      b.emit(OP.POP_TOP, 0, loc);
      return loc;
    case 'finallyTry':
      b.emit(PSEUDO.POP_BLOCK, 0, loc);
      if (preserveTos) c.u.fblocks.push({ kind: 'popValue', block: null, exit: null, loc });
      body(c, f.finalBody ?? []);
      if (preserveTos) c.u.fblocks.pop();
      return NO_LOC;
    case 'finallyEnd':
      if (preserveTos) b.emit(OP.SWAP, 2, loc);
      b.emit(OP.POP_TOP, 0, loc);
      if (preserveTos) b.emit(OP.SWAP, 2, loc);
      b.emit(PSEUDO.POP_BLOCK, 0, loc);
      b.emit(OP.POP_EXCEPT, 0, loc);
      return loc;
    case 'with':
      b.emit(PSEUDO.POP_BLOCK, 0, f.loc);
      if (preserveTos) b.emit(OP.SWAP, 2, f.loc);
      callExitWithNones(c, f.loc);
      b.emit(OP.POP_TOP, 0, f.loc);
      return f.loc;
    case 'handlerCleanup':
      if (f.name !== null && f.name !== undefined) b.emit(PSEUDO.POP_BLOCK, 0, loc);
      if (preserveTos) b.emit(OP.SWAP, 2, loc);
      b.emit(PSEUDO.POP_BLOCK, 0, loc);
      b.emit(OP.POP_EXCEPT, 0, loc);
      if (f.name !== null && f.name !== undefined) {
        b.loadConst(null, loc);
        c.nameop(f.name, 'Store', loc);
        c.nameop(f.name, 'Del', loc);
      }
      return loc;
  }
}

/** Unwinds every frame block up to the innermost loop (returned) or all of them (`loop` false). */
function unwindStack(c: Compiler, preserveTos: boolean, toLoop: boolean, loc: Loc): { loop: FBlock | null; loc: Loc } {
  const stack = c.u.fblocks;
  const top = stack[stack.length - 1];
  if (top === undefined) return { loop: null, loc };
  if (toLoop && (top.kind === 'while' || top.kind === 'for')) return { loop: top, loc };
  stack.pop();
  const rest = unwindStack(c, preserveTos, toLoop, unwindFBlock(c, top, preserveTos, loc));
  stack.push(top);
  return rest;
}

function returnStmt(c: Compiler, value: ExprNode | undefined, loc: Loc): void {
  const b = c.b;
  if (c.u.scope.kind !== 'function') throw new CompileFail({ lineno: loc.line, col_offset: loc.col, end_lineno: loc.endLine, end_col_offset: loc.endCol }, "'return' outside function");
  const k = value === undefined ? null : fold(value);
  const preserve = value !== undefined && value.nodeType !== 'Constant';
  // The NOPs give the return (and a constant value on its own line) a line, as compiler_return.
  let at = loc;
  if (preserve) expr(c, value);
  else if (value !== undefined) { at = locOf(value); b.emit(OP.NOP, 0, at); }
  if (value === undefined || locOf(value).line !== loc.line) { at = loc; b.emit(OP.NOP, 0, at); }
  at = unwindStack(c, preserve, false, at).loc;
  if (preserve || k === undefined) b.emit(OP.RETURN_VALUE, 0, at);
  else b.emit(OP.RETURN_CONST, b.tables.constIndex(k), at);
}

function breakOrContinue(c: Compiler, isBreak: boolean, loc: Loc): void {
  const b = c.b;
  b.emit(OP.NOP, 0, loc);
  const { loop, loc: at } = unwindStack(c, false, true, loc);
  if (loop === null) {
    throw new CompileFail({ lineno: loc.line, col_offset: loc.col, end_lineno: loc.endLine, end_col_offset: loc.endCol }, `'${isBreak ? 'break' : 'continue'}' outside loop`);
  }
  if (isBreak) {
    b.jump(PSEUDO.JUMP, loop.exit ?? loop.block ?? b.newBlock(), unwindFBlock(c, loop, false, at));
  } else {
    b.jump(PSEUDO.JUMP, loop.block ?? b.newBlock(), at);
  }
}

function callExitWithNones(c: Compiler, loc: Loc): void {
  c.b.loadConst(null, loc);
  c.b.loadConst(null, loc);
  c.b.loadConst(null, loc);
  c.b.emit(OP.CALL, 2, loc);
}

/** `POP_EXCEPT_AND_RERAISE`: the cleanup every handler shares. */
function popExceptAndReraise(c: Compiler): void {
  c.b.emit(OP.COPY, 3, NO_LOC);
  c.b.emit(OP.POP_EXCEPT, 0, NO_LOC);
  c.b.emit(OP.RERAISE, 1, NO_LOC);
}

function withStmt(c: Compiler, s: With, index: number): void {
  const b = c.b;
  const item = s.items[index];
  if (item === undefined) return;
  const loc = locOf(s);
  const blockStart = b.newBlock();
  const final = b.newBlock();
  const exit = b.newBlock();
  const cleanup = b.newBlock();
  expr(c, item.context_expr);
  b.emit(OP.BEFORE_WITH, 0, loc);
  b.use(blockStart);
  b.jump(PSEUDO.SETUP_WITH, final, loc);
  c.u.fblocks.push({ kind: 'with', block: blockStart, exit: null, loc });
  if (item.optional_vars !== undefined) assignTarget(c, item.optional_vars);
  else b.emit(OP.POP_TOP, 0, loc);
  if (index + 1 < s.items.length) withStmt(c, s, index + 1);
  else body(c, s.body);
  c.u.fblocks.pop();
  b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
  callExitWithNones(c, loc);
  b.emit(OP.POP_TOP, 0, loc);
  b.jump(PSEUDO.JUMP, exit, loc);
  b.use(final);
  b.jump(PSEUDO.SETUP_CLEANUP, cleanup, loc);
  b.emit(OP.PUSH_EXC_INFO, 0, loc);
  b.emit(OP.WITH_EXCEPT_START, 0, loc);
  const suppress = b.newBlock();
  b.jump(OP.POP_JUMP_IF_TRUE, suppress, NO_LOC);
  b.emit(OP.RERAISE, 2, NO_LOC);
  b.use(suppress);
  b.emit(OP.POP_TOP, 0, NO_LOC);
  b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
  b.emit(OP.POP_EXCEPT, 0, NO_LOC);
  b.emit(OP.POP_TOP, 0, NO_LOC);
  b.emit(OP.POP_TOP, 0, NO_LOC);
  b.jump(PSEUDO.JUMP, exit, NO_LOC);
  b.use(cleanup);
  popExceptAndReraise(c);
  b.use(exit);
}

function tryExcept(c: Compiler, s: Try): void {
  const b = c.b;
  const loc = locOf(s);
  const bodyBlock = b.newBlock();
  const except = b.newBlock();
  const end = b.newBlock();
  const cleanup = b.newBlock();
  b.use(bodyBlock);
  b.jump(PSEUDO.SETUP_FINALLY, except, loc);
  c.u.fblocks.push({ kind: 'tryExcept', block: bodyBlock, exit: null, loc });
  body(c, s.body);
  c.u.fblocks.pop();
  b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
  body(c, s.orelse);
  b.jump(PSEUDO.JUMP, end, NO_LOC);
  b.use(except);
  b.jump(PSEUDO.SETUP_CLEANUP, cleanup, NO_LOC);
  b.emit(OP.PUSH_EXC_INFO, 0, NO_LOC);
  c.u.fblocks.push({ kind: 'exceptionHandler', block: null, exit: null, loc: NO_LOC });
  s.handlers.forEach((h, i) => {
    const hloc = locOf(h);
    if (h.type === undefined && i < s.handlers.length - 1) throw new CompileFail(h, "default 'except:' must be last");
    const next = b.newBlock();
    if (h.type !== undefined) {
      expr(c, h.type);
      b.emit(OP.CHECK_EXC_MATCH, 0, hloc);
      b.jump(OP.POP_JUMP_IF_FALSE, next, hloc);
    }
    if (h.name !== undefined) {
      const cleanupEnd = b.newBlock();
      const cleanupBody = b.newBlock();
      c.nameop(h.name, 'Store', hloc);
      b.jump(PSEUDO.SETUP_CLEANUP, cleanupEnd, hloc);
      b.use(cleanupBody);
      c.u.fblocks.push({ kind: 'handlerCleanup', block: cleanupBody, exit: null, loc: hloc, name: h.name });
      body(c, h.body);
      c.u.fblocks.pop();
      b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
      b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
      b.emit(OP.POP_EXCEPT, 0, NO_LOC);
      b.loadConst(null, NO_LOC);
      c.nameop(h.name, 'Store', NO_LOC);
      c.nameop(h.name, 'Del', NO_LOC);
      b.jump(PSEUDO.JUMP, end, NO_LOC);
      b.use(cleanupEnd);
      b.loadConst(null, NO_LOC);
      c.nameop(h.name, 'Store', NO_LOC);
      c.nameop(h.name, 'Del', NO_LOC);
      b.emit(OP.RERAISE, 1, NO_LOC);
    } else {
      const cleanupBody = b.newBlock();
      b.emit(OP.POP_TOP, 0, hloc);
      b.use(cleanupBody);
      c.u.fblocks.push({ kind: 'handlerCleanup', block: cleanupBody, exit: null, loc: hloc, name: null });
      body(c, h.body);
      c.u.fblocks.pop();
      b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
      b.emit(OP.POP_EXCEPT, 0, NO_LOC);
      b.jump(PSEUDO.JUMP, end, NO_LOC);
    }
    b.use(next);
  });
  c.u.fblocks.pop();
  b.emit(OP.RERAISE, 0, NO_LOC);
  b.use(cleanup);
  popExceptAndReraise(c);
  b.use(end);
}

function tryFinally(c: Compiler, s: Try): void {
  const b = c.b;
  const loc = locOf(s);
  const bodyBlock = b.newBlock();
  const end = b.newBlock();
  const exit = b.newBlock();
  const cleanup = b.newBlock();
  b.use(bodyBlock);
  b.jump(PSEUDO.SETUP_FINALLY, end, loc);
  c.u.fblocks.push({ kind: 'finallyTry', block: bodyBlock, exit: end, loc, finalBody: s.finalbody });
  if (s.handlers.length > 0) tryExcept(c, { ...s, finalbody: [] });
  else body(c, s.body);
  b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
  c.u.fblocks.pop();
  body(c, s.finalbody);
  b.jump(PSEUDO.JUMP, exit, NO_LOC);
  b.use(end);
  b.jump(PSEUDO.SETUP_CLEANUP, cleanup, NO_LOC);
  b.emit(OP.PUSH_EXC_INFO, 0, NO_LOC);
  c.u.fblocks.push({ kind: 'finallyEnd', block: end, exit: null, loc: NO_LOC });
  body(c, s.finalbody);
  c.u.fblocks.pop();
  b.emit(OP.RERAISE, 0, NO_LOC);
  b.use(cleanup);
  popExceptAndReraise(c);
  b.use(exit);
}
