// What one move touches, for partial-order reduction: each instruction is looked at just before it
// runs (its opcode and the operands on the stack) and named as reads and writes of globals,
// attributes, items, cells and library objects. Where a step could run arbitrary Python (a dunder
// method, a callback) or reach the whole heap (a fork, printing a list), it is marked as touching
// everything, which keeps the reduction sound at the price of pruning less there.
// Concurrency contract: single-threaded; reads the machine only (assigns object ids, never state).
import { OP } from '../code.ts';
import { PyBoundMethod, PyBuiltin, PyDict, PyFloat, PyList, PyModule, PyObject, PyTuple, PyType, type PyValue } from '../values/types.ts';
import { LibObject } from '../lib/native.ts';
import { PyThreadObj } from '../lib/threads.ts';
import { PyClass, PyFunction, PyInstance } from '../vm/objects.ts';
import { ThreadState, type VmThread } from './vmShape.ts';
import type { Machine, ThreadRec } from './machine.ts';
import { nextIsLocal } from './scheduler.ts';

/** A location: a heap object (resolved to its id later) or a named machine-wide place, and a key within it ('*': all of it). */
export interface Touch {
  readonly on: object | string;
  readonly key: string;
  readonly write: boolean;
}

/** What a move touched, as the tracer gathers it on the machine that ran the move. */
export class Touches {
  readonly list: Touch[] = [];
  /** Touches everything: conflicts with every other move. */
  all = false;
  /** Reads everything (a deep read): conflicts with every move that writes. */
  readAll = false;
  read(on: object | string, key = '*'): void {
    this.list.push({ on, key, write: false });
  }
  write(on: object | string, key = '*'): void {
    this.list.push({ on, key, write: true });
  }
}

/** A move's footprint with objects named by stable ids: plain data, comparable across clones. */
export interface Footprint {
  readonly all: boolean;
  readonly readAll: boolean;
  /** `on` is `o<id>` for an object, or a place (`g<process>`, `life<thread>`, `stdout`, `threads`). */
  readonly touches: readonly { readonly on: string; readonly key: string; readonly write: boolean }[];
}

/** Two moves conflict when one may change what the other reads or does: same place, same key (or a whole object), one writes. */
export function conflicts(a: Footprint, b: Footprint): boolean {
  if (a.all || b.all) return true;
  if (a.readAll && b.touches.some((t) => t.write)) return true;
  if (b.readAll && a.touches.some((t) => t.write)) return true;
  for (const x of a.touches) {
    for (const y of b.touches) {
      if (x.on === y.on && (x.write || y.write) && (x.key === y.key || x.key === '*' || y.key === '*')) return true;
    }
  }
  return false;
}

/** One footprint conflicting with whatever `a` or `b` conflicts with: a summary of several moves. */
export function mergeFootprints(a: Footprint, b: Footprint): Footprint {
  const readAll = a.readAll || b.readAll;
  // Touching everything conflicts with every move: the places no longer matter.
  if (a.all || b.all) return { all: true, readAll, touches: [] };
  const key = (t: Footprint['touches'][number]): string => `${t.on}\u0000${t.key}\u0000${t.write ? 1 : 0}`;
  const seen = new Set(a.touches.map(key));
  const touches = [...a.touches];
  for (const t of b.touches) {
    const k = key(t);
    if (!seen.has(k)) {
      seen.add(k);
      touches.push(t);
    }
  }
  return { all: false, readAll, touches };
}

/** Values no thread can change through this reference. */
function immutable(v: PyValue | undefined): boolean {
  return v === null || v === undefined || typeof v !== 'object' || v instanceof PyFloat || v instanceof PyTuple || v instanceof PyType || v instanceof PyModule || v instanceof PyBuiltin || v instanceof PyFunction;
}

/** Operands whose operators may run Python code (a class's dunder methods). */
function runsPython(v: PyValue | undefined): boolean {
  return v instanceof PyInstance || v instanceof PyClass;
}

/** A library object with the library objects it holds (a condition's lock, a Value's lock). */
function touchLib(t: Touches, o: LibObject): void {
  t.write(o);
  for (const x of Object.values(o)) if (x instanceof LibObject) t.write(x);
  if (o instanceof PyThreadObj && o.tid >= 0) t.write(`life${o.tid}`);
}

