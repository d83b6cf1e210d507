// Python's abstract syntax tree in CPython's `ast` shape (node names, fields, positions), for the
// subset the compiler takes. The parser adapter produces it; nothing else depends on the parser.

/** CPython's node attributes: 1-based lines, 0-based columns in UTF-8 bytes, as `ast` gives them. */
export interface Located {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno?: number;
  readonly end_col_offset?: number;
}

export interface Module { readonly nodeType: 'Module'; readonly body: Stmt[] }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If
  | With | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break
  | Continue | OtherStmt;

export interface FunctionDef extends Located {
  readonly nodeType: 'FunctionDef';
  readonly name: string;
  readonly args: Arguments;
  readonly body: Stmt[];
  readonly decorator_list: ExprNode[];
  readonly returns?: ExprNode;
}
export interface ClassDef extends Located {
  readonly nodeType: 'ClassDef';
  readonly name: string;
  readonly bases: ExprNode[];
  readonly keywords: Keyword[];
  readonly body: Stmt[];
  readonly decorator_list: ExprNode[];
}
export interface Return extends Located { readonly nodeType: 'Return'; readonly value?: ExprNode }
export interface Delete extends Located { readonly nodeType: 'Delete'; readonly targets: ExprNode[] }
export interface Assign extends Located {
  readonly nodeType: 'Assign';
  readonly targets: ExprNode[];
  readonly value: ExprNode;
}
export interface AugAssign extends Located {
  readonly nodeType: 'AugAssign';
  readonly target: ExprNode;
  readonly op: { readonly nodeType: OperatorName };
  readonly value: ExprNode;
}
export interface AnnAssign extends Located {
  readonly nodeType: 'AnnAssign';
  readonly target: ExprNode;
  readonly annotation: ExprNode;
  readonly value?: ExprNode;
  readonly simple: number;
}
export interface For extends Located {
  readonly nodeType: 'For';
  readonly target: ExprNode;
  readonly iter: ExprNode;
  readonly body: Stmt[];
  readonly orelse: Stmt[];
}
export interface While extends Located {
  readonly nodeType: 'While';
  readonly test: ExprNode;
  readonly body: Stmt[];
  readonly orelse: Stmt[];
}
export interface If extends Located {
  readonly nodeType: 'If';
  readonly test: ExprNode;
  readonly body: Stmt[];
  readonly orelse: Stmt[];
}
export interface WithItem { readonly context_expr: ExprNode; readonly optional_vars?: ExprNode }
export interface With extends Located {
  readonly nodeType: 'With';
  readonly items: WithItem[];
  readonly body: Stmt[];
}
export interface Raise extends Located { readonly nodeType: 'Raise'; readonly exc?: ExprNode; readonly cause?: ExprNode }
export interface ExceptHandler extends Located {
  readonly nodeType: 'ExceptHandler';
  readonly type?: ExprNode;
  readonly name?: string;
  readonly body: Stmt[];
}
export interface Try extends Located {
  readonly nodeType: 'Try';
  readonly body: Stmt[];
  readonly handlers: ExceptHandler[];
  readonly orelse: Stmt[];
  readonly finalbody: Stmt[];
}
export interface Assert extends Located { readonly nodeType: 'Assert'; readonly test: ExprNode; readonly msg?: ExprNode }
export interface Alias extends Located { readonly name: string; readonly asname?: string }
export interface Import extends Located { readonly nodeType: 'Import'; readonly names: Alias[] }
export interface ImportFrom extends Located {
  readonly nodeType: 'ImportFrom';
  readonly module?: string;
  readonly names: Alias[];
  readonly level: number;
}
export interface Global extends Located { readonly nodeType: 'Global'; readonly names: string[] }
export interface Nonlocal extends Located { readonly nodeType: 'Nonlocal'; readonly names: string[] }
export interface Expr extends Located { readonly nodeType: 'Expr'; readonly value: ExprNode }
export interface Pass extends Located { readonly nodeType: 'Pass' }
export interface Break extends Located { readonly nodeType: 'Break' }
export interface Continue extends Located { readonly nodeType: 'Continue' }
/** A statement outside the subset: the checker reports it by its `nodeType`. */
export interface OtherStmt extends Located { readonly nodeType: 'AsyncFunctionDef' | 'AsyncFor' | 'AsyncWith' | 'Match' | 'TryStar' | 'TypeAlias' | 'Comment' }

export type OperatorName =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr'
  | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type CmpOpName = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export type ExprContext = 'Load' | 'Store' | 'Del';

export type ExprNode =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute
  | Subscript | Starred | Name | List | Tuple | Slice | OtherExpr;

