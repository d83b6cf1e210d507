// The machine: processes (each with its module globals), threads over the eval loop, the virtual
// clock, what was printed, and the natives' view of all that (it is their NativeCtx).
// Concurrency contract: single-threaded and deterministic; one machine per worker. Everything in
// it is plain data reachable from the Machine object, so clone.ts can copy and hash it.
import type { CodeObject } from '../code.ts';
import type { LibObject } from '../lib/native.ts';
import type { NativeCtx, PyKwargs, PyObject, PyValue } from '../values/types.ts';
import type { VmThread } from './vmShape.ts';
import type { MachineSettings } from './types.ts';

/** A thread's life as the machine sees it (the eval loop's own state says ready/blocked within `live`). */
export const Life = { new: 0, live: 1, done: 2, failed: 3 } as const;
export type Life = (typeof Life)[keyof typeof Life];

/**
 * A blocked call's memory between its retries: what it waits on, until when, and its progress
 * (a condition's wait: 0 waiting for a notify, 1 notified and taking the lock back).
 */
export interface WaitRec {
  on: LibObject | null;
  deadline: number | null;
  phase: number;
  /** An RLock's recursion depth to restore after a condition wait. */
  depth: number;
  /** Anything else the method keeps (a barrier's index, wait_for's last result). */
  data: PyValue;
}

export interface ThreadRec {
  readonly id: number;
  readonly process: number;
  readonly vm: VmThread;
  life: Life;
  daemon: boolean;
  /** The Python-side `threading.Thread` (or the process's main-thread object); created lazily for the main thread. */
  obj: PyObject | null;
  wait: WaitRec | null;
}

export interface ProcessRec {
  readonly id: number;
  readonly name: string;
  readonly globals: Map<string, PyValue>;
  readonly builtins: Map<string, PyValue>;
  /** This process's thread ids, main first. */
  readonly threads: number[];
  /** `threading`'s name counter (Thread-N), copied by a fork as CPython's is. */
  threadNames: number;
  /** `multiprocessing`'s child counter (Process-N). */
  children: number;
  daemon: boolean;
  /** The `multiprocessing.Process` object in the parent, if any. */
  obj: PyObject | null;
  exitcode: number | null;
}

export interface OutputRec {
  readonly thread: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** How the eval loop is driven; bound once (see vm.ts) so the machine does not import it statically. */
export interface Engine {
  /** Runs one instruction. */
  execOne(thread: VmThread, ctx: NativeCtx): number;
  /** A thread about to run module code. */
  moduleThread(id: number, name: string, code: CodeObject, globals: Map<string, PyValue>, builtins: Map<string, PyValue>): VmThread;
  /** A thread about to call `fn(*args, **kwargs)`. */
  callThread(ctx: NativeCtx, id: number, name: string, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): VmThread;
  /** Runs a call to completion without switch points (throws PyRaise). */
  callSync(ctx: NativeCtx, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): PyValue;
  /** The builtins of a new process. */
  builtins(): Map<string, PyValue>;
  /** Text of an uncaught exception's traceback, CPython's format ("Traceback (most recent call last):\n …"). */
  formatException(exc: unknown): string;
  /** `repr(v)`, for the page. */
  repr(v: PyValue): string;
  /** The items of any Python iterable. */
  toArray(ctx: NativeCtx, v: PyValue): PyValue[];
  /** An iterator over a snapshot of items (a deque's `__iter__`). */
  iterOver(ctx: NativeCtx, items: PyValue[]): PyValue;
}

export class Machine implements NativeCtx {
  readonly code: CodeObject;
  readonly settings: MachineSettings;
  readonly engine: Engine;
  processes: ProcessRec[] = [];
  threads: ThreadRec[] = [];
  /** Virtual clock, seconds. */
  now = 0;
  /** Instructions run. */
  steps = 0;
  output: OutputRec[] = [];
  stdout = '';
  stderr = '';
  /** Moves taken from the start: the schedule so far. */
  moves: number[] = [];
  /** Every library object made, in creation order (for the page). */
  objects: LibObject[] = [];
  /** Set by a native when CPython would run Python code there (a property getter): an eval-breaker point. */
  breaker = false;
  /** The thread running the current step. */
  running = 0;
  /**
   * Counts library calls and thread ends: anything that may change which threads can move. While
   * it stays put, only the running thread's own state changes (see runtime/run.ts).
   */
  epoch = 0;

  constructor(code: CodeObject, settings: MachineSettings, engine: Engine) {
    this.code = code;
    this.settings = settings;
    this.engine = engine;
  }

  // NativeCtx
  get thread(): VmThread {
    return this.threads[this.running]!.vm;
  }
  get machine(): this {
    return this;
  }
  write(stream: 'stdout' | 'stderr', text: string): void {
    if (text === '') return;
    this.output.push({ thread: this.running, stream, text });
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
  }
  callSync(fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): PyValue {
    return this.engine.callSync(this, fn, args, kwargs);
  }

  /** The calling thread's record. */
  current(): ThreadRec {
    return this.threads[this.running]!;
  }

  /** Numbers a new library object and lists it for the page. */
  register<T extends LibObject>(o: T): T {
    this.objects.push(o);
    o.num = this.objects.length;
    return o;
  }

  threadName(t: number): string {
    return this.threads[t]?.vm.name ?? `thread ${t}`;
  }

  /** Adds a thread (not started: `life` is new until `start`). */
  addThread(process: number, vm: VmThread, daemon: boolean, obj: PyObject | null): ThreadRec {
    const rec: ThreadRec = { id: vm.id, process, vm, life: Life.new, daemon, obj, wait: null };
    this.threads.push(rec);
    this.processes[process]!.threads.push(rec.id);
    return rec;
  }

  addProcess(name: string, globals: Map<string, PyValue>, parent: ProcessRec | null): ProcessRec {
    const p: ProcessRec = {
      id: this.processes.length,
      name,
      globals,
      builtins: parent?.builtins ?? this.engine.builtins(),
      threads: [],
      threadNames: parent?.threadNames ?? 0,
      children: 0,
      daemon: false,
      obj: null,
      exitcode: null,
    };
    this.processes.push(p);
    return p;
  }
}