/** Reading an operand: a mutable container is read as a whole; one holding other containers is a deep read. */
function readOperand(t: Touches, v: PyValue | undefined): void {
  if (immutable(v) || !(v instanceof PyObject)) {
    if (v instanceof PyTuple && v.items.some((x) => !immutable(x))) t.readAll = true;
    return;
  }
  if (runsPython(v)) t.all = true;
  else if (v instanceof LibObject) touchLib(t, v);
  else if (v instanceof PyList && v.items.every((x) => immutable(x))) t.read(v);
  else if (v instanceof PyDict && [...v.entries.values()].every((e) => immutable(e.value))) t.read(v);
  else t.readAll = true;
}

/** Globals of the frame's process are named by the process, so a fork's copy is another place. */
function globalsOf(rec: ThreadRec): string {
  return `g${rec.process}`;
}

const READERS = new Set(['len', 'isinstance', 'id', 'type', 'bool', 'callable', 'hash']);

/** A call: which callee, and what its arguments may let it touch. */
function touchCall(m: Machine, rec: ThreadRec, t: Touches, callee: PyValue | undefined, self: PyValue | undefined, args: readonly (PyValue | undefined)[]): void {
  if (callee instanceof PyBoundMethod) {
    touchCall(m, rec, t, callee.fn, callee.self, args);
    return;
  }
  // A Python function only pushes a frame here; what it does comes in its own instructions.
  if (callee instanceof PyFunction || callee instanceof PyClass) return;
  if (callee instanceof PyType) {
    // Constructing a library object numbers it in its process (Thread-N).
    if (callee.module !== 'builtins') t.write(`ctor${rec.process}`);
    for (const a of args) if (a instanceof PyFunction || a instanceof PyBoundMethod) continue; else readOperand(t, a);
    return;
  }
  if (!(callee instanceof PyBuiltin)) {
    t.all = true;
    return;
  }
  // Callbacks (a sort key, a predicate) run Python inside the native.
  if (args.some((a) => a instanceof PyFunction || a instanceof PyBoundMethod || runsPython(a))) {
    t.all = true;
    return;
  }
  if (self instanceof LibObject) {
    touchLib(t, self);
    if (self instanceof PyThreadObj && callee.name === 'start') {
      // The new thread takes the next id; its moves all write its life, so they follow this one.
      t.write('threads');
      t.write(`life${m.threads.length}`);
      if (self.kind === 'process') t.all = true;
    }
    for (const a of args) if (a instanceof LibObject) touchLib(t, a);
    return;
  }
  if (callee.name === 'print') {
    t.write('stdout');
    for (const a of args) readOperand(t, a);
    return;
  }
  if (callee.owner === null && READERS.has(callee.name)) {
    for (const a of args) if (a instanceof LibObject) touchLib(t, a); else if (!immutable(a) && a instanceof PyObject) t.read(a);
    return;
  }
  // A method of a built-in container may change its instance; other arguments are read.
  if (self !== undefined && !immutable(self) && self instanceof PyObject) {
    if (runsPython(self)) t.all = true;
    else t.write(self);
  }
  for (const a of args) readOperand(t, a);
  if (callee.owner === null && self === undefined && args.length === 0) t.write(`ctor${rec.process}`);
}

