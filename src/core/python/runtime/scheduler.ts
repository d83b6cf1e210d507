// The scheduler: which threads may move, what one move of a thread is under each switch model,
// the virtual clock, and when and how a program ends.
// Concurrency contract: single-threaded; a move mutates the machine in place (clone first to keep it).
import { OP } from '../code.ts';
import { PyBuiltin, PyClass, PyFloat, PyModule, PyType, type PyValue } from '../values/types.ts';
import { LibObject } from '../lib/native.ts';
import { StepKind, ThreadState, type VmThread } from './vmShape.ts';
import { Life, type Machine, type ThreadRec } from './machine.ts';
import { finishThread } from './threadEnd.ts';
import { outcomeKey, type EndKind, type Outcome } from './types.ts';
import { describeDeadlock } from './waitFor.ts';

/** Whether thread `rec` could make progress if stepped now. */
export function isReady(m: Machine, rec: ThreadRec): boolean {
  if (rec.life !== Life.live) return false;
  if (rec.vm.state !== ThreadState.Blocked) return true;
  const w = rec.wait;
  if (w === null) return false;
  if (w.deadline !== null && m.now >= w.deadline) return true;
  return w.on?.ready(m, rec, w) ?? false;
}

/** Thread ids that may move now, ascending; empty once the program has ended. */
export function enabled(m: Machine): number[] {
  if (ended(m) !== null) return [];
  const out: number[] = [];
  for (const rec of m.threads) if (isReady(m, rec)) out.push(rec.id);
  return out;
}

const STATIC_LOCAL_OPS = [
  OP.NOP, OP.RESUME, OP.LOAD_CONST, OP.LOAD_FAST, OP.LOAD_FAST_CHECK, OP.LOAD_FAST_AND_CLEAR,
  OP.STORE_FAST, OP.DELETE_FAST, OP.POP_TOP, OP.PUSH_NULL, OP.COPY, OP.SWAP, OP.JUMP_FORWARD,
  OP.JUMP_BACKWARD, OP.JUMP_BACKWARD_NO_INTERRUPT, OP.KW_NAMES, OP.END_FOR, OP.IS_OP,
  OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE, OP.MAKE_FUNCTION, OP.BUILD_TUPLE, OP.BUILD_LIST,
  OP.BUILD_STRING, OP.BUILD_SLICE, OP.MAKE_CELL, OP.COPY_FREE_VARS, OP.LOAD_CLOSURE,
];
/** STATIC_LOCAL_OPS as a table by opcode: one indexed load per instruction on the run's hot path. */
export const STATIC_LOCAL = new Uint8Array(256);
for (const op of STATIC_LOCAL_OPS) STATIC_LOCAL[op] = 1;

/** A value no other thread can change: reading it observes nothing shared. */
function immutable(v: PyValue | undefined): boolean {
  return v === null || typeof v !== 'object' || v instanceof PyFloat;
}

const IMMUTABLE_ITERATORS = new Set(['range_iterator', 'tuple_iterator', 'str_ascii_iterator']);

/**
 * Whether the thread's next instruction touches only its own frame, so running it right after the
 * thread's previous step cannot be told apart from running it later: it is not a choice point
 * under `every`. Operators count when their operands are immutable values (`x + 1` on ints is
 * local; `a + b` on lists reads shared lists).
 */
export function nextIsLocal(vm: VmThread): boolean {
  const f = vm.frames[vm.frames.length - 1];
  if (f === undefined || vm.state !== ThreadState.Ready) return false;
  const op = f.code.code[f.pc * 2]!;
  if (STATIC_LOCAL[op] === 1) return true;
  // Stack slots are read only where an operand decides: below the bottom is a slow read.
  const s = f.stack;
  const sp = f.sp;
  switch (op) {
    case OP.BINARY_OP:
    case OP.COMPARE_OP:
    case OP.CONTAINS_OP:
      return immutable(s[sp - 1]) && immutable(s[sp - 2]);
    case OP.UNARY_NEGATIVE:
    case OP.UNARY_NOT:
    case OP.UNARY_INVERT:
    case OP.POP_JUMP_IF_FALSE:
    case OP.POP_JUMP_IF_TRUE:
      return immutable(s[sp - 1]);
    case OP.FORMAT_VALUE:
      return immutable(s[sp - 1]) && ((f.code.code[f.pc * 2 + 1]! & 4) === 0 || immutable(s[sp - 2]));
    case OP.GET_ITER: {
      const top = s[sp - 1];
      return immutable(top) || (typeof top === 'object' && top !== null && top.pyType.name === 'range');
    }
    case OP.FOR_ITER: {
      const top = s[sp - 1];
      return typeof top === 'object' && top !== null && IMMUTABLE_ITERATORS.has(top.pyType.name);
    }
    case OP.LOAD_ATTR: {
      const top = s[sp - 1];
      return typeof top === 'object' && top !== null && (top instanceof PyModule || (top instanceof PyType && !(top instanceof PyClass)) || ((f.code.code[f.pc * 2 + 1]! & 1) === 1 && top instanceof LibObject && top.pyType.dict.get(f.code.names[f.code.code[f.pc * 2 + 1]! >> 1]!) instanceof PyBuiltin));
    }
    case OP.LOAD_GLOBAL: {
      // A builtin's name (range, len, print) that the program never made a global of.
      const name = f.code.names[f.code.code[f.pc * 2 + 1]! >> 1]!;
      return !f.globals.has(name) && f.builtins.has(name);
    }
    case OP.RETURN_VALUE:
    case OP.RETURN_CONST:
      return vm.frames.length > 1;
    default:
      return false;
  }
}

