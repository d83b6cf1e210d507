// Code objects: what the compiler produces and the eval loop runs, named as CPython 3.12 names them.
// Immutable once built; shared freely between threads, processes and cloned machines.

/**
 * Every CPython 3.12 opname the compiler emits, mapped to a small dense id (not CPython's own
 * opcode numbers: dense ids keep the eval loop's switch a jump table).
 *
 * Arguments mean what CPython 3.12's `dis` documentation says, except:
 * - Jumps (`JUMP_FORWARD`, `JUMP_BACKWARD`, `JUMP_BACKWARD_NO_INTERRUPT`, `POP_JUMP_IF_*`,
 *   `FOR_ITER`, `SEND`) hold the absolute instruction index of their target, not a relative byte
 *   delta. `FOR_ITER`'s target is its loop's `END_FOR`, as `dis` shows it; when the iterator is
 *   exhausted the eval loop pops it and continues after that `END_FOR`, as CPython does.
 * - `COMPARE_OP`'s arg is the comparison's index in `CMP_OPS` (CPython shifts it left by 4).
 * - `MAKE_CELL`, `LOAD_CLOSURE`, `LOAD_DEREF`, `STORE_DEREF`, `DELETE_DEREF` index the frame's
 *   cells: `cellvars` then `freevars` (CPython indexes its combined fast-locals array). A cell for
 *   an argument is filled from the argument's fast local (see `CodeObject.cell2arg`).
 * - `LOAD_GLOBAL` (name index << 1 | push NULL) and `LOAD_ATTR` (name index << 1 | method form)
 *   keep CPython's encodings; `KW_NAMES` holds the index of a constant tuple of names.
 * - There are no inline `CACHE` entries and no `EXTENDED_ARG`: an arg is a full 32-bit integer.
 * Where the compiler emits a simpler sequence than CPython (outside the places where shared state
 * is read or written), `compile/` says so beside the code that emits it.
 */
export const OP = {
  NOP: 0, POP_TOP: 1, PUSH_NULL: 2, END_FOR: 3, COPY: 4, SWAP: 5, RESUME: 6,
  LOAD_CONST: 7, RETURN_CONST: 8, RETURN_VALUE: 9,
  LOAD_NAME: 10, STORE_NAME: 11, DELETE_NAME: 12,
  LOAD_GLOBAL: 13, STORE_GLOBAL: 14, DELETE_GLOBAL: 15,
  LOAD_FAST: 16, LOAD_FAST_CHECK: 17, LOAD_FAST_AND_CLEAR: 18, STORE_FAST: 19, DELETE_FAST: 20,
  MAKE_CELL: 21, COPY_FREE_VARS: 22, LOAD_CLOSURE: 23, LOAD_DEREF: 24, STORE_DEREF: 25,
  DELETE_DEREF: 26,
  LOAD_ATTR: 27, STORE_ATTR: 28, DELETE_ATTR: 29,
  BINARY_SUBSCR: 30, STORE_SUBSCR: 31, DELETE_SUBSCR: 32, BINARY_SLICE: 33, STORE_SLICE: 34,
  BUILD_SLICE: 35,
  BINARY_OP: 36, UNARY_NEGATIVE: 37, UNARY_NOT: 38, UNARY_INVERT: 39, CALL_INTRINSIC_1: 40,
  COMPARE_OP: 41, IS_OP: 42, CONTAINS_OP: 43,
  BUILD_TUPLE: 44, BUILD_LIST: 45, BUILD_SET: 46, BUILD_MAP: 47, BUILD_CONST_KEY_MAP: 48,
  BUILD_STRING: 49, LIST_APPEND: 50, SET_ADD: 51, MAP_ADD: 52, LIST_EXTEND: 53, SET_UPDATE: 54,
  DICT_UPDATE: 55, DICT_MERGE: 56, UNPACK_SEQUENCE: 57, UNPACK_EX: 58, FORMAT_VALUE: 59,
  GET_ITER: 60, FOR_ITER: 61,
  JUMP_FORWARD: 62, JUMP_BACKWARD: 63, JUMP_BACKWARD_NO_INTERRUPT: 64,
  POP_JUMP_IF_FALSE: 65, POP_JUMP_IF_TRUE: 66, POP_JUMP_IF_NONE: 67, POP_JUMP_IF_NOT_NONE: 68,
  CALL: 69, KW_NAMES: 70, CALL_FUNCTION_EX: 71, MAKE_FUNCTION: 72, LOAD_BUILD_CLASS: 73,
  IMPORT_NAME: 74, IMPORT_FROM: 75,
  RAISE_VARARGS: 76, RERAISE: 77, PUSH_EXC_INFO: 78, POP_EXCEPT: 79, CHECK_EXC_MATCH: 80,
  LOAD_ASSERTION_ERROR: 81, BEFORE_WITH: 82, WITH_EXCEPT_START: 83,
  RETURN_GENERATOR: 84, YIELD_VALUE: 85, SEND: 86, END_SEND: 87, GET_YIELD_FROM_ITER: 88,
  CLEANUP_THROW: 89, LOAD_LOCALS: 90, LOAD_FROM_DICT_OR_DEREF: 91, CALL_INTRINSIC_2: 92,
  SETUP_ANNOTATIONS: 93,
} as const;

export type OpName = keyof typeof OP;
export type Opcode = (typeof OP)[OpName];

/** Opname by dense id. */
export const OP_NAMES: readonly OpName[] = (() => {
  const names: OpName[] = [];
  for (const [name, id] of Object.entries(OP)) names[id] = name as OpName;
  return names;
})();