/** The touches of the instruction thread `rec` is about to run, added to `t`. */
export function touchNext(m: Machine, rec: ThreadRec, t: Touches): void {
  const vm: VmThread = rec.vm;
  const f = vm.top;
  if (f === undefined) return;
  if (vm.state === ThreadState.Ready && nextIsLocal(vm)) return;
  const op = f.code.code[f.pc * 2]!;
  const arg = f.code.code[f.pc * 2 + 1]!;
  const s = f.stack;
  const top = s[f.sp - 1];
  const second = s[f.sp - 2];
  switch (op) {
    case OP.LOAD_GLOBAL:
      t.read(globalsOf(rec), f.code.names[arg >> 1]);
      return;
    case OP.STORE_GLOBAL:
    case OP.DELETE_GLOBAL:
      t.write(globalsOf(rec), f.code.names[arg]);
      return;
    case OP.LOAD_NAME:
      // A class body's own namespace is its frame's; the globals behind it are shared.
      t.read(globalsOf(rec), f.code.names[arg]);
      return;
    case OP.STORE_NAME:
    case OP.DELETE_NAME:
      if (f.names !== null && f.names !== f.globals) return; // a class body's own namespace
      t.write(globalsOf(rec), f.code.names[arg]);
      return;
    case OP.LOAD_DEREF:
      t.read(f.cells[arg]!);
      return;
    case OP.STORE_DEREF:
    case OP.DELETE_DEREF:
      t.write(f.cells[arg]!);
      return;
    case OP.LOAD_ATTR: {
      const name = f.code.names[arg >> 1]!;
      if (top instanceof LibObject) touchLib(t, top);
      else if (top instanceof PyInstance) t.read(top, name);
      // A built-in object's attributes are its type's methods: nothing a thread can change.
      return;
    }
    case OP.STORE_ATTR: {
      const name = f.code.names[arg]!;
      if (top instanceof LibObject) touchLib(t, top);
      else if (top instanceof PyClass) t.all = true; // a class's attributes: conservatively, a conflict with every move
      else if (top instanceof PyObject) t.write(top, name);
      return;
    }
    case OP.BINARY_SUBSCR:
      if (second instanceof LibObject) touchLib(t, second);
      else if (runsPython(second)) t.all = true;
      else if (second instanceof PyObject && !immutable(second)) t.read(second);
      readOperand(t, top);
      return;
    case OP.BINARY_SLICE:
      readOperand(t, s[f.sp - 3]);
      return;
    case OP.STORE_SUBSCR:
    case OP.DELETE_SUBSCR:
    case OP.STORE_SLICE: {
      const target = op === OP.STORE_SLICE ? s[f.sp - 3] : second;
      if (target instanceof LibObject) touchLib(t, target);
      else if (runsPython(target)) t.all = true;
      else if (target instanceof PyObject) t.write(target);
      if (op === OP.STORE_SUBSCR) readOperand(t, top);
      return;
    }
    case OP.BINARY_OP:
      if (runsPython(top) || runsPython(second)) t.all = true;
      else if (arg >= 13 && second instanceof PyObject && !immutable(second)) t.write(second);
      else readOperand(t, second);
      readOperand(t, top);
      return;
    case OP.COMPARE_OP:
    case OP.CONTAINS_OP:
      readOperand(t, top);
      readOperand(t, second);
      return;
    case OP.UNARY_NEGATIVE:
    case OP.UNARY_NOT:
    case OP.UNARY_INVERT:
    case OP.POP_JUMP_IF_FALSE:
    case OP.POP_JUMP_IF_TRUE:
    case OP.UNPACK_SEQUENCE:
    case OP.UNPACK_EX:
    case OP.LIST_EXTEND:
    case OP.DICT_MERGE:
    case OP.GET_ITER:
      readOperand(t, top);
      return;
    case OP.FORMAT_VALUE:
      readOperand(t, top);
      if ((arg & 4) !== 0) readOperand(t, second);
      return;
    case OP.FOR_ITER:
      // The iterator moves on, and reads the sequence behind it.
      if (top instanceof PyObject) {
        t.write(top);
        for (const x of Object.values(top)) if (x instanceof PyObject) readOperand(t, x);
      }
      return;
    case OP.CALL: {
      const base = f.sp - arg - 2;
      const first = s[base];
      const args = s.slice(base + 2, f.sp);
      if (first !== undefined) touchCall(m, rec, t, first, s[base + 1], args);
      else touchCall(m, rec, t, s[base + 1], undefined, args);
      return;
    }
    case OP.BEFORE_WITH:
      if (top instanceof LibObject) touchLib(t, top);
      else t.all = true;
      return;
    case OP.WITH_EXCEPT_START: {
      const exit = s[f.sp - 4];
      if (exit instanceof PyBoundMethod && exit.self instanceof LibObject) touchLib(t, exit.self);
      else t.all = true;
      return;
    }
    case OP.RETURN_VALUE:
    case OP.RETURN_CONST:
    case OP.IMPORT_NAME:
    case OP.IMPORT_FROM:
    case OP.RAISE_VARARGS:
    case OP.RERAISE:
    case OP.PUSH_EXC_INFO:
    case OP.POP_EXCEPT:
    case OP.CHECK_EXC_MATCH:
    case OP.LOAD_ASSERTION_ERROR:
    case OP.LOAD_BUILD_CLASS:
    case OP.BUILD_MAP:
    case OP.BUILD_CONST_KEY_MAP:
    case OP.LIST_APPEND:
    case OP.MAP_ADD:
    case OP.CALL_INTRINSIC_1:
    case OP.END_FOR:
    case OP.POP_JUMP_IF_NONE:
    case OP.POP_JUMP_IF_NOT_NONE:
      // Frame-local, or (for a thread's last return) covered by the thread's life below.
      return;
    default:
      t.all = true;
  }
}
