// Code generation for expressions, one function per node kind as in CPython's compile.c.
import { CMP_OPS, FORMAT, INTRINSIC, OP, type Const } from '../code.ts';
import type {
  BoolOp, Call, Compare, CmpOpName, Dict, ExprNode, JoinedStr, ListComp, DictComp, OperatorName, Subscript,
} from '../parse/ast.ts';
import { NO_LOC, type Block, type Loc } from './builder.ts';
import { fold } from './fold.ts';
import { makeFunction } from './func.ts';
import { PSEUDO } from './stackeffect.ts';
import { CompileFail, locOf, type Compiler } from './unit.ts';
import { childExprs } from './symtable.ts';

/** BINARY_OP args (see code.ts BINARY_OPS); in-place forms add 13. */
export const BINOP_ARG: Readonly<Record<OperatorName, number>> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8,
  RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};

const CMP_ARG: Readonly<Partial<Record<CmpOpName, number>>> = {
  Lt: CMP_OPS.indexOf('<'), LtE: CMP_OPS.indexOf('<='), Eq: CMP_OPS.indexOf('=='),
  NotEq: CMP_OPS.indexOf('!='), Gt: CMP_OPS.indexOf('>'), GtE: CMP_OPS.indexOf('>='),
};

/** A list display of constants becomes a tuple constant where only iteration sees it (`for`, `in`). */
export function iterable(c: Compiler, e: ExprNode): void {
  if (e.nodeType === 'List') {
    const items = e.elts.map(fold);
    if (items.every((k): k is Const => k !== undefined)) {
      c.b.loadConst({ tuple: items }, locOf(e));
      return;
    }
  }
  expr(c, e);
}

/** Pushes the value of `e`. */
export function expr(c: Compiler, e: ExprNode): void {
  const folded = fold(e);
  const loc = locOf(e);
  if (folded !== undefined) {
    c.b.loadConst(folded, loc);
    return;
  }
  const b = c.b;
  switch (e.nodeType) {
    case 'Name': c.nameop(e.id, 'Load', loc); return;
    case 'BinOp':
      expr(c, e.left);
      expr(c, e.right);
      b.emit(OP.BINARY_OP, BINOP_ARG[e.op.nodeType], loc);
      return;
    case 'UnaryOp':
      expr(c, e.operand);
      if (e.op.nodeType === 'UAdd') b.emit(OP.CALL_INTRINSIC_1, INTRINSIC.UNARY_POSITIVE, loc);
      else b.emit(e.op.nodeType === 'Not' ? OP.UNARY_NOT : e.op.nodeType === 'USub' ? OP.UNARY_NEGATIVE : OP.UNARY_INVERT, 0, loc);
      return;
    case 'BoolOp': boolOp(c, e); return;
    case 'Compare': compare(c, e); return;
    case 'IfExp': {
      const next = b.newBlock();
      const end = b.newBlock();
      jumpIf(c, e.test, next, false);
      expr(c, e.body);
      b.jump(PSEUDO.JUMP, end, NO_LOC);
      b.use(next);
      expr(c, e.orelse);
      b.use(end);
      return;
    }
    case 'Call': call(c, e); return;
    case 'Attribute':
      expr(c, e.value);
      b.emit(OP.LOAD_ATTR, b.tables.nameIndex(e.attr) << 1, loc);
      return;
    case 'Subscript': subscript(c, e, 'Load'); return;
    case 'Slice':
      for (const part of [e.lower, e.upper]) {
        if (part === undefined) b.loadConst(null, loc);
        else expr(c, part);
      }
      if (e.step !== undefined) expr(c, e.step);
      b.emit(OP.BUILD_SLICE, e.step !== undefined ? 3 : 2, loc);
      return;
    case 'List': case 'Tuple': sequence(c, e.elts, e.nodeType, loc); return;
    case 'Dict': dict(c, e); return;
    case 'JoinedStr': joinedStr(c, e); return;
    case 'FormattedValue': formatted(c, e.value, e.conversion, e.format_spec, loc); return;
    case 'Lambda': makeFunction(c, e, '<lambda>', e.args, null, e.body, loc); return;
    case 'ListComp': case 'DictComp': comprehension(c, e); return;
    case 'NamedExpr':
      expr(c, e.value);
      b.emit(OP.COPY, 1, loc);
      c.nameop(e.target.id, 'Store', locOf(e.target));
      return;
    case 'Starred': throw new CompileFail(e, 'a starred expression is not supported here yet');
    default: throw new CompileFail(e, `\`${e.nodeType}\` is not supported yet`);
  }
}