/** Called before each instruction of a traced move (partial-order reduction asks what it touches). */
export type StepTracer = (m: Machine, rec: ThreadRec) => void;

/** Runs one instruction of `rec` and deals with its end. Returns what happened. */
export function exec(m: Machine, rec: ThreadRec, trace?: StepTracer): number {
  if (trace !== undefined) trace(m, rec);
  m.running = rec.id;
  const kind = m.engine.execOne(rec.vm, m);
  if (kind === StepKind.Blocked) return kind;
  m.steps++;
  rec.wait = null;
  if (kind === StepKind.Finished || kind === StepKind.Raised) finishThread(m, rec, kind === StepKind.Raised);
  return kind;
}

/** Read through a call: natives set it during a step, which the compiler cannot see. */
function breakerSet(m: Machine): boolean {
  return m.breaker;
}

export function ends(kind: number): boolean {
  return kind === StepKind.Blocked || kind === StepKind.Finished || kind === StepKind.Raised;
}

/**
 * One move of thread `t` (see types.ts): under `every` one instruction and the local ones after
 * it; under `gil` up to the next eval-breaker point; under `timer` up to `quantum` instructions.
 * Then the clock jumps if no thread can go on before a deadline.
 */
export function step(m: Machine, t: number, trace?: StepTracer): void {
  const rec = m.threads[t];
  if (rec === undefined) throw new Error(`no thread ${t}`);
  if (!isReady(m, rec)) throw new Error(`${rec.vm.name} cannot move now`);
  m.moves.push(t);
  const budget = m.settings.stepBudget;
  const model = m.settings.switch;
  m.breaker = false;
  let kind = exec(m, rec, trace);
  if (model === 'every') {
    while (!ends(kind) && m.steps < budget && nextIsLocal(rec.vm)) kind = exec(m, rec, trace);
  } else if (model === 'gil') {
    while (!ends(kind) && !breakerSet(m) && kind !== StepKind.Resume && kind !== StepKind.BackJump && kind !== StepKind.CallReturned && m.steps < budget) {
      kind = exec(m, rec, trace);
    }
  } else {
    const quantum = Math.max(1, m.settings.quantum);
    for (let n = 1; n < quantum && !ends(kind) && m.steps < budget; n++) kind = exec(m, rec, trace);
  }
  settle(m);
}

/** When no thread can go on but some wait with a deadline, the clock jumps to the earliest one. */
export function settle(m: Machine): void {
  let next = Infinity;
  for (const rec of m.threads) {
    if (rec.life !== Life.live) continue;
    if (isReady(m, rec)) return;
    const d = rec.wait?.deadline;
    if (d !== null && d !== undefined && d < next) next = d;
  }
  if (next !== Infinity && next > m.now) m.now = next;
}

/** Every thread that keeps its program alive has ended. */
export function allEnded(m: Machine): boolean {
  for (const rec of m.threads) {
    if (rec.life === Life.done || rec.life === Life.failed) continue;
    if (rec.life === Life.new) continue; // never started: does not keep the program alive
    if (rec.daemon || m.processes[rec.process]!.daemon) continue;
    return false;
  }
  return true;
}

/** The program's end, or null while it can go on. */
export function ended(m: Machine): EndKind | null {
  const main = m.threads[0]!;
  if (main.life !== Life.live && allEnded(m)) return main.life === Life.failed ? 'error' : 'finished';
  if (m.steps >= m.settings.stepBudget) return 'budget';
  for (const rec of m.threads) if (isReady(m, rec)) return null;
  return 'deadlock';
}

const WHY: Record<EndKind, string> = {
  finished: 'The program finished.',
  error: 'The main thread ended with an uncaught exception.',
  budget: 'The step budget ran out before the program ended.',
  deadlock: 'Deadlock.',
};

export function outcomeOf(m: Machine): Outcome | null {
  const end = ended(m);
  if (end === null) return null;
  const stdout = m.stdout.trimEnd();
  const why = end === 'deadlock' ? `Deadlock: ${describeDeadlock(m)}` : WHY[end];
  return { stdout, end, key: outcomeKey(stdout, end), why };
}
