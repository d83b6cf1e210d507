// Turns a code builder's blocks into a CodeObject, with CPython 3.12's flowgraph passes that shape
// what `dis` shows: exception targets, cold blocks last, static swaps, jump threading, NOP removal,
// exits copied per jump, jump direction, and LOAD_FAST_CHECK where a local may be unbound.
import { OP, POS_STRIDE, type CodeObject, type Const, type ExceptionEntry } from '../code.ts';
import { Block, hasTarget, isBranch, isSetup, isTerminator, NO_LOC, type CodeBuilder, type Handler, type Instr } from './builder.ts';
import { PSEUDO, stackEffect } from './stackeffect.ts';

/** What a code object says about itself, as the compiler knows it before assembly. */
export type CodeMeta = Pick<
  CodeObject,
  'name' | 'qualname' | 'filename' | 'firstLineNo' | 'argCount' | 'posOnlyArgCount' | 'kwOnlyArgCount' | 'flags' | 'varnames' | 'cellvars' | 'freevars'
> & {
  readonly sourceLines: readonly string[];
  /** Number of leading varnames bound on entry (the parameters). */
  readonly boundOnEntry: number;
};

function blockList(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) out.push(b);
  return out;
}

function fallsThrough(b: Block): boolean {
  const last = b.instrs[b.instrs.length - 1];
  return last === undefined || !isTerminator(last.op);
}

/** Stack depth at each block's start; returns the maximum depth. */
function stackDepth(entry: Block): number {
  let max = 0;
  const work: Block[] = [];
  const reach = (b: Block | null, depth: number): void => {
    if (b === null) return;
    if (b.startDepth < 0) {
      b.startDepth = depth;
      work.push(b);
    }
  };
  reach(entry, 0);
  while (work.length > 0) {
    const b = work.pop()!;
    let depth = b.startDepth;
    let falls = true;
    for (const i of b.instrs) {
      if (i.target !== null) {
        const taken = depth + stackEffect(i.op, i.arg, true);
        max = Math.max(max, taken);
        reach(i.target, taken);
      }
      depth += stackEffect(i.op, i.arg, false);
      max = Math.max(max, depth);
      if (isTerminator(i.op)) {
        falls = false;
        break;
      }
    }
    if (falls) reach(b.next, depth);
  }
  return max;
}

/** Records the handler in effect at each instruction; SETUP_* and POP_BLOCK become NOPs. */
function labelExceptionTargets(entry: Block): void {
  const stacks = new Map<Block, Handler[]>();
  const work: Block[] = [entry];
  stacks.set(entry, []);
  const reach = (b: Block | null, stack: Handler[]): void => {
    if (b !== null && !stacks.has(b)) {
      stacks.set(b, stack.slice());
      work.push(b);
    }
  };
  while (work.length > 0) {
    const b = work.pop()!;
    const stack = (stacks.get(b) ?? []).slice();
    for (const i of b.instrs) {
      if (isSetup(i.op) && i.target !== null) {
        const lasti = i.op !== PSEUDO.SETUP_FINALLY;
        reach(i.target, stack);
        stack.push({ block: i.target, depth: i.target.startDepth - 1 - (lasti ? 1 : 0), lasti });
        i.op = OP.NOP;
        i.target = null;
      } else if (i.op === PSEUDO.POP_BLOCK) {
        stack.pop();
        i.op = OP.NOP;
      }
      i.handler = stack[stack.length - 1] ?? null;
      if (i.target !== null) reach(i.target, stack);
    }
    if (fallsThrough(b)) reach(b.next, stack);
  }
}