/** Ops whose arg is an absolute instruction index. */
export const JUMP_OPS: ReadonlySet<number> = new Set<number>([
  OP.JUMP_FORWARD, OP.JUMP_BACKWARD, OP.JUMP_BACKWARD_NO_INTERRUPT, OP.POP_JUMP_IF_FALSE,
  OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE, OP.FOR_ITER, OP.SEND,
]);

/** `COMPARE_OP`'s arg indexes this list (CPython's `dis.cmp_op`). */
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** `BINARY_OP`'s arg indexes this list, as CPython 3.12's `_nb_ops` (13–25: in-place forms). */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;

/** `CALL_INTRINSIC_1` args used here (CPython's numbering). */
export const INTRINSIC = { PRINT: 1, IMPORT_STAR: 2, STOPITERATION_ERROR: 3, UNARY_POSITIVE: 5, LIST_TO_TUPLE: 6 } as const;

/** `MAKE_FUNCTION` flags (CPython's). */
export const MAKE_FUNCTION_FLAGS = { DEFAULTS: 0x01, KWDEFAULTS: 0x02, ANNOTATIONS: 0x04, CLOSURE: 0x08 } as const;

/** `FORMAT_VALUE` flags (CPython's): conversion in the low two bits, then "has a spec". */
export const FORMAT = { NONE: 0, STR: 1, REPR: 2, ASCII: 3, MASK: 3, HAS_SPEC: 4 } as const;

/** Code flags (CPython's `co_flags` bits). */
export const CO = {
  OPTIMIZED: 0x1, NEWLOCALS: 0x2, VARARGS: 0x4, VARKEYWORDS: 0x8, NESTED: 0x10, GENERATOR: 0x20,
} as const;

/**
 * A compile-time constant. Ints are numbers when |v| ≤ 2^53 − 1, bigints past that; floats are
 * boxed so `1.0` stays apart from `1`; tuples hold constants. The eval loop turns each into a
 * run-time value once per code object.
 */
export type Const =
  | null
  | boolean
  | number
  | bigint
  | string
  | ConstFloat
  | ConstTuple
  | ConstEllipsis
  | CodeObject;

export interface ConstFloat { readonly float: number }
export interface ConstTuple { readonly tuple: readonly Const[] }
export interface ConstEllipsis { readonly ellipsis: true }

/** One exception-table entry, in instruction indexes: instructions [start, end) go to target. */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Value-stack depth to unwind to before pushing the exception. */
  readonly depth: number;
  /** Whether the index of the raising instruction is pushed under the exception. */
  readonly lasti: boolean;
}

/** Position stride in `CodeObject.positions`: line, column, end line, end column. */
export const POS_STRIDE = 4;

export interface CodeObject {
  readonly kind: 'code';
  /** `<module>`, a function's name, `<lambda>`, `<listcomp>`, a class's name. */
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstLineNo: number;
  readonly argCount: number;
  readonly posOnlyArgCount: number;
  readonly kwOnlyArgCount: number;
  /** `CO` bits. */
  readonly flags: number;
  /** Fast locals: arguments first (positional, keyword-only, *args, **kwargs), then locals. */
  readonly varnames: readonly string[];
  /** Names of cells this code creates (captured by inner functions). */
  readonly cellvars: readonly string[];
  /** Names of cells this code receives from its function's closure. */
  readonly freevars: readonly string[];
  /** For each cellvar, the index of the argument that fills it, or −1. */
  readonly cell2arg: readonly number[];
  /** Global, attribute and imported names (CPython's `co_names`). */
  readonly names: readonly string[];
  readonly consts: readonly Const[];
  /** Instructions as (opcode, arg) pairs: instruction i is code[2i], code[2i + 1]. */
  readonly code: Int32Array;
  /**
   * Per instruction: line, column, end line, end column (`POS_STRIDE` apart). Lines are 1-based,
   * columns 0-based in UTF-16 code units of the line (CPython counts UTF-8 bytes); −1 where an
   * instruction has no position (as CPython's `None`).
   */
  readonly positions: Int32Array;
  readonly exceptionTable: readonly ExceptionEntry[];
  /** Largest value-stack depth any path reaches. */
  readonly stackSize: number;
  /**
   * The program's source lines (one array shared by every code object of a compile), which a
   * traceback quotes. Absent for code built by hand.
   */
  readonly sourceLines?: readonly string[];
}

/** Number of instructions in a code object. */
export function instructionCount(code: CodeObject): number {
  return code.code.length >> 1;
}

/** The 1-based line of instruction `index`, or −1. */
export function lineOf(code: CodeObject, index: number): number {
  return code.positions[index * POS_STRIDE] ?? -1;
}

/**
 * The line to show for a frame at instruction `index`: its own, or for an instruction CPython gives
 * none (a function's MAKE_CELL, an exception path's SWAP) the nearest before it, else after it.
 */
export function shownLine(code: CodeObject, index: number): number {
  const n = instructionCount(code);
  for (let i = index; i >= 0; i--) if (lineOf(code, i) >= 0) return lineOf(code, i);
  for (let i = index + 1; i < n; i++) if (lineOf(code, i) >= 0) return lineOf(code, i);
  return code.firstLineNo;
}

/** Whether a constant is a nested code object. */
export function isCodeConst(c: Const): c is CodeObject {
  return typeof c === 'object' && c !== null && 'kind' in c;
}