function sequence(c: Compiler, elts: readonly ExprNode[], kind: 'List' | 'Tuple', loc: Loc): void {
  const b = c.b;
  for (const x of elts) if (x.nodeType === 'Starred') throw new CompileFail(x, '`*` in a list or tuple display is not supported yet');
  if (kind === 'List' && elts.length > 2) {
    const consts: Const[] = [];
    for (const x of elts) {
      const k = fold(x);
      if (k === undefined) break;
      consts.push(k);
    }
    if (consts.length === elts.length) {
      b.emit(OP.BUILD_LIST, 0, loc);
      b.loadConst({ tuple: consts }, loc);
      b.emit(OP.LIST_EXTEND, 1, loc);
      return;
    }
  }
  for (const x of elts) expr(c, x);
  b.emit(kind === 'List' ? OP.BUILD_LIST : OP.BUILD_TUPLE, elts.length, loc);
}

function dict(c: Compiler, e: Dict): void {
  const b = c.b;
  const loc = locOf(e);
  const keys: Const[] = [];
  for (const k of e.keys) {
    const folded = k === null ? undefined : fold(k);
    if (folded === undefined) break;
    keys.push(folded);
  }
  if (e.keys.length > 1 && keys.length === e.keys.length) {
    for (const v of e.values) expr(c, v);
    b.loadConst({ tuple: keys }, loc);
    b.emit(OP.BUILD_CONST_KEY_MAP, keys.length, loc);
    return;
  }
  e.keys.forEach((k, i) => {
    if (k === null) throw new CompileFail(e, '`**` in a dict display is not supported yet');
    expr(c, k);
    expr(c, e.values[i]!);
  });
  b.emit(OP.BUILD_MAP, e.keys.length, loc);
}

function boolOp(c: Compiler, e: BoolOp): void {
  const b = c.b;
  const end = b.newBlock();
  const jump = e.op.nodeType === 'And' ? OP.POP_JUMP_IF_FALSE : OP.POP_JUMP_IF_TRUE;
  const loc = locOf(e);
  e.values.forEach((v, i) => {
    expr(c, v);
    if (i === e.values.length - 1) return;
    b.emit(OP.COPY, 1, loc);
    b.jump(jump, end, loc);
    b.emit(OP.POP_TOP, 0, loc);
  });
  b.use(end);
}

/** The right operand of a comparison (`x in [1, 2]` tests a tuple constant, as CPython folds it). */
function comparand(c: Compiler, op: CmpOpName, e: ExprNode): void {
  if (op === 'In' || op === 'NotIn') iterable(c, e);
  else expr(c, e);
}

function compareOp(c: Compiler, op: CmpOpName, loc: Loc): void {
  const b = c.b;
  switch (op) {
    case 'Is': b.emit(OP.IS_OP, 0, loc); return;
    case 'IsNot': b.emit(OP.IS_OP, 1, loc); return;
    case 'In': b.emit(OP.CONTAINS_OP, 0, loc); return;
    case 'NotIn': b.emit(OP.CONTAINS_OP, 1, loc); return;
    default: b.emit(OP.COMPARE_OP, CMP_ARG[op] ?? 0, loc);
  }
}

function compare(c: Compiler, e: Compare): void {
  const b = c.b;
  const loc = locOf(e);
  expr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    comparand(c, (e.ops[0] as { nodeType: CmpOpName }).nodeType, e.comparators[0]!);
    compareOp(c, (e.ops[0] as { nodeType: CmpOpName }).nodeType, loc);
    return;
  }
  const cleanup = b.newBlock();
  for (let i = 0; i < n - 1; i++) {
    comparand(c, (e.ops[i] as { nodeType: CmpOpName }).nodeType, e.comparators[i]!);
    b.emit(OP.SWAP, 2, loc);
    b.emit(OP.COPY, 2, loc);
    compareOp(c, (e.ops[i] as { nodeType: CmpOpName }).nodeType, loc);
    b.emit(OP.COPY, 1, loc);
    b.jump(OP.POP_JUMP_IF_FALSE, cleanup, loc);
    b.emit(OP.POP_TOP, 0, loc);
  }
  comparand(c, (e.ops[n - 1] as { nodeType: CmpOpName }).nodeType, e.comparators[n - 1]!);
  compareOp(c, (e.ops[n - 1] as { nodeType: CmpOpName }).nodeType, loc);
  const end = b.newBlock();
  b.jump(PSEUDO.JUMP, end, NO_LOC);
  b.use(cleanup);
  b.emit(OP.SWAP, 2, loc);
  b.emit(OP.POP_TOP, 0, loc);
  b.use(end);
}