/** Blocks reachable only through exceptions go last, in order (CPython's push_cold_blocks_to_end). */
function coldToEnd(blocks: Block[]): Block[] {
  const warm = new Set<Block>();
  const work: Block[] = [blocks[0]!];
  warm.add(blocks[0]!);
  while (work.length > 0) {
    const b = work.pop()!;
    const succ: (Block | null)[] = b.instrs.map((i) => i.target);
    if (fallsThrough(b)) succ.push(b.next);
    for (const s of succ) if (s !== null && !warm.has(s)) { warm.add(s); work.push(s); }
  }
  const reachable = new Set<Block>(warm);
  const more = [...warm];
  while (more.length > 0) {
    const b = more.pop()!;
    const succ: (Block | null)[] = b.instrs.map((i) => i.target);
    for (const i of b.instrs) succ.push(i.handler?.block ?? null);
    if (fallsThrough(b)) succ.push(b.next);
    for (const s of succ) if (s !== null && !reachable.has(s)) { reachable.add(s); more.push(s); }
  }
  for (const b of blocks) b.cold = !warm.has(b);
  const order = [...blocks.filter((b) => warm.has(b)), ...blocks.filter((b) => !warm.has(b) && reachable.has(b))];
  order.forEach((b, k) => {
    if (fallsThrough(b) && b.next !== null && order[k + 1] !== b.next) {
      b.instrs.push({ op: PSEUDO.JUMP, arg: 0, loc: NO_LOC, target: b.next, handler: null });
    }
  });
  return order;
}

/** The first instruction at or after block `k` of `order` (skipping empty blocks). */
function firstInstr(order: readonly Block[], k: number): Instr | undefined {
  for (let j = k; j < order.length; j++) {
    const i = order[j]?.instrs[0];
    if (i !== undefined) return i;
  }
  return undefined;
}

function isJump(op: number): boolean {
  return op === PSEUDO.JUMP || op === PSEUDO.JUMP_NO_INTERRUPT;
}

/** Jump threading, jumps to the next instruction removed, then redundant NOPs removed. */
function optimize(order: Block[]): void {
  const index = new Map<Block, number>();
  order.forEach((b, k) => index.set(b, k));
  const resolve = (b: Block): Instr | undefined => firstInstr(order, index.get(b) ?? 0);
  // CPython's inline_small_exit_blocks: a jump to a short block that leaves the scope becomes a copy of it.
  for (const b of order) {
    const last = b.instrs[b.instrs.length - 1];
    if (last === undefined || !isJump(last.op) || last.target === null) continue;
    const t = nonEmptyFrom(order, index.get(last.target) ?? 0);
    const tail = t?.instrs[t.instrs.length - 1];
    if (t === null || tail === undefined || !SCOPE_EXITS.has(tail.op) || t.instrs.length > 4) continue;
    b.instrs.pop();
    for (const i of t.instrs) b.instrs.push({ ...i });
  }
  for (const b of order) b.instrs.forEach((i, n) => { if (i.op === OP.SWAP) applyStaticSwaps(b.instrs, n); });
  for (const b of order) {
    for (const i of b.instrs) {
      if (i.target === null || !(isJump(i.op) || isBranch(i.op)) || i.op === OP.FOR_ITER) continue;
      for (let hops = 0; hops < 8; hops++) {
        const t = resolve(i.target);
        // As CPython's jump_thread: only onto a jump of the same line or of none, so that a line's
        // own jump (a loop's way back, on the `while` line) stays where the learner sees it.
        if (t === undefined || !isJump(t.op) || t.target === null || t.target === i.target) break;
        if (t.loc.line !== i.loc.line && t.loc.line >= 0) break;
        i.target = t.target;
      }
    }
  }
  removeRedundantNops(order);
  // CPython's remove_redundant_jumps comes after its NOP removal: the NOP a jump to the next
  // instruction leaves may take a line from propagateLines, and the second removal decides.
  order.forEach((b, k) => {
    const last = b.instrs[b.instrs.length - 1];
    if (last !== undefined && isJump(last.op) && last.target !== null && resolve(last.target) === firstInstr(order, k + 1) && firstInstr(order, k + 1) !== undefined) {
      last.op = OP.NOP;
      last.target = null;
    }
  });
}

/** CPython's remove_redundant_nops: a NOP stays only to carry a line no neighbour carries. */
function removeRedundantNops(order: readonly Block[]): void {
  order.forEach((b, k) => {
    const kept: Instr[] = [];
    b.instrs.forEach((i, n) => {
      if (i.op !== OP.NOP) { kept.push(i); return; }
      const line = i.loc.line;
      if (line < 0) return;
      const prev = kept[kept.length - 1];
      if (prev?.loc.line === line) return;
      const within = n + 1 < b.instrs.length ? b.instrs[n + 1] : undefined;
      // A NOP gives its line to a lineless instruction after it in its block (remove_redundant_nops).
      if (within !== undefined && within.loc.line < 0) { within.loc = i.loc; return; }
      const next = within ?? (fallsThrough(b) ? firstInstr(order, k + 1) : undefined);
      if (next?.loc.line === line) return;
      kept.push(i);
    });
    b.instrs.length = 0;
    b.instrs.push(...kept);
  });
}

