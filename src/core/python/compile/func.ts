// Code generation for what makes a new code object: `def`, `lambda` and `class`.
import { CO, MAKE_FUNCTION_FLAGS, OP, type Const } from '../code.ts';
import type { Arguments, ClassDef, ExprNode, Located, Stmt } from '../parse/ast.ts';
import type { Loc } from './builder.ts';
import { expr } from './expr.ts';
import { fold } from './fold.ts';
import { body as stmts } from './stmt.ts';
import { CompileFail, locOf, type Compiler } from './unit.ts';

function docstring(body: readonly Stmt[]): string | null {
  const first = body[0];
  if (first?.nodeType === 'Expr' && first.value.nodeType === 'Constant' && typeof first.value.value === 'string' && first.value.kind === undefined) {
    return first.value.value;
  }
  return null;
}

/** Pushes the closure tuple for a nested scope's free variables; returns whether there is one. */
function closure(c: Compiler, freevars: readonly string[], loc: Loc): boolean {
  if (freevars.length === 0) return false;
  for (const name of freevars) c.b.emit(OP.LOAD_CLOSURE, c.u.cellIndex(name), loc);
  c.b.emit(OP.BUILD_TUPLE, freevars.length, loc);
  return true;
}

/** `def` or `lambda`: defaults, keyword-only defaults, closure, code, MAKE_FUNCTION. */
export function makeFunction(
  c: Compiler, node: Located, name: string, args: Arguments, body: readonly Stmt[] | null, bodyExpr: ExprNode | null, loc: Loc,
  firstLine = node.lineno,
): void {
  let flags = 0;
  const b = c.b;
  if (args.defaults.length > 0) {
    const consts = args.defaults.map(fold);
    if (consts.every((k): k is Const => k !== undefined)) b.loadConst({ tuple: consts }, loc);
    else {
      for (const d of args.defaults) expr(c, d);
      b.emit(OP.BUILD_TUPLE, args.defaults.length, loc);
    }
    flags |= MAKE_FUNCTION_FLAGS.DEFAULTS;
  }
  const kwNames: Const[] = [];
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (d === null || d === undefined) return;
    expr(c, d);
    kwNames.push(a.arg);
  });
  if (kwNames.length > 0) {
    b.loadConst({ tuple: kwNames }, loc);
    b.emit(OP.BUILD_CONST_KEY_MAP, kwNames.length, loc);
    flags |= MAKE_FUNCTION_FLAGS.KWDEFAULTS;
  }
  const scope = c.table.byNode.get(node);
  if (scope === undefined) throw new CompileFail(node, 'internal: no scope for function');
  c.enter(scope, name, firstLine);
  c.prologue(firstLine === node.lineno ? locOf(node) : { line: firstLine, col: 0, endLine: firstLine, endCol: 0 });
  if (body !== null) {
    const doc = docstring(body);
    c.b.tables.constIndex(doc);
    stmts(c, doc === null ? body : body.slice(1));
  } else if (bodyExpr !== null) {
    c.b.tables.constIndex(null);
    expr(c, bodyExpr);
    c.b.emit(OP.RETURN_VALUE, 0, locOf(bodyExpr));
  }
  c.implicitReturn();
  const coFlags = (args.vararg !== undefined ? CO.VARARGS : 0) | (args.kwarg !== undefined ? CO.VARKEYWORDS : 0);
  const code = c.leave(args.posonlyargs.length + args.args.length, args.kwonlyargs.length, coFlags);
  if (closure(c, code.freevars, loc)) flags |= MAKE_FUNCTION_FLAGS.CLOSURE;
  c.b.loadConst(code, loc);
  c.b.emit(OP.MAKE_FUNCTION, flags, loc);
}

/** `class Name(bases):` through `__build_class__`, as CPython does. */
export function classDef(c: Compiler, s: ClassDef): void {
  const loc = locOf(s);
  c.b.emit(OP.PUSH_NULL, 0, loc);
  c.b.emit(OP.LOAD_BUILD_CLASS, 0, loc);
  const scope = c.table.byNode.get(s);
  if (scope === undefined) throw new CompileFail(s, 'internal: no scope for class');
  const u = c.enter(scope, s.name, s.lineno);
  c.prologue(loc);
  c.nameop('__name__', 'Load', loc);
  c.nameop('__module__', 'Store', loc);
  c.b.loadConst(u.qualname, loc);
  c.nameop('__qualname__', 'Store', loc);
  const doc = docstring(s.body);
  if (doc !== null) {
    c.b.loadConst(doc, loc);
    c.nameop('__doc__', 'Store', loc);
  }
  stmts(c, doc === null ? s.body : s.body.slice(1));
  c.implicitReturn();
  const code = c.leave(0, 0, 0);
  const hasClosure = closure(c, code.freevars, loc);
  c.b.loadConst(code, loc);
  c.b.emit(OP.MAKE_FUNCTION, hasClosure ? MAKE_FUNCTION_FLAGS.CLOSURE : 0, loc);
  c.b.loadConst(s.name, loc);
  for (const base of s.bases) expr(c, base);
  c.b.emit(OP.CALL, 2 + s.bases.length, loc);
  c.nameop(s.name, 'Store', loc);
}