/** Jumps to `target` when `e` is truthy (`cond`) or falsy (`!cond`), as compiler_jump_if. */
export function jumpIf(c: Compiler, e: ExprNode, target: Block, cond: boolean): void {
  const b = c.b;
  const loc = locOf(e);
  switch (e.nodeType) {
    case 'UnaryOp':
      if (e.op.nodeType === 'Not') { jumpIf(c, e.operand, target, !cond); return; }
      break;
    case 'BoolOp': {
      const isOr = e.op.nodeType === 'Or';
      const next2 = isOr === cond ? target : b.newBlock();
      const last = e.values.length - 1;
      e.values.forEach((v, i) => { if (i < last) jumpIf(c, v, next2, isOr); });
      jumpIf(c, e.values[last]!, target, cond);
      if (next2 !== target) b.use(next2);
      return;
    }
    case 'IfExp': {
      const end = b.newBlock();
      const next2 = b.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, target, cond);
      b.jump(PSEUDO.JUMP, end, NO_LOC);
      b.use(next2);
      jumpIf(c, e.orelse, target, cond);
      b.use(end);
      return;
    }
    case 'Compare':
      if (e.ops.length > 1) {
        const cleanup = b.newBlock();
        expr(c, e.left);
        const n = e.ops.length;
        for (let i = 0; i < n - 1; i++) {
          comparand(c, (e.ops[i] as { nodeType: CmpOpName }).nodeType, e.comparators[i]!);
          b.emit(OP.SWAP, 2, loc);
          b.emit(OP.COPY, 2, loc);
          compareOp(c, (e.ops[i] as { nodeType: CmpOpName }).nodeType, loc);
          b.jump(OP.POP_JUMP_IF_FALSE, cleanup, loc);
        }
        comparand(c, (e.ops[n - 1] as { nodeType: CmpOpName }).nodeType, e.comparators[n - 1]!);
        compareOp(c, (e.ops[n - 1] as { nodeType: CmpOpName }).nodeType, loc);
        b.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, target, loc);
        const end = b.newBlock();
        b.jump(PSEUDO.JUMP, end, NO_LOC);
        b.use(cleanup);
        b.emit(OP.POP_TOP, 0, loc);
        if (!cond) b.jump(PSEUDO.JUMP, target, NO_LOC);
        b.use(end);
        return;
      }
      if (isNoneTest(e)) {
        expr(c, e.left);
        const isNot = (e.ops[0] as { nodeType: CmpOpName }).nodeType === 'IsNot';
        b.jump(isNot === cond ? OP.POP_JUMP_IF_NOT_NONE : OP.POP_JUMP_IF_NONE, target, loc);
        return;
      }
      break;
    default: {
      const k = fold(e);
      if (k !== undefined && (k === null || typeof k !== 'object')) {
        // CPython folds the constant test into NOPs; one stays when it is all its line has.
        if (Boolean(k) === cond) b.jump(PSEUDO.JUMP, target, loc);
        else b.emit(OP.NOP, 0, loc);
        return;
      }
    }
  }
  expr(c, e);
  b.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, target, loc);
}

function isNoneTest(e: Compare): boolean {
  const op = (e.ops[0] as { nodeType: CmpOpName }).nodeType;
  const right = e.comparators[0];
  return (op === 'Is' || op === 'IsNot') && right?.nodeType === 'Constant' && right.value === null && right.kind === undefined;
}

/** `a[i]` or `a[i:j]` (BINARY_SLICE / STORE_SLICE when there is no step), as CPython 3.12. */
export function subscript(c: Compiler, e: Subscript, ctx: 'Load' | 'Store' | 'Del'): void {
  const b = c.b;
  const loc = locOf(e);
  expr(c, e.value);
  const s = e.slice;
  if (s.nodeType === 'Slice' && s.step === undefined && ctx !== 'Del') {
    for (const part of [s.lower, s.upper]) {
      if (part === undefined) b.loadConst(null, loc);
      else expr(c, part);
    }
    b.emit(ctx === 'Load' ? OP.BINARY_SLICE : OP.STORE_SLICE, 0, loc);
    return;
  }
  expr(c, s);
  b.emit(ctx === 'Load' ? OP.BINARY_SUBSCR : ctx === 'Store' ? OP.STORE_SUBSCR : OP.DELETE_SUBSCR, 0, loc);
}