/** Stores and pops whose order a SWAP can exchange instead of the stack's items. */
function swappable(op: number): boolean {
  return op === OP.STORE_FAST || op === OP.POP_TOP;
}

function storesTo(i: Instr): number {
  return i.op === OP.STORE_FAST ? i.arg : -1;
}

/** The next swappable instruction after `k`, past NOPs, on `line` when it is one; -1 if none. */
function nextSwappable(instrs: readonly Instr[], k: number, line: number): number {
  while (++k < instrs.length) {
    const i = instrs[k]!;
    if (line >= 0 && i.loc.line !== line) return -1;
    if (i.op === OP.NOP) continue;
    return swappable(i.op) ? k : -1;
  }
  return -1;
}

/**
 * CPython's apply_static_swaps: `SWAP n` followed by stores or pops exchanges those instructions and
 * becomes a NOP (`SWAP 2, STORE_FAST x, STORE_FAST y` is `STORE_FAST y, STORE_FAST x`), unless two
 * of them store to one name or they stand on different lines.
 */
function applyStaticSwaps(instrs: Instr[], n: number): void {
  for (; n >= 0; n--) {
    const swap = instrs[n]!;
    if (swap.op !== OP.SWAP) {
      if (swap.op === OP.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(instrs, n, -1);
    if (j < 0) return;
    let k = j;
    const line = instrs[j]!.loc.line;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, line);
      if (k < 0) return;
    }
    const sj = storesTo(instrs[j]!);
    const sk = storesTo(instrs[k]!);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let m = j + 1; m < k; m++) {
        const sm = storesTo(instrs[m]!);
        if (sm >= 0 && (sm === sj || sm === sk)) return;
      }
    }
    swap.op = OP.NOP;
    swap.arg = 0;
    [instrs[j], instrs[k]] = [instrs[k]!, instrs[j]!];
  }
}

const INVERSE: Readonly<Record<number, number>> = {
  [OP.POP_JUMP_IF_FALSE]: OP.POP_JUMP_IF_TRUE, [OP.POP_JUMP_IF_TRUE]: OP.POP_JUMP_IF_FALSE,
  [OP.POP_JUMP_IF_NONE]: OP.POP_JUMP_IF_NOT_NONE, [OP.POP_JUMP_IF_NOT_NONE]: OP.POP_JUMP_IF_NONE,
};

/** Gives jumps their direction; a backward conditional jump becomes an inverted one plus JUMP_BACKWARD. */
function normalizeJumps(order: Block[]): Block[] {
  const out: Block[] = [];
  const pos = new Map<Block, number>();
  order.forEach((b, k) => pos.set(b, k));
  for (const b of order) {
    out.push(b);
    const last = b.instrs[b.instrs.length - 1];
    if (last === undefined || last.target === null) continue;
    const backward = (pos.get(last.target) ?? 0) <= (pos.get(b) ?? 0);
    if (isJump(last.op)) {
      last.op = backward ? (last.op === PSEUDO.JUMP ? OP.JUMP_BACKWARD : OP.JUMP_BACKWARD_NO_INTERRUPT) : OP.JUMP_FORWARD;
    } else if (backward && INVERSE[last.op] !== undefined) {
      const back = new Block();
      const after = new Block();
      back.instrs.push({ op: OP.JUMP_BACKWARD, arg: 0, loc: last.loc, target: last.target, handler: last.handler });
      last.op = INVERSE[last.op]!;
      last.target = after;
      out.push(back, after);
    }
  }
  return out;
}

