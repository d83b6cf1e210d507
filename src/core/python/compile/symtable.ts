// The symbol table pass: which names are local, global, free or cell in each scope, as CPython's
// symtable.c decides it (list and dict comprehensions inlined into their scope, as in 3.12).
import type { Arguments, Comprehension, ExprNode, Located, Module, Stmt } from '../parse/ast.ts';

/** How a name is reached from one scope (CPython's `_PyST_GetScope` results). */
export type NameScope = 'local' | 'globalExplicit' | 'globalImplicit' | 'free' | 'cell';

const DEF_LOCAL = 1;
const DEF_PARAM = 2;
const DEF_GLOBAL = 4;
const DEF_NONLOCAL = 8;
const USE = 16;

export type ScopeKind = 'module' | 'function' | 'class';

export interface SymbolError { readonly node: Located; readonly message: string }

export class Scope {
  readonly kind: ScopeKind;
  readonly name: string;
  readonly parent: Scope | null;
  readonly children: Scope[] = [];
  /** Flags per name, in order of first mention. */
  readonly flags = new Map<string, number>();
  readonly params: string[] = [];
  /** Names bound by inlined comprehensions' `for` targets (fast locals even at module level). */
  readonly compLocals = new Set<string>();
  /** Module scope: names bound by an import (calls on them skip the method form, as in CPython). */
  readonly imported = new Set<string>();
  /** Resolved after analysis. */
  readonly scopes = new Map<string, NameScope>();
  cellvars: string[] = [];
  freevars: string[] = [];
  varnames: string[] = [];

  constructor(kind: ScopeKind, name: string, parent: Scope | null) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
  }

  add(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }

  /** The scope of `name` here; names never mentioned are implicit globals. */
  scopeOf(name: string): NameScope {
    return this.scopes.get(name) ?? 'globalImplicit';
  }
}

/** Scopes by the node that opens them (FunctionDef, Lambda, ClassDef), and the module's scope. */
export interface SymbolTable {
  readonly module: Scope;
  readonly byNode: Map<object, Scope>;
  readonly errors: SymbolError[];
  /** Names declared `global` in any scope: the module reaches them with *_GLOBAL too. */
  readonly declaredGlobal: Set<string>;
}

export function buildSymbolTable(module: Module): SymbolTable {
  const root = new Scope('module', '<module>', null);
  const table: SymbolTable = { module: root, byNode: new Map(), errors: [], declaredGlobal: new Set() };
  const walker = new Walker(table);
  walker.body(module.body, root);
  analyze(root, new Set(), table);
  return table;
}

class Walker {
  private readonly table: SymbolTable;
  constructor(table: SymbolTable) {
    this.table = table;
  }

  body(stmts: readonly Stmt[], s: Scope): void {
    for (const st of stmts) this.stmt(st, s);
  }

