// The control-flow graph the code generator writes into: basic blocks of instructions with CPython's
// pseudo-instructions (SETUP_*, POP_BLOCK, JUMP) still in them; assemble.ts turns it into code.
import { OP, type Const } from '../code.ts';
import { PSEUDO } from './stackeffect.ts';

/** A source span as CPython records it: 1-based lines, UTF-8 byte columns; line −1 for none. */
export interface Loc {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export const NO_LOC: Loc = { line: -1, col: -1, endLine: -1, endCol: -1 };

export interface Instr {
  op: number;
  arg: number;
  loc: Loc;
  /** Jump target, for jumps and SETUP_* pseudo-instructions. */
  target: Block | null;
  /** The handler in effect (set by the exception-target pass). */
  handler: Handler | null;
}

export interface Handler {
  readonly block: Block;
  /** Stack depth to unwind to. */
  depth: number;
  readonly lasti: boolean;
}

let nextBlockId = 0;

export class Block {
  readonly id = nextBlockId++;
  readonly instrs: Instr[] = [];
  /** Next block in emission order (the fall-through successor). */
  next: Block | null = null;
  startDepth = -1;
  cold = false;
  /** Index of the block's first instruction in the final code. */
  offset = 0;
}

const TERMINATORS: ReadonlySet<number> = new Set<number>([
  OP.RETURN_VALUE, OP.RETURN_CONST, OP.RAISE_VARARGS, OP.RERAISE, PSEUDO.JUMP,
  PSEUDO.JUMP_NO_INTERRUPT, OP.JUMP_FORWARD, OP.JUMP_BACKWARD, OP.JUMP_BACKWARD_NO_INTERRUPT,
]);

const BRANCHES: ReadonlySet<number> = new Set<number>([
  OP.POP_JUMP_IF_FALSE, OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE,
  OP.FOR_ITER, OP.SEND,
]);

/** Whether control never falls through `i` to the next instruction. */
export function isTerminator(op: number): boolean {
  return TERMINATORS.has(op);
}

/** Whether `op` has a jump target (a real or pseudo jump, a branch, or a SETUP_*). */
export function hasTarget(op: number): boolean {
  return TERMINATORS.has(op) && op !== OP.RETURN_VALUE && op !== OP.RETURN_CONST && op !== OP.RAISE_VARARGS && op !== OP.RERAISE
    || BRANCHES.has(op) || op === PSEUDO.SETUP_FINALLY || op === PSEUDO.SETUP_CLEANUP || op === PSEUDO.SETUP_WITH;
}

export function isBranch(op: number): boolean {
  return BRANCHES.has(op);
}

export function isSetup(op: number): boolean {
  return op === PSEUDO.SETUP_FINALLY || op === PSEUDO.SETUP_CLEANUP || op === PSEUDO.SETUP_WITH;
}

/** Constants and names of one code object, each stored once (CPython's `co_consts`, `co_names`). */
export class Tables {
  readonly consts: Const[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];

  constIndex(c: Const): number {
    const key = constKey(c);
    let i = this.constKeys.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constKeys.set(key, i);
    }
    return i;
  }

  nameIndex(name: string): number {
    let i = this.names.indexOf(name);
    if (i < 0) {
      i = this.names.length;
      this.names.push(name);
    }
    return i;
  }
}

let codeKeySeq = 0;
const codeKeys = new WeakMap<object, number>();

/** A key equal for constants CPython would merge (`1` and `1.0` stay apart, as `True` and `1`). */
function constKey(c: Const): string {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'boolean': return c ? 'T' : 'F';
    case 'number': return Object.is(c, -0) ? 'i-0' : `i${c}`;
    case 'bigint': return `i${c}`;
    case 'string': return `s${c}`;
    default:
      if ('float' in c) return Object.is(c.float, -0) ? 'f-0' : `f${c.float}`;
      if ('tuple' in c) return `(${c.tuple.map(constKey).join(',')})`;
      if ('ellipsis' in c) return '...';
      if (!codeKeys.has(c)) codeKeys.set(c, codeKeySeq++);
      return `c${codeKeys.get(c) ?? 0}`;
  }
}

/** The instruction stream of one code object under construction. */
export class CodeBuilder {
  readonly entry = new Block();
  private current: Block;
  readonly tables = new Tables();

  constructor() {
    this.current = this.entry;
  }

  newBlock(): Block {
    return new Block();
  }

  /** Continues emission in `b`, placed after the current block (CPython's USE_LABEL). */
  use(b: Block): void {
    b.next = this.current.next;
    this.current.next = b;
    this.current = b;
  }

  emit(op: number, arg: number, loc: Loc, target: Block | null = null): void {
    const last = this.current.instrs[this.current.instrs.length - 1];
    if (last !== undefined && (isTerminator(last.op) || isBranch(last.op))) this.use(this.newBlock());
    this.current.instrs.push({ op, arg, loc, target, handler: null });
  }

  /** Emits a jump-like instruction to `target`. */
  jump(op: number, target: Block, loc: Loc): void {
    this.emit(op, 0, loc, target);
  }

  loadConst(c: Const, loc: Loc): void {
    this.emit(OP.LOAD_CONST, this.tables.constIndex(c), loc);
  }

  /** Whether the current block ends in a terminator (nothing after it would run). */
  get unreachable(): boolean {
    const last = this.current.instrs[this.current.instrs.length - 1];
    return last !== undefined && isTerminator(last.op);
  }

  /** The last `n` instructions of the current block. */
  lastInstrs(n: number): Instr[] {
    return n === 0 ? [] : this.current.instrs.slice(-n);
  }

  /** The last instruction emitted in the current block, if any. */
  get last(): Instr | undefined {
    return this.current.instrs[this.current.instrs.length - 1];
  }
}
