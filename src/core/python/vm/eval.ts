// The eval loop: `execOne` runs exactly one instruction of one thread and says what happened.
// One small case per opcode over the flat (op, arg) encoding; calls push frames instead of
// recursing, so the scheduler may switch threads between any two instructions.
import { OP } from '../code.ts';
import {
  Blocked, EMPTY_TUPLE, Exc, PyBoundMethod, PyBuiltin, PyDict, PyException, PyList, PyModule, PyRaise, PyTuple, PyType, excMatches, newException,
  raiseType, type NativeCtx, type PyValue,
} from '../values/types.ts';
import { binaryOp, compareOp, contains, isTrue, unaryOp, UNARY } from '../values/ops.ts';
import { getIter, iterNext, toArray } from '../values/iter.ts';
import { format } from '../values/format.ts';
import { repr, str, typeNameOf } from '../values/repr.ts';
import { getMethod } from './access.ts';
import { delAttr, getAttr, setAttr } from '../values/attr.ts';
import { delItem, getItem, setItem } from '../values/subscript.ts';
import { BUILD_CLASS, PUSHED, callValue, constsOf, returnValue } from './call.ts';
import { StepKind, ThreadState, type Frame, type VmThread } from './frame.ts';
import { PyCell, PyCode, PyFunction, PySlice } from './objects.ts';
import { raiseInThread } from './unwind.ts';

function nameError(name: string): never {
  raiseType(Exc.NameError, `name '${name}' is not defined`);
}

function loadGlobal(f: Frame, name: string): PyValue {
  const g = f.globals.get(name);
  if (g !== undefined) return g;
  if (name === '__build_class__') return BUILD_CLASS;
  const b = f.builtins.get(name);
  if (b === undefined) nameError(name);
  return b;
}

/**
 * Bound `__exit__` methods by manager: `with lock:` in a loop would otherwise make a new bound
 * method every time. Bound methods have no identity a program here can observe, so one per
 * manager is enough.
 */
const exits = new WeakMap<object, PyValue>();

function boundExit(ctx: NativeCtx, mgr: PyValue): PyValue {
  const cached = typeof mgr === 'object' && mgr !== null ? exits.get(mgr) : undefined;
  if (cached !== undefined) return cached;
  const exit = getAttr(mgr, '__exit__', ctx);
  if (exit instanceof Blocked) raiseType(Exc.TypeError, 'context manager lookup cannot wait');
  if (exit instanceof PyBoundMethod && exit.fn instanceof PyBuiltin && typeof mgr === 'object' && mgr !== null) exits.set(mgr, exit);
  return exit;
}

/** Leaves the thread on this instruction, waiting (the instruction runs again when stepped). */
function block(thread: VmThread, f: Frame, b: Blocked): StepKind {
  f.pc = f.lasti;
  thread.state = ThreadState.Blocked;
  thread.blocked = b;
  return StepKind.Blocked;
}

/** Pops a finished frame and hands its value to the caller (or ends the thread). */
function doReturn(thread: VmThread, f: Frame, value: PyValue): StepKind {
  const result = returnValue(f, value);
  thread.frames.pop();
  const caller = thread.frames[thread.frames.length - 1];
  if (caller === undefined) {
    thread.result = result;
    thread.state = ThreadState.Finished;
    return StepKind.Finished;
  }
  caller.stack[caller.sp++] = result;
  return StepKind.CallReturned;
}

function doCall(thread: VmThread, ctx: NativeCtx, f: Frame, argc: number): StepKind {
  const s = f.stack;
  const base = f.sp - argc - 2;
  const first = s[base];
  let callee: PyValue;
  let args: PyValue[];
  // One copy of the arguments, with `self` in front for a bound method (CPython's method form).
  if (first !== undefined) {
    callee = first;
    args = s.slice(base + 1, f.sp) as PyValue[];
  } else {
    callee = s[base + 1] as PyValue;
    if (callee instanceof PyBoundMethod) {
      args = new Array<PyValue>(argc + 1);
      args[0] = callee.self;
      for (let i = 0; i < argc; i++) args[i + 1] = s[base + 2 + i] as PyValue;
      callee = callee.fn;
    } else {
      args = s.slice(base + 2, f.sp) as PyValue[];
    }
  }
  let kwargs: Map<string, PyValue> | null = null;
  const names = f.kwNames;
  if (names !== null) {
    kwargs = new Map();
    const start = args.length - names.length;
    names.forEach((n, i) => kwargs?.set(n, args[start + i] as PyValue));
    args.length = start;
  }
  const r = callee instanceof PyBuiltin && callee !== BUILD_CLASS ? callee.fn(ctx, args, kwargs) : callValue(thread, ctx, callee, args, kwargs);
  if (r instanceof Blocked) return block(thread, f, r);
  f.kwNames = null;
  for (let i = base; i < f.sp; i++) s[i] = undefined;
  f.sp = base;
  if (thread.blocked !== null) {
    thread.blocked = null;
    thread.state = ThreadState.Ready;
  }
  if (r === PUSHED) return StepKind.Normal;
  s[f.sp++] = r;
  return StepKind.CallReturned;
}

