// The eval loop's state: threads, their frame stacks, and what one step reports to the scheduler.
// Plain data only (no closures): the machine clones and hashes these field by field (see VmThread).
import type { CodeObject } from '../code.ts';
import type { Blocked, PyException, PyType, PyValue, TracebackEntry } from '../values/types.ts';
import type { PyCell, PyFunction, PyInstance } from './objects.ts';

/** What the one instruction `execOne` ran did, for the scheduler's switch models. */
export const StepKind = {
  /** An ordinary instruction ran. */
  Normal: 0,
  /** A `RESUME` ran: a function (or the module) was entered; CPython checks its eval breaker here. */
  Resume: 1,
  /** A backward jump ran (`JUMP_BACKWARD`): another eval-breaker check. */
  BackJump: 2,
  /** A `CALL` finished: a native returned, or a Python callee's frame returned to this one. */
  CallReturned: 3,
  /** Nothing ran: the thread waits (`thread.blocked` says on what); its `pc` stays on the `CALL`. */
  Blocked: 4,
  /** The thread's last frame returned (`thread.result` holds the value). */
  Finished: 5,
  /** An exception left the thread's last frame (`thread.error` holds it). */
  Raised: 6,
} as const;
export type StepKind = (typeof StepKind)[keyof typeof StepKind];

/**
 * One activation of a code object. Clone every mutable field; `code`, `consts`, `fn` and the
 * objects the slots point to are shared by identity (objects are cloned with the heap, not here).
 */
export class Frame {
  /** Immutable; shared. */
  readonly code: CodeObject;
  /** `code.consts` as run-time values, made once per code object; shared, never mutated. */
  readonly consts: readonly PyValue[];
  /** The function this frame runs, or null for module code. */
  readonly fn: PyFunction | null;
  /** Index of the next instruction to run. */
  pc = 0;
  /** Index of the instruction that ran last (or is running): for tracebacks and the current line. */
  lasti = -1;
  /** Value stack, `code.stackSize` long; slots [0, sp) are live. `undefined` is CPython's NULL. */
  readonly stack: (PyValue | undefined)[];
  sp = 0;
  /** Fast locals by `code.varnames` index; `undefined` = unbound. */
  readonly locals: (PyValue | undefined)[];
  /** `code.cellvars` then `code.freevars`; free cells are shared with the closure that made them. */
  readonly cells: PyCell[];
  /** The module globals of this frame's process (shared by every frame of that process). */
  readonly globals: Map<string, PyValue>;
  /** The builtins of this frame's process. */
  readonly builtins: Map<string, PyValue>;
  /** Namespace for `LOAD_NAME`/`STORE_NAME`: the globals at module level, a class body's dict. */
  readonly names: Map<string, PyValue> | null;
  /** Names set by `KW_NAMES` for the `CALL` that follows it (a switch may fall between them). */
  kwNames: readonly string[] | null = null;
  /** Set on an `__init__` frame: the instance its caller receives instead of `None`. */
  returnsInstance: PyInstance | null = null;
  /** Set on a class body's frame: the class its caller receives is built from `names`. */
  buildsClass: { readonly name: string; readonly base: PyType | null } | null = null;

  constructor(
    code: CodeObject,
    consts: readonly PyValue[],
    fn: PyFunction | null,
    globals: Map<string, PyValue>,
    builtins: Map<string, PyValue>,
    names: Map<string, PyValue> | null,
    cells: PyCell[],
  ) {
    this.code = code;
    this.consts = consts;
    this.fn = fn;
    this.globals = globals;
    this.builtins = builtins;
    this.names = names;
    this.cells = cells;
    this.stack = new Array<PyValue | undefined>(code.stackSize).fill(undefined);
    this.locals = new Array<PyValue | undefined>(code.varnames.length).fill(undefined);
  }
}

/** Where a thread is in its life, as the eval loop sees it. */
export const ThreadState = { Ready: 0, Blocked: 1, Finished: 2, Failed: 3 } as const;
export type ThreadState = (typeof ThreadState)[keyof typeof ThreadState];

/**
 * One Python thread of execution. The machine must clone: `frames` (each Frame's mutable fields),
 * `state`, `blocked`, `excInfo` (a stack), `result`, `error`, `steps`. `id` and `name` identify it.
 */
export class VmThread {
  readonly id: number;
  name: string;
  /** Frame stack; the running frame is last. */
  readonly frames: Frame[] = [];
  state: ThreadState = ThreadState.Ready;
  /** What the thread waits on while `state` is Blocked (set by a native returning Blocked). */
  blocked: Blocked | null = null;
  /** Exceptions being handled (`except` blocks entered, innermost last), for bare `raise` and context. */
  readonly excInfo: PyException[] = [];
  /** What the bottom frame returned, once Finished. */
  result: PyValue = null;
  /** The exception that ended the thread, once Failed (its traceback is filled in). */
  error: PyException | null = null;
  /** Instructions run so far. */
  steps = 0;
  /**
   * Frames of CPython's own library beneath this thread's first frame (`threading`'s bootstrap for
   * a started thread, `BOOTSTRAP` in traceback.ts), put under an uncaught exception's traceback.
   * Immutable; shared by clones.
   */
  bootstrap: readonly TracebackEntry[] = [];

  constructor(id: number, name: string) {
    this.id = id;
    this.name = name;
  }

  /** The running frame. */
  get top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }
}