/** Drops blocks no path reaches (after jump threading some are left behind). */
function removeUnreachable(order: readonly Block[]): Block[] {
  const first = order[0];
  if (first === undefined) return [];
  const seen = new Set<Block>([first]);
  const work: Block[] = [first];
  const index = new Map<Block, number>();
  order.forEach((b, k) => index.set(b, k));
  while (work.length > 0) {
    const b = work.pop()!;
    const succ: (Block | null)[] = [];
    for (const i of b.instrs) succ.push(i.target, i.handler?.block ?? null);
    if (fallsThrough(b)) succ.push(order[(index.get(b) ?? 0) + 1] ?? null);
    for (const s of succ) if (s !== null && !seen.has(s)) { seen.add(s); work.push(s); }
  }
  return order.filter((b) => seen.has(b));
}

/**
 * Normal-flow predecessors of each block with instructions (jumps and fall-through), in `order`.
 * An empty block is no block, as CPython has none by then: a jump to it lands on the next.
 */
function predecessors(order: readonly Block[]): Map<Block, number> {
  const count = new Map<Block, number>();
  const index = new Map<Block, number>();
  order.forEach((b, k) => index.set(b, k));
  const add = (b: Block | null): void => { if (b !== null) count.set(b, (count.get(b) ?? 0) + 1); };
  order.forEach((b, k) => {
    for (const i of b.instrs) if (i.target !== null) add(nonEmptyFrom(order, index.get(i.target) ?? 0));
    if (b.instrs.length > 0 && fallsThrough(b)) add(nextNonEmpty(order, k));
  });
  return count;
}

function nonEmptyFrom(order: readonly Block[], k: number): Block | null {
  for (let j = k; j < order.length; j++) {
    const b = order[j]!;
    if (b.instrs.length > 0) return b;
  }
  return null;
}

function nextNonEmpty(order: readonly Block[], k: number): Block | null {
  for (let j = k + 1; j < order.length; j++) {
    const b = order[j]!;
    if (b.instrs.length > 0) return b;
  }
  return null;
}

const SCOPE_EXITS: ReadonlySet<number> = new Set<number>([OP.RETURN_VALUE, OP.RETURN_CONST, OP.RAISE_VARARGS, OP.RERAISE]);

/** A small exit block with no line, jumped to from several places, is copied for each jump. */
function duplicateExits(order: Block[]): Block[] {
  const preds = predecessors(order);
  const out: Block[] = [];
  const copies = new Map<Block, Block[]>();
  const index = new Map<Block, number>();
  order.forEach((b, k) => index.set(b, k));
  for (const b of order) {
    const last = b.instrs[b.instrs.length - 1];
    // A jump to an empty block lands on the first block after it that has instructions.
    const t = last?.target == null ? null : nonEmptyFrom(order, index.get(last.target) ?? 0);
    if (last === undefined || t === null || !(isJump(last.op) || isBranch(last.op)) || last.op === OP.FOR_ITER) continue;
    const first = t.instrs[0];
    const tail = t.instrs[t.instrs.length - 1];
    if (first === undefined || tail === undefined || first.loc.line >= 0 || !SCOPE_EXITS.has(tail.op) || t.instrs.length > 4) continue;
    if ((preds.get(t) ?? 0) <= 1) continue;
    const copy = new Block();
    copy.cold = t.cold;
    for (const i of t.instrs) copy.instrs.push({ ...i });
    (copy.instrs[0]!).loc = last.loc;
    last.target = copy;
    preds.set(t, (preds.get(t) ?? 0) - 1);
    const list = copies.get(t) ?? [];
    list.push(copy);
    copies.set(t, list);
  }
  for (const b of order) {
    out.push(b);
    out.push(...(copies.get(b) ?? []));
  }
  return out;
}