function calleeName(fn: PyValue): string {
  if (fn instanceof PyFunction) return fn.module === 'builtins' ? `${fn.qualname}()` : `${fn.module}.${fn.qualname}()`;
  if (fn instanceof PyBuiltin) return `${fn.name}()`;
  return `${typeNameOf(fn)} object`;
}

/** `**mapping` into a call's keyword dict: string keys, each once (CPython's DICT_MERGE). */
function mergeKwargs(into: PyDict, from: PyValue, fn: PyValue): void {
  if (!(from instanceof PyDict)) raiseType(Exc.TypeError, `${calleeName(fn)} argument after ** must be a mapping, not ${typeNameOf(from)}`);
  for (const e of from.entries.values()) {
    if (typeof e.key !== 'string') raiseType(Exc.TypeError, 'keywords must be strings');
    if (into.get(e.key) !== undefined) raiseType(Exc.TypeError, `${calleeName(fn)} got multiple values for keyword argument '${e.key}'`);
    into.set(e.key, e.value);
  }
}

/** CALL_FUNCTION_EX: [NULL or a callable, callable or self, positional sequence, keyword dict if arg & 1]. */
function doCallEx(thread: VmThread, ctx: NativeCtx, f: Frame, flags: number): StepKind {
  const s = f.stack;
  const top = f.sp;
  const hasKw = flags & 1;
  const kwDict = hasKw !== 0 ? (s[top - 1] as PyDict) : null;
  const seq = s[top - 1 - hasKw] as PyValue;
  const base = top - 3 - hasKw;
  const first = s[base];
  let callee = s[base + 1] as PyValue;
  const args = seq instanceof PyTuple || seq instanceof PyList ? seq.items.slice() : starArgs(seq, callee, ctx);
  if (first !== undefined) {
    args.unshift(callee);
    callee = first;
  }
  let kwargs: Map<string, PyValue> | null = null;
  if (kwDict !== null && kwDict.size > 0) {
    kwargs = new Map();
    for (const e of kwDict.entries.values()) kwargs.set(e.key as string, e.value);
  }
  const r = callValue(thread, ctx, callee, args, kwargs);
  if (r instanceof Blocked) return block(thread, f, r);
  for (let i = base; i < top; i++) s[i] = undefined;
  f.sp = base;
  thread.blocked = null;
  thread.state = ThreadState.Ready;
  if (r === PUSHED) return StepKind.Normal;
  s[f.sp++] = r;
  return StepKind.CallReturned;
}

function starArgs(seq: PyValue, callee: PyValue, ctx: NativeCtx): PyValue[] {
  try {
    getIter(seq, ctx);
  } catch (e) {
    if (e instanceof PyRaise) raiseType(Exc.TypeError, `${calleeName(callee)} argument after * must be an iterable, not ${typeNameOf(seq)}`);
    throw e;
  }
  return toArray(seq, ctx);
}

function makeFunction(f: Frame, flags: number): PyFunction {
  const s = f.stack;
  const codeValue = s[--f.sp];
  if (!(codeValue instanceof PyCode)) raiseType(Exc.SystemError, 'MAKE_FUNCTION without code');
  const closure = (flags & 8) !== 0 ? ((s[--f.sp] as PyTuple).items as PyCell[]) : [];
  const kwdefaults = (flags & 2) !== 0 ? (s[--f.sp] as PyDict) : null;
  const defaults = (flags & 1) !== 0 ? (s[--f.sp] as PyTuple).items : null;
  let kw: Map<string, PyValue> | null = null;
  if (kwdefaults !== null) {
    kw = new Map();
    for (const e of kwdefaults.entries.values()) kw.set(e.key as string, e.value);
  }
  const code = codeValue.code;
  return new PyFunction(code, constsOf(code), f.globals, f.builtins, defaults, kw, closure);
}