function isImportedName(c: Compiler, e: ExprNode): boolean {
  return e.nodeType === 'Name' && c.table.module.imported.has(e.id);
}

/** A call: the method form (LOAD_ATTR with the method bit) when CPython uses it, KW_NAMES, CALL. */
function call(c: Compiler, e: Call): void {
  const b = c.b;
  const loc = locOf(e);
  const f = e.func;
  const unpacks = e.args.some((a) => a.nodeType === 'Starred') || e.keywords.some((k) => k.arg === undefined);
  if (unpacks) {
    if (f.nodeType === 'Name') c.nameop(f.id, 'Load', locOf(f), true);
    else {
      b.emit(OP.PUSH_NULL, 0, loc);
      expr(c, f);
    }
    unpackingCallArgs(c, e, loc);
    return;
  }
  if (f.nodeType === 'Attribute' && !isImportedName(c, f.value)) {
    expr(c, f.value);
    b.emit(OP.LOAD_ATTR, (b.tables.nameIndex(f.attr) << 1) | 1, locOf(f));
  } else if (f.nodeType === 'Name') {
    c.nameop(f.id, 'Load', locOf(f), true);
  } else if (f.nodeType === 'Attribute' && f.value.nodeType === 'Name') {
    // `module.f()`: CPython's optimizer folds the PUSH_NULL into the LOAD_GLOBAL that follows it.
    c.nameop(f.value.id, 'Load', locOf(f.value), true);
    b.emit(OP.LOAD_ATTR, b.tables.nameIndex(f.attr) << 1, locOf(f));
  } else {
    b.emit(OP.PUSH_NULL, 0, loc);
    expr(c, f);
  }
  callArgs(c, e, loc);
}

/** `f(*a, k=1, **kw)`: a positional tuple, a keyword dict, CALL_FUNCTION_EX (CPython's ex_call). */
function unpackingCallArgs(c: Compiler, e: Call, loc: Loc): void {
  const b = c.b;
  const only = e.args[0];
  if (e.args.length === 1 && only?.nodeType === 'Starred') expr(c, only.value);
  else if (!e.args.some((a) => a.nodeType === 'Starred')) {
    // CPython's optimizer folds a tuple of constants into one LOAD_CONST.
    const consts = e.args.map(fold);
    if (consts.every((k): k is Const => k !== undefined)) b.loadConst({ tuple: consts }, loc);
    else {
      for (const a of e.args) expr(c, a);
      b.emit(OP.BUILD_TUPLE, e.args.length, loc);
    }
  } else {
    let built = false;
    e.args.forEach((a, i) => {
      if (a.nodeType === 'Starred') {
        if (!built) b.emit(OP.BUILD_LIST, i, loc);
        built = true;
        expr(c, a.value);
        b.emit(OP.LIST_EXTEND, 1, loc);
      } else {
        expr(c, a);
        if (built) b.emit(OP.LIST_APPEND, 1, loc);
      }
    });
    b.emit(OP.CALL_INTRINSIC_1, INTRINSIC.LIST_TO_TUPLE, loc);
  }
  const kws = e.keywords;
  if (kws.length > 0) {
    let haveDict = false;
    let seen = 0;
    const pack = (end: number): void => {
      const part = kws.slice(end - seen, end);
      if (part.length > 1) {
        for (const k of part) expr(c, k.value);
        b.loadConst({ tuple: part.map((k) => k.arg ?? '') }, loc);
        b.emit(OP.BUILD_CONST_KEY_MAP, part.length, loc);
      } else {
        for (const k of part) {
          b.loadConst(k.arg ?? '', locOf(k));
          expr(c, k.value);
        }
        b.emit(OP.BUILD_MAP, part.length, loc);
      }
      if (haveDict) b.emit(OP.DICT_MERGE, 1, loc);
      haveDict = true;
      seen = 0;
    };
    kws.forEach((k, i) => {
      if (k.arg !== undefined) { seen++; return; }
      if (seen > 0) pack(i);
      if (!haveDict) b.emit(OP.BUILD_MAP, 0, loc);
      haveDict = true;
      expr(c, k.value);
      b.emit(OP.DICT_MERGE, 1, loc);
    });
    if (seen > 0) pack(kws.length);
  }
  b.emit(OP.CALL_FUNCTION_EX, kws.length > 0 ? 1 : 0, loc);
}

