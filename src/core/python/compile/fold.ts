// Constant folding, as CPython's AST optimizer does it (`-1`, `2 ** 70`, `(1, 2)` and `'a' * 3`
// become constants), so that listings show the same LOAD_CONSTs as `dis`.
import type { Const } from '../code.ts';
import type { ExprNode } from '../parse/ast.ts';

const MAX_INT_BITS = 128;
const MAX_COLLECTION = 256;
const MAX_STR = 4096;

type Num = bigint | { readonly float: number };

function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function asNum(c: Const): Num | undefined {
  if (typeof c === 'number') return BigInt(c);
  if (typeof c === 'bigint') return c;
  if (typeof c === 'boolean') return c ? 1n : 0n;
  if (c !== null && typeof c === 'object' && 'float' in c) return c;
  return undefined;
}

function toFloat(n: Num): number {
  return typeof n === 'bigint' ? Number(n) : n.float;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function foldNumbers(op: string, x: Num, y: Num): Const | undefined {
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    switch (op) {
      case 'Add': return normInt(x + y);
      case 'Sub': return normInt(x - y);
      case 'Mult': return normInt(x * y);
      case 'FloorDiv': return y === 0n ? undefined : normInt(floorDiv(x, y));
      case 'Mod': return y === 0n ? undefined : normInt(x - floorDiv(x, y) * y);
      case 'Div': return y === 0n ? undefined : { float: Number(x) / Number(y) };
      case 'Pow':
        if (y < 0n) return x === 0n ? undefined : { float: Number(x) ** Number(y) };
        if (x !== 0n && BigInt(x.toString(2).length) * y > BigInt(MAX_INT_BITS)) return undefined;
        return normInt(x ** y);
      case 'LShift':
        if (y < 0n || BigInt(x.toString(2).length) + y > BigInt(MAX_INT_BITS)) return undefined;
        return normInt(x << y);
      case 'RShift': return y < 0n ? undefined : normInt(x >> y);
      case 'BitAnd': return normInt(x & y);
      case 'BitOr': return normInt(x | y);
      case 'BitXor': return normInt(x ^ y);
      default: return undefined;
    }
  }
  const a = toFloat(x);
  const b = toFloat(y);
  switch (op) {
    case 'Add': return { float: a + b };
    case 'Sub': return { float: a - b };
    case 'Mult': return { float: a * b };
    case 'Div': return b === 0 ? undefined : { float: a / b };
    default: return undefined;
  }
}

/** The constant an expression folds to, or undefined. */
export function fold(e: ExprNode): Const | undefined {
  switch (e.nodeType) {
    case 'Constant':
      if (e.kind === 'float') return { float: e.value as number };
      if (e.kind !== undefined) return undefined;
      return e.value;
    case 'UnaryOp': {
      const v = fold(e.operand);
      if (v === undefined) return undefined;
      if (e.op.nodeType === 'Not') return undefined;
      const n = asNum(v);
      if (n === undefined) return undefined;
      if (e.op.nodeType === 'USub') return typeof n === 'bigint' ? normInt(-n) : { float: -n.float };
      if (e.op.nodeType === 'UAdd') return typeof n === 'bigint' ? normInt(n) : n;
      return typeof n === 'bigint' ? normInt(~n) : undefined;
    }
    case 'BinOp': {
      const l = fold(e.left);
      const r = fold(e.right);
      if (l === undefined || r === undefined) return undefined;
      const op = e.op.nodeType;
      if (typeof l === 'string' && typeof r === 'string' && op === 'Add') {
        return l.length + r.length <= MAX_STR ? l + r : undefined;
      }
      if (typeof l === 'string' && typeof r === 'number' && op === 'Mult') {
        return r >= 0 && l.length * r <= MAX_STR ? l.repeat(r) : undefined;
      }
      if (typeof l === 'string' || typeof r === 'string') return undefined;
      const x = asNum(l);
      const y = asNum(r);
      return x === undefined || y === undefined ? undefined : foldNumbers(op, x, y);
    }
    case 'Tuple': {
      if (e.ctx.nodeType !== 'Load' || e.elts.length > MAX_COLLECTION) return undefined;
      const items: Const[] = [];
      for (const x of e.elts) {
        const c = fold(x);
        if (c === undefined) return undefined;
        items.push(c);
      }
      return { tuple: items };
    }
    default:
      return undefined;
  }
}