function raiseValue(thread: VmThread, f: Frame, kind: number): never {
  const s = f.stack;
  if (kind === 0) {
    const current = thread.excInfo[thread.excInfo.length - 1];
    if (current === undefined) raiseType(Exc.RuntimeError, 'No active exception to reraise');
    throw new PyRaise(current);
  }
  const cause = kind === 2 ? s[--f.sp] : undefined;
  const exc = toException(s[--f.sp] as PyValue);
  if (cause !== undefined) {
    exc.cause = cause === null ? null : toException(cause);
    exc.suppressContext = true;
  }
  throw new PyRaise(exc);
}

function toException(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  if (v instanceof PyType && v.construct !== null && v.isSubtypeOf(Exc.BaseException)) {
    const e = v.construct(null as unknown as NativeCtx, [], null);
    if (e instanceof PyException) return e;
  }
  raiseType(Exc.TypeError, 'exceptions must derive from BaseException');
}

/** Runs one instruction of `thread`'s running frame. */
export function execOne(thread: VmThread, ctx: NativeCtx): StepKind {
  const f = thread.frames[thread.frames.length - 1];
  if (f === undefined) return StepKind.Finished;
  const pc = f.pc;
  const code = f.code.code;
  const op = code[pc * 2]!;
  const arg = code[pc * 2 + 1]!;
  f.lasti = pc;
  f.pc = pc + 1;
  thread.steps++;
  const s = f.stack;
  try {
    switch (op) {
      case OP.NOP: return StepKind.Normal;
      case OP.RESUME: return StepKind.Resume;
      case OP.POP_TOP: s[--f.sp] = undefined; return StepKind.Normal;
      case OP.PUSH_NULL: s[f.sp++] = undefined; return StepKind.Normal;
      case OP.COPY: s[f.sp] = s[f.sp - arg]; f.sp++; return StepKind.Normal;
      case OP.SWAP: {
        const t = s[f.sp - 1];
        s[f.sp - 1] = s[f.sp - arg];
        s[f.sp - arg] = t;
        return StepKind.Normal;
      }
      case OP.LOAD_CONST: s[f.sp++] = f.consts[arg]; return StepKind.Normal;
      case OP.LOAD_FAST: case OP.LOAD_FAST_CHECK: {
        const v = f.locals[arg];
        if (v === undefined) raiseType(Exc.UnboundLocalError, `cannot access local variable '${f.code.varnames[arg] ?? ''}' where it is not associated with a value`);
        s[f.sp++] = v;
        return StepKind.Normal;
      }
      case OP.LOAD_FAST_AND_CLEAR: s[f.sp++] = f.locals[arg]; f.locals[arg] = undefined; return StepKind.Normal;
      case OP.STORE_FAST: f.locals[arg] = s[--f.sp]; s[f.sp] = undefined; return StepKind.Normal;
      case OP.DELETE_FAST: f.locals[arg] = undefined; return StepKind.Normal;
      case OP.LOAD_GLOBAL: {
        if ((arg & 1) !== 0) s[f.sp++] = undefined;
        s[f.sp++] = loadGlobal(f, f.code.names[arg >> 1]!);
        return StepKind.Normal;
      }
      case OP.STORE_GLOBAL: f.globals.set(f.code.names[arg]!, s[--f.sp] as PyValue); s[f.sp] = undefined; return StepKind.Normal;
      case OP.DELETE_GLOBAL: {
        const name = f.code.names[arg]!;
        if (!f.globals.delete(name)) nameError(name);
        return StepKind.Normal;
      }
      case OP.LOAD_NAME: {
        const name = f.code.names[arg]!;
        const v = f.names?.get(name);
        s[f.sp++] = v !== undefined ? v : loadGlobal(f, name);
        return StepKind.Normal;
      }
      case OP.STORE_NAME: (f.names ?? f.globals).set(f.code.names[arg]!, s[--f.sp] as PyValue); s[f.sp] = undefined; return StepKind.Normal;
      case OP.DELETE_NAME: {
        const name = f.code.names[arg]!;
        if (!(f.names ?? f.globals).delete(name)) nameError(name);
        return StepKind.Normal;
      }
      case OP.MAKE_CELL: {
        const a = f.code.cell2arg[arg] ?? -1;
        f.cells[arg] = new PyCell(a >= 0 ? f.locals[a] : undefined);
        return StepKind.Normal;
      }
      case OP.COPY_FREE_VARS: {
        const closure = f.fn?.closure ?? [];
        const n = f.code.cellvars.length;
        for (let i = 0; i < arg; i++) f.cells[n + i] = closure[i]!;
        return StepKind.Normal;
      }
      case OP.LOAD_CLOSURE: s[f.sp++] = f.cells[arg]; return StepKind.Normal;
      case OP.LOAD_DEREF: {
        const v = f.cells[arg]?.value;
        if (v === undefined) {
          const name = f.code.cellvars[arg] ?? f.code.freevars[arg - f.code.cellvars.length] ?? '';
          raiseType(Exc.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
        }
        s[f.sp++] = v;
        return StepKind.Normal;
      }
      case OP.STORE_DEREF: (f.cells[arg]!).value = s[--f.sp]; s[f.sp] = undefined; return StepKind.Normal;
      case OP.DELETE_DEREF: (f.cells[arg]!).value = undefined; return StepKind.Normal;
      case OP.LOAD_ATTR: {
        const obj = s[f.sp - 1] as PyValue;
        const name = f.code.names[arg >> 1]!;
        if ((arg & 1) !== 0) {
          const m = getMethod(ctx, obj, name);
          if (m.fn instanceof Blocked) return block(thread, f, m.fn);
          if (m.bound) { s[f.sp - 1] = m.fn; s[f.sp++] = obj; } else { s[f.sp - 1] = undefined; s[f.sp++] = m.fn; }
          return StepKind.Normal;
        }
        const v = getAttr(obj, name, ctx);
        if (v instanceof Blocked) return block(thread, f, v);
        s[f.sp - 1] = v;
        return StepKind.Normal;
      }
      case OP.STORE_ATTR: {
        const r = setAttr(s[f.sp - 1] as PyValue, f.code.names[arg]!, s[f.sp - 2] as PyValue, ctx);
        if (r !== undefined) return block(thread, f, r);
        f.sp -= 2;
        s[f.sp] = s[f.sp + 1] = undefined;
        return StepKind.Normal;
      }
      case OP.DELETE_ATTR: delAttr(s[--f.sp] as PyValue, f.code.names[arg]!); s[f.sp] = undefined; return StepKind.Normal;
      case OP.BINARY_SUBSCR: {
        const v = getItem(s[f.sp - 2] as PyValue, s[f.sp - 1] as PyValue, ctx);
        if (v instanceof Blocked) return block(thread, f, v);
        s[--f.sp] = undefined;
        s[f.sp - 1] = v;
        return StepKind.Normal;
      }
      case OP.STORE_SUBSCR: {
        const r = setItem(s[f.sp - 2] as PyValue, s[f.sp - 1] as PyValue, s[f.sp - 3] as PyValue, ctx);
        if (r !== undefined) return block(thread, f, r);
        f.sp -= 3;
        return StepKind.Normal;
      }
      case OP.DELETE_SUBSCR: {
        const r = delItem(s[f.sp - 2] as PyValue, s[f.sp - 1] as PyValue, ctx);
        if (r !== undefined) return block(thread, f, r);
        f.sp -= 2;
        return StepKind.Normal;
      }
      case OP.BUILD_SLICE: {
        const step = arg === 3 ? (s[--f.sp] as PyValue) : null;
        const stop = s[--f.sp] as PyValue;
        s[f.sp - 1] = new PySlice(s[f.sp - 1] as PyValue, stop, step);
        return StepKind.Normal;
      }
      case OP.BINARY_SLICE: {
        const v = getItem(s[f.sp - 3] as PyValue, new PySlice(s[f.sp - 2] as PyValue, s[f.sp - 1] as PyValue, null), ctx);
        if (v instanceof Blocked) return block(thread, f, v);
        f.sp -= 2;
        s[f.sp - 1] = v;
        return StepKind.Normal;
      }
      case OP.STORE_SLICE: {
        const r = setItem(s[f.sp - 3] as PyValue, new PySlice(s[f.sp - 2] as PyValue, s[f.sp - 1] as PyValue, null), s[f.sp - 4] as PyValue, ctx);
        if (r !== undefined) return block(thread, f, r);
        f.sp -= 4;
        return StepKind.Normal;
      }
      case OP.BINARY_OP: {
        const b = s[--f.sp] as PyValue;
        s[f.sp] = undefined;
        s[f.sp - 1] = binaryOp(arg, s[f.sp - 1] as PyValue, b, ctx);
        return StepKind.Normal;
      }
      case OP.UNARY_NEGATIVE: s[f.sp - 1] = unaryOp(UNARY.NEGATIVE, s[f.sp - 1] as PyValue); return StepKind.Normal;
      case OP.UNARY_INVERT: s[f.sp - 1] = unaryOp(UNARY.INVERT, s[f.sp - 1] as PyValue); return StepKind.Normal;
      case OP.UNARY_NOT: s[f.sp - 1] = !isTrue(s[f.sp - 1] as PyValue); return StepKind.Normal;
      case OP.CALL_INTRINSIC_1: {
        const v = s[f.sp - 1] as PyValue;
        if (arg === 5) s[f.sp - 1] = unaryOp(UNARY.POSITIVE, v);
        else if (arg === 6) s[f.sp - 1] = new PyTuple((v as PyList).items.slice());
        else raiseType(Exc.SystemError, `intrinsic ${arg} is not supported`);
        return StepKind.Normal;
      }
      case OP.COMPARE_OP: {
        const b = s[--f.sp] as PyValue;
        s[f.sp] = undefined;
        s[f.sp - 1] = compareOp(arg, s[f.sp - 1] as PyValue, b);
        return StepKind.Normal;
      }
      case OP.IS_OP: {
        const b = s[--f.sp];
        const a = s[f.sp - 1];
        s[f.sp] = undefined;
        s[f.sp - 1] = (a === b) !== (arg === 1);
        return StepKind.Normal;
      }
      case OP.CONTAINS_OP: {
        const b = s[--f.sp] as PyValue;
        s[f.sp] = undefined;
        s[f.sp - 1] = contains(b, s[f.sp - 1] as PyValue, ctx) !== (arg === 1);
        return StepKind.Normal;
      }
      case OP.BUILD_TUPLE: {
        const items = arg === 0 ? EMPTY_TUPLE : new PyTuple(s.slice(f.sp - arg, f.sp) as PyValue[]);
        f.sp -= arg;
        s[f.sp++] = items;
        return StepKind.Normal;
      }
      case OP.BUILD_LIST: {
        const items = new PyList(s.slice(f.sp - arg, f.sp) as PyValue[]);
        f.sp -= arg;
        s[f.sp++] = items;
        return StepKind.Normal;
      }
      case OP.BUILD_MAP: {
        const d = new PyDict();
        for (let i = f.sp - 2 * arg; i < f.sp; i += 2) d.set(s[i] as PyValue, s[i + 1] as PyValue);
        f.sp -= 2 * arg;
        s[f.sp++] = d;
        return StepKind.Normal;
      }
      case OP.BUILD_CONST_KEY_MAP: {
        const keys = (s[--f.sp] as PyTuple).items;
        const d = new PyDict();
        keys.forEach((k, i) => d.set(k, s[f.sp - arg + i] as PyValue));
        f.sp -= arg;
        s[f.sp++] = d;
        return StepKind.Normal;
      }
      case OP.BUILD_STRING: {
        let text = '';
        for (let i = f.sp - arg; i < f.sp; i++) text += s[i] as string;
        f.sp -= arg;
        s[f.sp++] = text;
        return StepKind.Normal;
      }
      case OP.LIST_APPEND: (s[f.sp - 1 - arg] as PyList).items.push(s[--f.sp] as PyValue); return StepKind.Normal;
      case OP.LIST_EXTEND: {
        const items = toArray(s[--f.sp] as PyValue, ctx);
        (s[f.sp - arg] as PyList).items.push(...items);
        return StepKind.Normal;
      }
      case OP.MAP_ADD: {
        const v = s[--f.sp] as PyValue;
        const k = s[--f.sp] as PyValue;
        (s[f.sp - arg] as PyDict).set(k, v);
        return StepKind.Normal;
      }
      case OP.UNPACK_SEQUENCE: {
        const v = s[--f.sp] as PyValue;
        const items = v instanceof PyTuple || v instanceof PyList ? v.items : toArray(v, ctx);
        if (items.length !== arg) {
          if (items.length < arg) raiseType(Exc.ValueError, `not enough values to unpack (expected ${arg}, got ${items.length})`);
          raiseType(Exc.ValueError, `too many values to unpack (expected ${arg})`);
        }
        for (let i = arg - 1; i >= 0; i--) s[f.sp++] = items[i];
        return StepKind.Normal;
      }
      case OP.UNPACK_EX: {
        const before = arg & 0xff;
        const after = arg >> 8;
        const items = toArray(s[--f.sp] as PyValue, ctx);
        if (items.length < before + after) raiseType(Exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
        for (let i = items.length - 1; i >= items.length - after; i--) s[f.sp++] = items[i];
        s[f.sp++] = new PyList(items.slice(before, items.length - after));
        for (let i = before - 1; i >= 0; i--) s[f.sp++] = items[i];
        return StepKind.Normal;
      }
      case OP.FORMAT_VALUE: {
        const spec = (arg & 4) !== 0 ? (s[--f.sp] as string) : '';
        let v = s[f.sp - 1] as PyValue;
        const conv = arg & 3;
        if (conv === 1) v = str(v);
        else if (conv === 2 || conv === 3) v = repr(v);
        s[f.sp - 1] = spec === '' && typeof v === 'string' ? v : format(v, spec);
        return StepKind.Normal;
      }
      case OP.GET_ITER: s[f.sp - 1] = getIter(s[f.sp - 1] as PyValue, ctx); return StepKind.Normal;
      case OP.FOR_ITER: {
        const v = iterNext(s[f.sp - 1] as PyValue, ctx);
        if (v === undefined) {
          s[--f.sp] = undefined;
          f.pc = arg + 1;
        } else {
          s[f.sp++] = v;
        }
        return StepKind.Normal;
      }
      case OP.END_FOR: f.sp -= 2; return StepKind.Normal;
      case OP.JUMP_FORWARD: f.pc = arg; return StepKind.Normal;
      case OP.JUMP_BACKWARD: f.pc = arg; return StepKind.BackJump;
      case OP.JUMP_BACKWARD_NO_INTERRUPT: f.pc = arg; return StepKind.Normal;
      case OP.POP_JUMP_IF_FALSE: { const v = s[--f.sp] as PyValue; if (v === false || (v !== true && !isTrue(v))) f.pc = arg; return StepKind.Normal; }
      case OP.POP_JUMP_IF_TRUE: { const v = s[--f.sp] as PyValue; if (v === true || (v !== false && isTrue(v))) f.pc = arg; return StepKind.Normal; }
      case OP.POP_JUMP_IF_NONE: if (s[--f.sp] === null) f.pc = arg; return StepKind.Normal;
      case OP.POP_JUMP_IF_NOT_NONE: if (s[--f.sp] !== null) f.pc = arg; return StepKind.Normal;
      case OP.KW_NAMES: f.kwNames = (f.consts[arg] as PyTuple).items as string[]; return StepKind.Normal;
      case OP.CALL: return doCall(thread, ctx, f, arg);
      case OP.CALL_FUNCTION_EX: return doCallEx(thread, ctx, f, arg);
      case OP.DICT_MERGE: {
        const from = s[--f.sp] as PyValue;
        s[f.sp] = undefined;
        mergeKwargs(s[f.sp - arg] as PyDict, from, s[f.sp - arg - 2] as PyValue);
        return StepKind.Normal;
      }
      case OP.MAKE_FUNCTION: {
        const fn = makeFunction(f, arg);
        s[f.sp++] = fn;
        return StepKind.Normal;
      }
      case OP.LOAD_BUILD_CLASS: s[f.sp++] = BUILD_CLASS; return StepKind.Normal;
      case OP.RETURN_VALUE: return doReturn(thread, f, s[--f.sp] as PyValue);
      case OP.RETURN_CONST: return doReturn(thread, f, f.consts[arg] as PyValue);
      case OP.IMPORT_NAME: {
        const imp = f.builtins.get('__import__');
        if (imp === undefined) raiseType(Exc.ModuleNotFoundError, `No module named '${f.code.names[arg] ?? ''}'`);
        const fromlist = s[--f.sp] as PyValue;
        const level = s[--f.sp] as PyValue;
        const r = callValue(thread, ctx, imp, [f.code.names[arg]!, null, null, fromlist, level], null);
        if (r instanceof Blocked || r === PUSHED) raiseType(Exc.ImportError, 'import cannot wait');
        s[f.sp++] = r;
        return StepKind.Normal;
      }
      case OP.IMPORT_FROM: {
        const mod = s[f.sp - 1] as PyValue;
        const name = f.code.names[arg]!;
        let v: PyValue | Blocked;
        try {
          v = getAttr(mod, name, ctx);
        } catch {
          raiseType(Exc.ImportError, `cannot import name '${name}' from '${mod instanceof PyModule ? mod.name : typeNameOf(mod)}'`);
        }
        if (v instanceof Blocked) raiseType(Exc.ImportError, 'import cannot wait');
        s[f.sp++] = v;
        return StepKind.Normal;
      }
      case OP.RAISE_VARARGS: raiseValue(thread, f, arg); break;
      case OP.LOAD_ASSERTION_ERROR: s[f.sp++] = Exc.AssertionError; return StepKind.Normal;
      case OP.PUSH_EXC_INFO: {
        const exc = s[f.sp - 1] as PyException;
        s[f.sp - 1] = thread.excInfo[thread.excInfo.length - 1] ?? null;
        s[f.sp++] = exc;
        thread.excInfo.push(exc);
        return StepKind.Normal;
      }
      case OP.POP_EXCEPT: s[--f.sp] = undefined; thread.excInfo.pop(); return StepKind.Normal;
      case OP.CHECK_EXC_MATCH: {
        const t = s[f.sp - 1] as PyValue;
        const exc = s[f.sp - 2] as PyException;
        const types = t instanceof PyTuple ? t.items : [t];
        for (const x of types) if (!(x instanceof PyType)) raiseType(Exc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
        s[f.sp - 1] = types.some((x) => excMatches(exc, x as PyType));
        return StepKind.Normal;
      }
      case OP.RERAISE: {
        // The handler is looked up from this instruction (CPython's next_instr), not from the
        // saved index under the exception, which only restores a frame's line; our traceback
        // already holds that line, recorded when the exception was first raised.
        const exc = s[--f.sp] as PyException;
        return raiseInThread(thread, exc, false);
      }
      case OP.BEFORE_WITH: {
        const mgr = s[f.sp - 1] as PyValue;
        const exit = boundExit(ctx, mgr);
        const enter = getMethod(ctx, mgr, '__enter__');
        if (enter.fn instanceof Blocked) raiseType(Exc.TypeError, 'context manager lookup cannot wait');
        const r = callValue(thread, ctx, enter.fn, enter.bound ? [mgr] : [], null);
        if (r instanceof Blocked) return block(thread, f, r);
        s[f.sp - 1] = exit;
        thread.blocked = null;
        thread.state = ThreadState.Ready;
        // A Python __enter__ runs in its own frame; its return value lands here as a call's does.
        if (r === PUSHED) return StepKind.Normal;
        s[f.sp++] = r;
        return StepKind.CallReturned;
      }
      case OP.WITH_EXCEPT_START: {
        const exc = s[f.sp - 1] as PyException;
        const exit = s[f.sp - 4] as PyValue;
        const r = callValue(thread, ctx, exit, [exc.type, exc, null], null);
        if (r instanceof Blocked) return block(thread, f, r);
        if (r === PUSHED) return StepKind.Normal;
        s[f.sp++] = r;
        return StepKind.CallReturned;
      }
      default:
        raiseType(Exc.SystemError, `unknown opcode ${op}`);
    }
  } catch (e) {
    if (e instanceof PyRaise) return raiseInThread(thread, e.exc, true);
    if (e instanceof RangeError) return raiseInThread(thread, newException(Exc.RecursionError, 'maximum recursion depth exceeded'), true);
    throw e;
  }
  return StepKind.Normal;
}