function callArgs(c: Compiler, e: Call, loc: Loc): void {
  const b = c.b;
  for (const a of e.args) expr(c, a);
  for (const k of e.keywords) expr(c, k.value);
  if (e.keywords.length > 0) {
    b.emit(OP.KW_NAMES, b.tables.constIndex({ tuple: e.keywords.map((k) => k.arg ?? '') }), loc);
  }
  b.emit(OP.CALL, e.args.length + e.keywords.length, loc);
}

function joinedStr(c: Compiler, e: JoinedStr): void {
  for (const v of e.values) expr(c, v);
  if (e.values.length !== 1) c.b.emit(OP.BUILD_STRING, e.values.length, locOf(e));
}

function formatted(c: Compiler, value: ExprNode, conversion: number, spec: JoinedStr | undefined, loc: Loc): void {
  expr(c, value);
  let flags = conversion === 115 ? FORMAT.STR : conversion === 114 ? FORMAT.REPR : conversion === 97 ? FORMAT.ASCII : FORMAT.NONE;
  if (spec !== undefined) {
    expr(c, spec);
    // CPython 3.12's parser leaves an empty constant after a spec's last replacement field.
    if (spec.values.length > 1 && spec.values[spec.values.length - 1]?.nodeType === 'FormattedValue') {
      const last = c.b.last;
      if (last?.op === OP.BUILD_STRING) {
        last.op = OP.LOAD_CONST;
        last.arg = c.b.tables.constIndex('');
        c.b.emit(OP.BUILD_STRING, spec.values.length + 1, loc);
      }
    }
    flags |= FORMAT.HAS_SPEC;
  }
  c.b.emit(OP.FORMAT_VALUE, flags, loc);
}

/** Names bound by a comprehension's targets, in order. */
function targetNames(t: ExprNode, out: string[]): string[] {
  if (t.nodeType === 'Name') { if (!out.includes(t.id)) out.push(t.id); }
  else if (t.nodeType === 'Tuple' || t.nodeType === 'List') for (const x of t.elts) targetNames(x, out);
  return out;
}

/**
 * The names a comprehension saves before it runs and restores after, in CPython's order: those its
 * own targets bind, then those bound by the comprehensions inlined into it (which share its frame)
 * that its own body does not name already.
 */
function savedNames(e: ListComp | DictComp): string[] {
  const names: string[] = [];
  const named = new Set<string>();
  const nested: (ListComp | DictComp)[] = [];
  const visit = (x: ExprNode): void => {
    if (x.nodeType === 'ListComp' || x.nodeType === 'DictComp') {
      // Its first iterable is evaluated here, in this comprehension's scope; the rest is its own.
      nested.push(x);
      visit(x.generators[0]!.iter);
      return;
    }
    if (x.nodeType === 'Name') named.add(x.id);
    for (const child of childExprs(x)) visit(child);
  };
  e.generators.forEach((g, i) => {
    targetNames(g.target, names);
    if (i > 0) visit(g.iter);
    for (const cond of g.ifs) visit(cond);
  });
  for (const x of e.nodeType === 'ListComp' ? [e.elt] : [e.key, e.value]) visit(x);
  for (const n of names) named.add(n);
  for (const inner of nested) {
    for (const n of savedNames(inner)) {
      if (!named.has(n)) {
        names.push(n);
        named.add(n);
      }
    }
  }
  return names;
}

/**
 * A list or dict comprehension, inlined as CPython 3.12 does (PEP 709): the iteration variables'
 * outer values are saved with LOAD_FAST_AND_CLEAR, and restored after (also when it raises).
 */