export interface BoolOp extends Located { readonly nodeType: 'BoolOp'; readonly op: { readonly nodeType: 'And' | 'Or' }; readonly values: ExprNode[] }
export interface NamedExpr extends Located { readonly nodeType: 'NamedExpr'; readonly target: Name; readonly value: ExprNode }
export interface BinOp extends Located {
  readonly nodeType: 'BinOp';
  readonly left: ExprNode;
  readonly op: { readonly nodeType: OperatorName };
  readonly right: ExprNode;
}
export interface UnaryOp extends Located {
  readonly nodeType: 'UnaryOp';
  readonly op: { readonly nodeType: 'Invert' | 'Not' | 'UAdd' | 'USub' };
  readonly operand: ExprNode;
}
export interface Arg extends Located { readonly arg: string; readonly annotation?: ExprNode }
export interface Arguments {
  readonly posonlyargs: Arg[];
  readonly args: Arg[];
  readonly vararg?: Arg;
  readonly kwonlyargs: Arg[];
  readonly kw_defaults: (ExprNode | null)[];
  readonly kwarg?: Arg;
  readonly defaults: ExprNode[];
}
export interface Lambda extends Located { readonly nodeType: 'Lambda'; readonly args: Arguments; readonly body: ExprNode }
export interface IfExp extends Located { readonly nodeType: 'IfExp'; readonly test: ExprNode; readonly body: ExprNode; readonly orelse: ExprNode }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Located { readonly nodeType: 'Dict'; readonly keys: (ExprNode | null)[]; readonly values: ExprNode[] }
export interface SetExpr extends Located { readonly nodeType: 'Set'; readonly elts: ExprNode[] }
export interface Comprehension { readonly target: ExprNode; readonly iter: ExprNode; readonly ifs: ExprNode[]; readonly is_async: number }
export interface ListComp extends Located { readonly nodeType: 'ListComp'; readonly elt: ExprNode; readonly generators: Comprehension[] }
export interface SetComp extends Located { readonly nodeType: 'SetComp'; readonly elt: ExprNode; readonly generators: Comprehension[] }
export interface GeneratorExp extends Located { readonly nodeType: 'GeneratorExp'; readonly elt: ExprNode; readonly generators: Comprehension[] }
export interface DictComp extends Located {
  readonly nodeType: 'DictComp';
  readonly key: ExprNode;
  readonly value: ExprNode;
  readonly generators: Comprehension[];
}
export interface Compare extends Located {
  readonly nodeType: 'Compare';
  readonly left: ExprNode;
  readonly ops: { readonly nodeType: CmpOpName }[];
  readonly comparators: ExprNode[];
}
export interface Keyword extends Located { readonly arg?: string; readonly value: ExprNode }
export interface Call extends Located { readonly nodeType: 'Call'; readonly func: ExprNode; readonly args: ExprNode[]; readonly keywords: Keyword[] }
/** `conversion`: −1 none, or the code of `s`, `r`, `a`. */
export interface FormattedValue extends Located {
  readonly nodeType: 'FormattedValue';
  readonly value: ExprNode;
  readonly conversion: number;
  readonly format_spec?: JoinedStr;
}
export interface JoinedStr extends Located { readonly nodeType: 'JoinedStr'; readonly values: ExprNode[] }
/**
 * A literal. `kind` is set by the adapter: `float` for float literals (JS numbers cannot tell
 * `1.0` from `1`), `bytes`, `ellipsis` and `complex` for literals outside the subset.
 */
export interface Constant extends Located {
  readonly nodeType: 'Constant';
  readonly value: string | number | bigint | boolean | null;
  readonly kind?: 'float' | 'bytes' | 'ellipsis' | 'complex';
}
export interface Attribute extends Located { readonly nodeType: 'Attribute'; readonly value: ExprNode; readonly attr: string; readonly ctx: { readonly nodeType: ExprContext } }
export interface Subscript extends Located { readonly nodeType: 'Subscript'; readonly value: ExprNode; readonly slice: ExprNode; readonly ctx: { readonly nodeType: ExprContext } }
export interface Starred extends Located { readonly nodeType: 'Starred'; readonly value: ExprNode; readonly ctx: { readonly nodeType: ExprContext } }
export interface Name extends Located { readonly nodeType: 'Name'; readonly id: string; readonly ctx: { readonly nodeType: ExprContext } }
export interface List extends Located { readonly nodeType: 'List'; readonly elts: ExprNode[]; readonly ctx: { readonly nodeType: ExprContext } }
export interface Tuple extends Located { readonly nodeType: 'Tuple'; readonly elts: ExprNode[]; readonly ctx: { readonly nodeType: ExprContext } }
export interface Slice extends Located { readonly nodeType: 'Slice'; readonly lower?: ExprNode; readonly upper?: ExprNode; readonly step?: ExprNode }
/** An expression outside the subset: the checker reports it by its `nodeType`. */
export interface OtherExpr extends Located { readonly nodeType: 'Await' | 'Yield' | 'YieldFrom' | 'Interpolation' | 'TemplateStr' }
