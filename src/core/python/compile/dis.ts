// The listing beside the source: rows shaped like CPython's `dis` (line, index, opname, arg,
// argrepr, jump target), with constants shown as `repr` shows them.
import { BINARY_OPS, CMP_OPS, FORMAT, INTRINSIC, JUMP_OPS, OP, OP_NAMES, POS_STRIDE, isCodeConst, type CodeObject, type Const } from '../code.ts';

export interface DisRow {
  /** The 1-based source line, or null where the instruction has none (module RESUME: 0). */
  readonly line: number | null;
  /** Instruction index (CPython shows byte offsets; these count instructions). */
  readonly index: number;
  readonly opname: string;
  readonly arg: number;
  readonly argrepr: string;
  /** Target instruction index of a jump, else null. */
  readonly jump: number | null;
}

/** Python's `repr` of a float: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
export function floatRepr(f: number): string {
  if (Number.isNaN(f)) return 'nan';
  if (!Number.isFinite(f)) return f > 0 ? 'inf' : '-inf';
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(f);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mant = '', exp = '0'] = f.toExponential().split('e');
    const e = Number(exp);
    return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const s = String(f);
  return s.includes('.') ? s : `${s}.0`;
}

/** Python's `repr` of a str: single quotes unless the text has one and no double quote. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

export function constRepr(c: Const): string {
  if (c === null) return 'None';
  switch (typeof c) {
    case 'boolean': return c ? 'True' : 'False';
    case 'number': case 'bigint': return String(c);
    case 'string': return strRepr(c);
    default:
      if (isCodeConst(c)) return `<code object ${c.name}, file "${c.filename}", line ${c.firstLineNo}>`;
      if ('float' in c) return floatRepr(c.float);
      if ('ellipsis' in c) return 'Ellipsis';
      return c.tuple.length === 1 ? `(${constRepr(c.tuple[0] as Const)},)` : `(${c.tuple.map(constRepr).join(', ')})`;
  }
}

const MAKE_FUNCTION_NAMES = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;
const FORMAT_NAMES = ['', 'str', 'repr', 'ascii'] as const;

function cellName(code: CodeObject, i: number): string {
  return code.cellvars[i] ?? code.freevars[i - code.cellvars.length] ?? `<${i}>`;
}

function argRepr(code: CodeObject, op: number, arg: number): string {
  switch (op) {
    case OP.LOAD_CONST: case OP.RETURN_CONST: case OP.KW_NAMES: {
      const k = code.consts[arg];
      return k === undefined ? '' : constRepr(k);
    }
    case OP.LOAD_NAME: case OP.STORE_NAME: case OP.DELETE_NAME: case OP.STORE_GLOBAL:
    case OP.DELETE_GLOBAL: case OP.STORE_ATTR: case OP.DELETE_ATTR: case OP.IMPORT_NAME: case OP.IMPORT_FROM:
      return code.names[arg] ?? '';
    case OP.LOAD_GLOBAL: return `${arg & 1 ? 'NULL + ' : ''}${code.names[arg >> 1] ?? ''}`;
    case OP.LOAD_ATTR: return `${arg & 1 ? 'NULL|self + ' : ''}${code.names[arg >> 1] ?? ''}`;
    case OP.LOAD_FAST: case OP.LOAD_FAST_CHECK: case OP.LOAD_FAST_AND_CLEAR: case OP.STORE_FAST: case OP.DELETE_FAST:
      return code.varnames[arg] ?? '';
    case OP.MAKE_CELL: case OP.LOAD_CLOSURE: case OP.LOAD_DEREF: case OP.STORE_DEREF: case OP.DELETE_DEREF:
      return cellName(code, arg);
    case OP.COMPARE_OP: return CMP_OPS[arg] ?? '';
    case OP.BINARY_OP: return BINARY_OPS[arg] ?? '';
    case OP.FORMAT_VALUE: {
      const conv = FORMAT_NAMES[arg & FORMAT.MASK] ?? '';
      const spec = (arg & FORMAT.HAS_SPEC) !== 0 ? 'with format' : '';
      return [conv, spec].filter((x) => x !== '').join(', ');
    }
    case OP.MAKE_FUNCTION: return MAKE_FUNCTION_NAMES.filter((_, i) => (arg & (1 << i)) !== 0).join(', ');
    case OP.CALL_INTRINSIC_1: {
      const name = Object.entries(INTRINSIC).find(([, v]) => v === arg)?.[0];
      return name === undefined ? '' : `INTRINSIC_${name}`;
    }
    default:
      return JUMP_OPS.has(op) ? `to ${arg}` : '';
  }
}

/** Every instruction of one code object (nested code objects are listed by `codeObjects`). */
export function disassemble(code: CodeObject): DisRow[] {
  const rows: DisRow[] = [];
  for (let i = 0; i < code.code.length >> 1; i++) {
    const op = code.code[2 * i] ?? 0;
    const arg = code.code[2 * i + 1] ?? 0;
    const line = code.positions[i * POS_STRIDE] ?? -1;
    rows.push({
      line: line < 0 ? null : line,
      index: i,
      opname: OP_NAMES[op] ?? `<${op}>`,
      arg,
      argrepr: argRepr(code, op, arg),
      jump: JUMP_OPS.has(op) ? arg : null,
    });
  }
  return rows;
}

/** `code` and every code object nested in its constants, depth first (the order `dis` lists them). */
export function codeObjects(code: CodeObject): CodeObject[] {
  const out = [code];
  for (const k of code.consts) if (isCodeConst(k)) out.push(...codeObjects(k));
  return out;
}