function comprehension(c: Compiler, e: ListComp | DictComp): void {
  const b = c.b;
  const loc = locOf(e);
  const gens = e.generators;
  const first = gens[0]!;
  const names = savedNames(e);
  const hidden = c.u.optimized ? null : new Set(names);
  if (hidden !== null) c.u.hiddenFast.push(hidden);
  iterable(c, first.iter);
  b.emit(OP.GET_ITER, 0, loc);
  for (const n of names) c.nameop(n, 'Load', loc);
  fixSavedLoads(c, names.length);
  if (names.length > 0) b.emit(OP.SWAP, names.length + 1, loc);
  const cleanup = b.newBlock();
  const body = b.newBlock();
  b.use(body);
  b.jump(PSEUDO.SETUP_FINALLY, cleanup, loc);
  b.emit(e.nodeType === 'ListComp' ? OP.BUILD_LIST : OP.BUILD_MAP, 0, loc);
  b.emit(OP.SWAP, 2, loc);
  generator(c, e, 0, 1);
  b.emit(PSEUDO.POP_BLOCK, 0, NO_LOC);
  const end = b.newBlock();
  b.jump(PSEUDO.JUMP, end, NO_LOC);
  b.use(cleanup);
  b.emit(OP.SWAP, 2, NO_LOC);
  b.emit(OP.POP_TOP, 0, NO_LOC);
  restoreNames(c, names, loc);
  b.emit(OP.RERAISE, 0, loc);
  // The normal path restores after the join, in the block of what follows, as CPython does: there
  // the restores and a store of the result can trade places instead of a SWAP (a static swap).
  b.use(end);
  restoreNames(c, names, loc);
  if (hidden !== null) c.u.hiddenFast.pop();
}

/** Puts back the outer values of a comprehension's names, saved beneath its result. */
function restoreNames(c: Compiler, names: readonly string[], loc: Loc): void {
  if (names.length > 0) c.b.emit(OP.SWAP, names.length + 1, loc);
  for (let i = names.length - 1; i >= 0; i--) c.nameop(names[i]!, 'Store', loc);
}

/** The saved loads of a comprehension's names are LOAD_FAST_AND_CLEAR (they may be unbound). */
function fixSavedLoads(c: Compiler, count: number): void {
  for (const i of c.b.lastInstrs(count)) {
    if (i.op !== OP.LOAD_FAST) throw new Error('comprehension variable is not a fast local');
    i.op = OP.LOAD_FAST_AND_CLEAR;
  }
}

/** One `for` clause of a comprehension (CPython's compiler_sync_comprehension_generator). */
function generator(c: Compiler, e: ListComp | DictComp, index: number, depth: number): void {
  const b = c.b;
  const g = e.generators[index]!;
  const loc = locOf(e);
  const start = b.newBlock();
  const ifCleanup = b.newBlock();
  const anchor = b.newBlock();
  if (index > 0) {
    iterable(c, g.iter);
    b.emit(OP.GET_ITER, 0, loc);
  }
  b.use(start);
  b.jump(OP.FOR_ITER, anchor, loc);
  assignTarget(c, g.target);
  for (const cond of g.ifs) jumpIf(c, cond, ifCleanup, false);
  if (index + 1 < e.generators.length) {
    generator(c, e, index + 1, depth + 1);
  } else if (e.nodeType === 'ListComp') {
    expr(c, e.elt);
    b.emit(OP.LIST_APPEND, depth + 1, loc);
  } else {
    expr(c, e.key);
    expr(c, e.value);
    b.emit(OP.MAP_ADD, depth + 1, loc);
  }
  b.use(ifCleanup);
  b.jump(PSEUDO.JUMP, start, loc);
  b.use(anchor);
  b.emit(OP.END_FOR, 0, loc);
}

/** Stores the value on top of the stack into an assignment target. */
export function assignTarget(c: Compiler, t: ExprNode): void {
  const b = c.b;
  const loc = locOf(t);
  switch (t.nodeType) {
    case 'Name': c.nameop(t.id, 'Store', loc); return;
    case 'Attribute':
      expr(c, t.value);
      b.emit(OP.STORE_ATTR, b.tables.nameIndex(t.attr), loc);
      return;
    case 'Subscript': subscript(c, t, 'Store'); return;
    case 'Tuple': case 'List': {
      const star = t.elts.findIndex((x) => x.nodeType === 'Starred');
      if (star >= 0) {
        if (t.elts.findIndex((x, i) => i > star && x.nodeType === 'Starred') >= 0) throw new CompileFail(t, 'multiple starred expressions in assignment');
        b.emit(OP.UNPACK_EX, star | ((t.elts.length - star - 1) << 8), loc);
      } else {
        b.emit(OP.UNPACK_SEQUENCE, t.elts.length, loc);
      }
      for (const x of t.elts) assignTarget(c, x.nodeType === 'Starred' ? x.value : x);
      return;
    }
    default: throw new CompileFail(t, `cannot assign to \`${t.nodeType}\``);
  }
}
