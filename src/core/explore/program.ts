// The Explorer's program model: threads as lists of steps over shared variables, locks,
// condition variables and one bounded queue. Plain immutable data, names resolved to indexes.
// Concurrency contract: none needed; the Explorer is single-threaded and deterministic.

/** A register of the stepping thread, or a constant. */
export type Operand = { readonly reg: number } | { readonly value: number };

/**
 * One step, generic in how it refers to things: `N` is a variable, lock, condition, register or
 * label (an index once assembled, a name in a scenario's spec) and `S` an operand.
 */
export type StepOf<N, S> =
  /** register = shared variable */
  | { readonly op: 'load'; readonly v: N; readonly r: N }
  /** shared variable = register or constant */
  | { readonly op: 'store'; readonly v: N; readonly src: S }
  /** register += constant (thread-local) */
  | { readonly op: 'add'; readonly r: N; readonly k: number }
  /** if shared == expect then shared = next; register = 1 on success, 0 on failure */
  | { readonly op: 'cas'; readonly v: N; readonly expect: S; readonly next: S; readonly r: N }
  /** take a mutex; blocks while another thread holds it (not re-entrant) */
  | { readonly op: 'lock'; readonly m: N }
  | { readonly op: 'unlock'; readonly m: N }
  /** Mesa wait: release the condition's mutex and sleep; once notified, take the mutex again */
  | { readonly op: 'wait'; readonly c: N }
  | { readonly op: 'notify'; readonly c: N; readonly all: boolean }
  /** blocking put; blocks while the queue is full */
  | { readonly op: 'put'; readonly src: S }
  /** blocking get into a register; blocks while the queue is empty */
  | { readonly op: 'get'; readonly r: N }
  /** register = number of items in the queue (what `q.empty()` looks at) */
  | { readonly op: 'size'; readonly r: N }
  /** thread-local control flow */
  | { readonly op: 'jump'; readonly to: N }
  | { readonly op: 'jumpIf'; readonly r: N; readonly cmp: 'eq' | 'ne'; readonly value: number; readonly to: N }
  /** critical-section markers: two threads between enter and leave is a violation */
  | { readonly op: 'enter' }
  | { readonly op: 'leave' };

export type InstrBody = StepOf<number, Operand>;

/** One step, with the index of the source line it belongs to (several steps may share a line). */
export type Instr = InstrBody & { readonly line: number };

export type OpName = InstrBody['op'];

/**
 * Steps that only touch the thread's own registers and pc. They commute with every step of every
 * other thread, so the scheduler runs them right after the thread's previous shared step instead
 * of offering them as separate choices: a schedule only chooses among steps others can observe.
 * The critical-section markers count as local: they observe nothing, they only mark.
 */
export const LOCAL_OPS: ReadonlySet<OpName> = new Set<OpName>(['add', 'jump', 'jumpIf', 'enter', 'leave']);

export function isLocal(i: Instr): boolean {
  return LOCAL_OPS.has(i.op);
}

export interface ThreadCode {
  readonly name: string;
  /** The code shown to the learner, one entry per line. */
  readonly source: readonly string[];
  readonly steps: readonly Instr[];
  readonly regs: readonly string[];
  /** For each pc (0..steps.length), the registers whose value may still be read from there on. */
  readonly live: readonly (readonly number[])[];
}

export interface SharedVar {
  readonly name: string;
  readonly init: number;
}

export interface CondVar {
  readonly name: string;
  /** The mutex a waiter releases and takes again. */
  readonly lock: number;
}

export interface QueueSpec {
  readonly name: string;
  readonly capacity: number;
}

/** The item a producer puts to say "no more items" (Python's None). */
export const SENTINEL = -1;

/** How a finished run is judged. */
export type Judge =
  /** A counter: `expected` is the value when no update is lost. */
  | { readonly kind: 'counter'; readonly v: number; readonly expected: number }
  /** Several flags summed, e.g. which philosophers ate; `expected` when everyone finished. */
  | { readonly kind: 'sum'; readonly vars: readonly number[]; readonly name: string; readonly expected: number }
  /** A queue: every real item must have been taken out by the end. */
  | { readonly kind: 'queue'; readonly items: number };

export interface Program {
  readonly scenario: string;
  readonly title: string;
  readonly vars: readonly SharedVar[];
  readonly locks: readonly string[];
  readonly conds: readonly CondVar[];
  readonly queue: QueueSpec | null;
  readonly threads: readonly ThreadCode[];
  readonly judge: Judge;
}

export function operandText(thread: ThreadCode, o: Operand): string {
  return 'reg' in o ? (thread.regs[o.reg] ?? `r${o.reg}`) : String(o.value);
}

export function itemText(v: number): string {
  return v === SENTINEL ? 'None' : String(v);
}