  private openFunction(node: object, name: string, args: Arguments, s: Scope): Scope {
    for (const d of args.defaults) this.expr(d, s);
    for (const d of args.kw_defaults) if (d !== null) this.expr(d, s);
    const inner = new Scope('function', name, s);
    s.children.push(inner);
    this.table.byNode.set(node, inner);
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg]) {
      if (a === undefined) continue;
      inner.add(a.arg, DEF_PARAM);
      inner.params.push(a.arg);
    }
    return inner;
  }

  private declare(names: readonly string[], flag: number, node: Located, s: Scope): void {
    for (const n of names) {
      const prior = s.flags.get(n) ?? 0;
      const word = flag === DEF_GLOBAL ? 'global' : 'nonlocal';
      if (prior & DEF_PARAM) this.table.errors.push({ node, message: `name '${n}' is parameter and ${word}` });
      else if (prior & (DEF_LOCAL | USE)) this.table.errors.push({ node, message: `name '${n}' is used prior to ${word} declaration` });
      if (flag === DEF_NONLOCAL && s.kind === 'module') this.table.errors.push({ node, message: 'nonlocal declaration not allowed at module level' });
      s.add(n, flag);
    }
  }

  stmt(st: Stmt, s: Scope): void {
    switch (st.nodeType) {
      case 'FunctionDef': {
        for (const d of st.decorator_list) this.expr(d, s);
        s.add(st.name, DEF_LOCAL);
        const inner = this.openFunction(st, st.name, st.args, s);
        this.body(st.body, inner);
        return;
      }
      case 'ClassDef': {
        for (const b of st.bases) this.expr(b, s);
        s.add(st.name, DEF_LOCAL);
        const inner = new Scope('class', st.name, s);
        s.children.push(inner);
        this.table.byNode.set(st, inner);
        this.body(st.body, inner);
        return;
      }
      case 'Return': if (st.value !== undefined) this.expr(st.value, s); return;
      case 'Delete': for (const t of st.targets) this.expr(t, s); return;
      case 'Assign': this.expr(st.value, s); for (const t of st.targets) this.expr(t, s); return;
      case 'AugAssign': this.expr(st.value, s); this.expr(st.target, s); if (st.target.nodeType === 'Name') s.add(st.target.id, USE); return;
      case 'For': this.expr(st.iter, s); this.expr(st.target, s); this.body(st.body, s); this.body(st.orelse, s); return;
      case 'While': case 'If': this.expr(st.test, s); this.body(st.body, s); this.body(st.orelse, s); return;
      case 'With':
        for (const item of st.items) {
          this.expr(item.context_expr, s);
          if (item.optional_vars !== undefined) this.expr(item.optional_vars, s);
        }
        this.body(st.body, s);
        return;
      case 'Raise': if (st.exc !== undefined) this.expr(st.exc, s); if (st.cause !== undefined) this.expr(st.cause, s); return;
      case 'Try':
        this.body(st.body, s);
        for (const h of st.handlers) {
          if (h.type !== undefined) this.expr(h.type, s);
          if (h.name !== undefined) s.add(h.name, DEF_LOCAL);
          this.body(h.body, s);
        }
        this.body(st.orelse, s);
        this.body(st.finalbody, s);
        return;
      case 'Assert': this.expr(st.test, s); if (st.msg !== undefined) this.expr(st.msg, s); return;
      case 'Import': case 'ImportFrom':
        for (const a of st.names) {
          const bound = a.asname ?? (st.nodeType === 'Import' ? (a.name.split('.')[0] ?? a.name) : a.name);
          s.add(bound, DEF_LOCAL);
          if (s.kind === 'module') s.imported.add(bound);
        }
        return;
      case 'Global':
        this.declare(st.names, DEF_GLOBAL, st, s);
        for (const n of st.names) this.table.declaredGlobal.add(n);
        return;
      case 'Nonlocal': this.declare(st.names, DEF_NONLOCAL, st, s); return;
      case 'Expr': this.expr(st.value, s); return;
      default: return;
    }
  }

  private comprehension(generators: readonly Comprehension[], elts: readonly ExprNode[], s: Scope): void {
    generators.forEach((g, i) => {
      // The outermost iterable is evaluated outside the comprehension, as in CPython.
      this.expr(g.iter, s);
      this.compTarget(g.target, s);
      for (const cond of g.ifs) this.expr(cond, s);
      if (i === 0) return;
    });
    for (const e of elts) this.expr(e, s);
  }

  private compTarget(t: ExprNode, s: Scope): void {
    if (t.nodeType === 'Name') {
      s.compLocals.add(t.id);
      if (s.kind === 'function') s.add(t.id, DEF_LOCAL);
    } else if (t.nodeType === 'Tuple' || t.nodeType === 'List') {
      for (const e of t.elts) this.compTarget(e, s);
    } else {
      this.expr(t, s);
    }
  }

  expr(e: ExprNode, s: Scope): void {
    switch (e.nodeType) {
      case 'Name': s.add(e.id, e.ctx.nodeType === 'Load' ? USE : DEF_LOCAL); return;
      case 'NamedExpr': this.expr(e.value, s); s.add(e.target.id, DEF_LOCAL); return;
      case 'Lambda': {
        const inner = this.openFunction(e, '<lambda>', e.args, s);
        this.expr(e.body, inner);
        return;
      }
      case 'ListComp': this.comprehension(e.generators, [e.elt], s); return;
      case 'DictComp': this.comprehension(e.generators, [e.key, e.value], s); return;
      case 'SetComp': this.comprehension(e.generators, [e.elt], s); return;
      default:
        for (const child of childExprs(e)) this.expr(child, s);
    }
  }
}

/** The direct sub-expressions of an expression (not of comprehensions or lambdas). */
export function childExprs(e: ExprNode): ExprNode[] {
  switch (e.nodeType) {
    case 'BoolOp': return e.values;
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': return [...e.keys.filter((k): k is ExprNode => k !== null), ...e.values];
    case 'Set': return e.elts;
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.format_spec === undefined ? [e.value] : [e.value, e.format_spec];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'List': case 'Tuple': return e.elts;
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is ExprNode => x !== undefined);
    default: return [];
  }
}

function analyze(s: Scope, enclosing: ReadonlySet<string>, table: SymbolTable): void {
  for (const [name, f] of s.flags) {
    if (f & DEF_GLOBAL || (s.kind === 'module' && table.declaredGlobal.has(name))) s.scopes.set(name, 'globalExplicit');
    else if (f & DEF_NONLOCAL) s.scopes.set(name, 'free');
    else if (f & (DEF_LOCAL | DEF_PARAM)) s.scopes.set(name, s.kind === 'module' ? 'globalImplicit' : 'local');
    else if (s.kind !== 'module' && enclosing.has(name)) s.scopes.set(name, 'free');
    else s.scopes.set(name, 'globalImplicit');
    if (f & DEF_NONLOCAL && !enclosing.has(name)) {
      table.errors.push({ node: { lineno: 1, col_offset: 0 }, message: `no binding for nonlocal '${name}' found` });
    }
  }
  const bound = new Set(enclosing);
  if (s.kind === 'function') {
    for (const [name, sc] of s.scopes) if (sc === 'local' || sc === 'free') bound.add(name);
  }
  const childFree = new Set<string>();
  for (const child of s.children) {
    analyze(child, s.kind === 'class' ? enclosing : s.kind === 'module' ? new Set() : bound, table);
    for (const f of child.freevars) childFree.add(f);
  }
  for (const name of childFree) {
    const sc = s.scopes.get(name);
    if (sc === 'local' && s.kind === 'function') s.scopes.set(name, 'cell');
    else if (sc === undefined || sc === 'globalImplicit') {
      if (s.kind !== 'module') s.scopes.set(name, 'free');
    }
  }
  const cells: string[] = [];
  const frees: string[] = [];
  for (const [name, sc] of s.scopes) {
    if (sc === 'cell') cells.push(name);
    else if (sc === 'free') frees.push(name);
  }
  s.cellvars = cells.sort();
  s.freevars = frees.sort();
  const locals = s.kind === 'function'
    ? [...s.flags.keys()].filter((n) => !s.params.includes(n) && (s.scopes.get(n) === 'local' || s.scopes.get(n) === 'cell'))
    : [...s.compLocals];
  s.varnames = s.kind === 'function' ? [...s.params, ...locals] : locals;
}