/** Instructions with no line take the one before them, across blocks entered from one place. */
function propagateLines(order: readonly Block[]): void {
  const preds = predecessors(order);
  order.forEach((b, k) => {
    let prev = NO_LOC;
    for (const i of b.instrs) {
      if (i.loc.line < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (prev.line < 0) return;
    const succ: (Block | null)[] = [];
    if (fallsThrough(b)) succ.push(nextNonEmpty(order, k));
    const last = b.instrs[b.instrs.length - 1];
    if (last?.target != null) succ.push(nonEmptyFrom(order, order.indexOf(last.target)));
    for (const s of succ) {
      const first = s?.instrs[0];
      if (s !== null && first !== undefined && first.loc.line < 0 && preds.get(s) === 1) first.loc = prev;
    }
  });
}

function exceptionTable(instrs: readonly Instr[]): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let start = 0;
  for (let k = 1; k <= instrs.length; k++) {
    const h = instrs[start]?.handler ?? null;
    if (k < instrs.length && (instrs[k]?.handler ?? null) === h) continue;
    if (h !== null) out.push({ start, end: k, target: h.block.offset, depth: h.depth, lasti: h.lasti });
    start = k;
  }
  return out;
}

/** Marks loads of locals that may be unbound (CPython's LOAD_FAST_CHECK). */
function checkUnboundLoads(instrs: Instr[], meta: CodeMeta, table: readonly ExceptionEntry[]): void {
  const n = Math.min(meta.varnames.length, 31);
  if (n === 0) return;
  const all = (1 << n) - 1;
  const entry = all & ~((1 << Math.min(meta.boundOnEntry, n)) - 1);
  const state = new Int32Array(instrs.length + 1).fill(-1);
  const work: number[] = [];
  const flow = (k: number, mask: number): void => {
    if (k >= instrs.length) return;
    const old = state[k]!;
    const merged = old === -1 ? mask : old | mask;
    if (merged !== old) { state[k] = merged; work.push(k); }
  };
  flow(0, entry);
  const handlerOf = (k: number): number => {
    for (const e of table) if (k >= e.start && k < e.end) return e.target;
    return -1;
  };
  const checked = new Set<number>();
  while (work.length > 0) {
    const k = work.pop()!;
    const i = instrs[k]!;
    let mask = state[k]!;
    const h = handlerOf(k);
    if (h >= 0) flow(h, mask);
    const bit = i.arg < n ? 1 << i.arg : 0;
    if (i.op === OP.STORE_FAST) mask &= ~bit;
    else if (i.op === OP.DELETE_FAST || i.op === OP.LOAD_FAST_AND_CLEAR) mask |= bit;
    else if (i.op === OP.LOAD_FAST) {
      if ((mask & bit) !== 0 || i.arg >= n) checked.add(k);
      mask &= ~bit;
    }
    if (h >= 0) flow(h, mask);
    if (i.target !== null) flow(i.target.offset, mask);
    if (!isTerminator(i.op)) flow(k + 1, mask);
  }
  for (const k of checked) (instrs[k]!).op = OP.LOAD_FAST_CHECK;
}

export function assemble(builder: CodeBuilder, meta: CodeMeta, cell2arg: readonly number[]): CodeObject {
  const stackSize = stackDepth(builder.entry);
  labelExceptionTargets(builder.entry);
  let order = coldToEnd(blockList(builder.entry));
  optimize(order);
  order = removeUnreachable(order);
  order = duplicateExits(order);
  propagateLines(order);
  removeRedundantNops(order);
  order = normalizeJumps(order);
  const instrs: Instr[] = [];
  for (const b of order) {
    b.offset = instrs.length;
    instrs.push(...b.instrs);
  }
  const table = exceptionTable(instrs);
  checkUnboundLoads(instrs, meta, table);
  const code = new Int32Array(instrs.length * 2);
  const positions = new Int32Array(instrs.length * POS_STRIDE);
  instrs.forEach((i, k) => {
    code[2 * k] = i.op;
    code[2 * k + 1] = i.target !== null && hasTarget(i.op) ? i.target.offset : i.arg;
    positions.set([i.loc.line, i.loc.col, i.loc.endLine, i.loc.endCol], k * POS_STRIDE);
  });
  const consts: Const[] = builder.tables.consts;
  return {
    kind: 'code',
    name: meta.name,
    qualname: meta.qualname,
    filename: meta.filename,
    sourceLines: meta.sourceLines,
    firstLineNo: meta.firstLineNo,
    argCount: meta.argCount,
    posOnlyArgCount: meta.posOnlyArgCount,
    kwOnlyArgCount: meta.kwOnlyArgCount,
    flags: meta.flags,
    varnames: meta.varnames,
    cellvars: meta.cellvars,
    freevars: meta.freevars,
    cell2arg,
    names: builder.tables.names,
    consts,
    code,
    positions,
    exceptionTable: table,
    stackSize: Math.max(stackSize, 1),
  };
}
