// The subset checker: every construct the compiler cannot run gets a positioned message naming it.
// Nothing is ignored silently; a program either compiles whole or gets these messages.
import type { Arguments, ExprNode, Located, Module, Stmt } from './ast.ts';
import type { ProgramError, SourceMap } from './source.ts';

/** Modules a program may import (the modelled library); others are named in the message. */
export const MODELLED_MODULES: readonly string[] = [
  'threading', 'multiprocessing', 'queue', 'collections', 'time', 'random', 'math',
];

/** Names that would reach outside the interpreter; each is refused by name. */
const REFUSED_NAMES: ReadonlySet<string> = new Set([
  'eval', 'exec', 'compile', 'open', 'input', '__import__', 'globals', 'locals', 'vars', 'breakpoint',
]);

const STATEMENT_WORDS: Readonly<Record<string, string>> = {
  AsyncFunctionDef: '`async def`', AsyncFor: '`async for`', AsyncWith: '`async with`',
  Match: '`match`', TryStar: '`except*`', TypeAlias: '`type` aliases', AnnAssign: 'annotated assignments',
};

const EXPRESSION_WORDS: Readonly<Record<string, string>> = {
  Await: '`await`', Yield: '`yield`', YieldFrom: '`yield from`', GeneratorExp: 'generator expressions',
  Set: 'sets', SetComp: 'set comprehensions', Interpolation: 't-strings', TemplateStr: 't-strings',
};

/** Lists every construct of `module` outside the subset, in source order (at most `limit`). */
export function checkSubset(module: Module, map: SourceMap, limit = 20): ProgramError[] {
  const errors: ProgramError[] = [];
  const report = (node: Located, what: string): void => {
    if (errors.length < limit) {
      errors.push(map.error(what, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset));
    }
  };
  const unsupported = (node: Located, what: string): void => report(node, `${what} is not supported yet`);

  const args = (a: Arguments, owner: Located): void => {
    if (a.posonlyargs.length > 0) unsupported(owner, 'positional-only parameters (`/`)');
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (p?.annotation !== undefined) unsupported(p.annotation, 'parameter annotations');
    }
    for (const d of a.defaults) expr(d);
    for (const d of a.kw_defaults) if (d !== null) expr(d);
  };

  const expr = (e: ExprNode): void => {
    switch (e.nodeType) {
      case 'Name':
        if (REFUSED_NAMES.has(e.id)) report(e, `\`${e.id}\` is not supported: programs here cannot reach outside the interpreter`);
        return;
      case 'Constant':
        if (e.kind === 'bytes') unsupported(e, 'bytes literals');
        else if (e.kind === 'complex') unsupported(e, 'complex numbers');
        else if (e.kind === 'ellipsis') unsupported(e, '`...`');
        return;
      case 'BinOp':
        if (e.op.nodeType === 'MatMult') unsupported(e, 'the `@` operator');
        expr(e.left);
        expr(e.right);
        return;
      case 'BoolOp': e.values.forEach(expr); return;
      case 'NamedExpr': expr(e.value); return;
      case 'UnaryOp': expr(e.operand); return;
      case 'Lambda': args(e.args, e); expr(e.body); return;
      case 'IfExp': expr(e.test); expr(e.body); expr(e.orelse); return;
      case 'Dict':
        e.keys.forEach((k) => { if (k === null) unsupported(e, '`**` in a dict display'); else expr(k); });
        e.values.forEach(expr);
        return;
      case 'ListComp':
      case 'DictComp':
        for (const g of e.generators) {
          if (g.is_async !== 0) unsupported(e, '`async for` in a comprehension');
          expr(g.target);
          expr(g.iter);
          g.ifs.forEach(expr);
        }
        if (e.nodeType === 'ListComp') expr(e.elt);
        else { expr(e.key); expr(e.value); }
        return;
      case 'Compare': expr(e.left); e.comparators.forEach(expr); return;
      case 'Call':
        expr(e.func);
        e.args.forEach(expr);
        for (const k of e.keywords) expr(k.value);
        return;
      case 'FormattedValue':
        if (e.conversion === 97) unsupported(e, 'the `!a` conversion');
        expr(e.value);
        if (e.format_spec !== undefined) expr(e.format_spec);
        return;
      case 'JoinedStr': e.values.forEach(expr); return;
      case 'Attribute': expr(e.value); return;
      case 'Subscript': expr(e.value); expr(e.slice); return;
      case 'Starred': expr(e.value); return;
      case 'List':
      case 'Tuple':
        e.elts.forEach(expr);
        return;
      case 'Slice':
        for (const part of [e.lower, e.upper, e.step]) if (part !== undefined) expr(part);
        return;
      default:
        unsupported(e, EXPRESSION_WORDS[e.nodeType] ?? `\`${e.nodeType}\``);
    }
  };

  const body = (stmts: readonly Stmt[]): void => stmts.forEach(stmt);

  const stmt = (s: Stmt): void => {
    switch (s.nodeType) {
      case 'FunctionDef':
        s.decorator_list.forEach(expr);
        if (s.returns !== undefined) unsupported(s.returns, 'return annotations');
        args(s.args, s);
        body(s.body);
        return;
      case 'ClassDef':
        if (s.decorator_list.length > 0) unsupported(s, 'decorators');
        if (s.keywords.length > 0) unsupported(s, 'class keywords');
        s.bases.forEach(expr);
        body(s.body);
        return;
      case 'Return': if (s.value !== undefined) expr(s.value); return;
      case 'Delete': s.targets.forEach(expr); return;
      case 'Assign': s.targets.forEach(expr); expr(s.value); return;
      case 'AugAssign': expr(s.target); expr(s.value); return;
      case 'For': expr(s.target); expr(s.iter); body(s.body); body(s.orelse); return;
      case 'While': expr(s.test); body(s.body); body(s.orelse); return;
      case 'If': expr(s.test); body(s.body); body(s.orelse); return;
      case 'With':
        for (const item of s.items) {
          expr(item.context_expr);
          if (item.optional_vars !== undefined) expr(item.optional_vars);
        }
        body(s.body);
        return;
      case 'Raise':
        if (s.exc !== undefined) expr(s.exc);
        if (s.cause !== undefined) expr(s.cause);
        return;
      case 'Try':
        body(s.body);
        for (const h of s.handlers) {
          if (h.type !== undefined) expr(h.type);
          body(h.body);
        }
        body(s.orelse);
        body(s.finalbody);
        return;
      case 'Assert': expr(s.test); if (s.msg !== undefined) expr(s.msg); return;
      case 'Import':
        for (const a of s.names) checkModule(a.name, a);
        return;
      case 'ImportFrom':
        if (s.level > 0) unsupported(s, 'relative imports');
        else checkModule(s.module ?? '', s);
        for (const a of s.names) if (a.name === '*') unsupported(a, '`import *`');
        return;
      case 'Expr': expr(s.value); return;
      case 'Global': case 'Nonlocal': case 'Pass': case 'Break': case 'Continue':
        return;
      default:
        unsupported(s, STATEMENT_WORDS[s.nodeType] ?? `\`${s.nodeType}\``);
    }
  };

  const checkModule = (name: string, node: Located): void => {
    const top = name.split('.')[0] ?? name;
    if (!MODELLED_MODULES.includes(top)) {
      report(node, `module \`${name}\` is not available here (modelled: ${MODELLED_MODULES.join(', ')})`);
    }
  };

  body(module.body);
  return errors;
}
