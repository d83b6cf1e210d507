// Calls: binding arguments to a new frame for a Python function (no JS recursion, so a thread can
// be suspended between any two instructions), natives that may return Blocked, classes.
import type { CodeObject } from '../code.ts';
import { CO, isCodeConst, type Const } from '../code.ts';
import type {
  Blocked} from '../values/types.ts';
import { Exc, ObjectType, PyBoundMethod, PyBuiltin, PyDict, PyFloat, PyTuple, PyType, raiseType, type NativeCtx, type PyKwargs, type PyValue,
} from '../values/types.ts';
import { typeNameOf } from '../values/repr.ts';
import { lookupType } from './access.ts';
import { Frame, type VmThread } from './frame.ts';
import { PyClass, PyCode, PyFunction, PyInstance, type PyCell } from './objects.ts';

const constCache = new WeakMap<CodeObject, PyValue[]>();

function constValue(c: Const): PyValue {
  if (c === null || typeof c !== 'object') return c;
  if (isCodeConst(c)) return new PyCode(c);
  if ('float' in c) return new PyFloat(c.float);
  if ('tuple' in c) return new PyTuple(c.tuple.map(constValue));
  raiseType(Exc.SystemError, 'Ellipsis is not supported');
}

/** A code object's constants as run-time values, made once. */
export function constsOf(code: CodeObject): PyValue[] {
  let v = constCache.get(code);
  if (v === undefined) {
    v = code.consts.map(constValue);
    constCache.set(code, v);
  }
  return v;
}

/** The frame that runs module code (its namespace is the globals). */
export function moduleFrame(code: CodeObject, globals: Map<string, PyValue>, builtins: Map<string, PyValue>): Frame {
  return new Frame(code, constsOf(code), null, globals, builtins, globals, new Array<PyCell>(code.cellvars.length + code.freevars.length));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A new frame for `fn` with its arguments bound, as CPython's argument binding does it. */
export function functionFrame(fn: PyFunction, args: readonly PyValue[], kwargs: PyKwargs | null): Frame {
  const code = fn.code;
  const frame = new Frame(code, fn.consts, fn, fn.globals, fn.builtins, null, new Array<PyCell>(code.cellvars.length + code.freevars.length));
  const locals = frame.locals;
  const n = code.argCount;
  const kwOnly = code.kwOnlyArgCount;
  const name = `${fn.qualname}()`;
  const given = Math.min(args.length, n);
  for (let i = 0; i < given; i++) locals[i] = args[i];
  let slot = n + kwOnly;
  if ((code.flags & CO.VARARGS) !== 0) {
    locals[slot++] = new PyTuple(args.slice(n));
  } else if (args.length > n) {
    const dflt = fn.defaults?.length ?? 0;
    const takes = dflt > 0 ? `from ${n - dflt} to ${n}` : `${n}`;
    raiseType(Exc.TypeError, `${name} takes ${takes} positional argument${n === 1 && dflt === 0 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  let extra: PyDict | null = null;
  if ((code.flags & CO.VARKEYWORDS) !== 0) {
    extra = new PyDict();
    locals[slot] = extra;
  }
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = code.varnames.indexOf(k);
      if (i >= 0 && i < n + kwOnly) {
        if (locals[i] !== undefined) raiseType(Exc.TypeError, `${name} got multiple values for argument '${k}'`);
        locals[i] = v;
      } else if (extra !== null) extra.set(k, v);
      else raiseType(Exc.TypeError, `${name} got an unexpected keyword argument '${k}'`);
    }
  }
  const defaults = fn.defaults ?? [];
  const firstDefault = n - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
    else missing.push(`'${code.varnames[i] ?? ''}'`);
  }
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1] ?? ''}`;
    raiseType(Exc.TypeError, `${name} missing ${plural(missing.length, 'required positional argument')}: ${list ?? ''}`);
  }
  for (let i = n; i < n + kwOnly; i++) {
    if (locals[i] !== undefined) continue;
    const d = fn.kwdefaults?.get(code.varnames[i] ?? '');
    if (d === undefined) raiseType(Exc.TypeError, `${name} missing 1 required keyword-only argument: '${code.varnames[i] ?? ''}'`);
    locals[i] = d;
  }
  return frame;
}

/** What a call did: a value, a new frame pushed (its result comes later), or blocked. */
export type CallOutcome = PyValue | Blocked | typeof PUSHED;
export const PUSHED: unique symbol = Symbol('pushed');

/** The `__build_class__` builtin's marker: CALL handles it specially. */
export const BUILD_CLASS = new PyBuiltin('__build_class__', () => raiseType(Exc.SystemError, '__build_class__ called directly'));

/**
 * Calls `callee`: Python functions and classes get a new frame on `thread` (PUSHED), natives run
 * now and may return Blocked (nothing changed then; the caller retries the instruction later).
 */
export function callValue(thread: VmThread, ctx: NativeCtx, callee: PyValue, args: PyValue[], kwargs: PyKwargs | null): CallOutcome {
  for (;;) {
    if (callee instanceof PyFunction) {
      thread.frames.push(functionFrame(callee, args, kwargs));
      return PUSHED;
    }
    if (callee instanceof PyBuiltin) {
      if (callee === BUILD_CLASS) return buildClass(thread, args);
      return callee.fn(ctx, args, kwargs);
    }
    if (callee instanceof PyBoundMethod) {
      const withSelf = new Array<PyValue>(args.length + 1);
      withSelf[0] = callee.self;
      for (let i = 0; i < args.length; i++) withSelf[i + 1] = args[i]!;
      args = withSelf;
      callee = callee.fn;
      continue;
    }
    if (callee instanceof PyClass) {
      const instance = new PyInstance(callee);
      const init = lookupType(callee, '__init__');
      if (init instanceof PyFunction) {
        const frame = functionFrame(init, [instance, ...args], kwargs);
        frame.returnsInstance = instance;
        thread.frames.push(frame);
        return PUSHED;
      }
      if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) raiseType(Exc.TypeError, `${callee.name}() takes no arguments`);
      return instance;
    }
    if (callee instanceof PyType && callee.construct !== null) return callee.construct(ctx, args, kwargs);
    raiseType(Exc.TypeError, `'${typeNameOf(callee)}' object is not callable`);
  }
}

function buildClass(thread: VmThread, args: PyValue[]): CallOutcome {
  const [body, name, ...bases] = args;
  if (!(body instanceof PyFunction) || typeof name !== 'string') raiseType(Exc.TypeError, '__build_class__: bad arguments');
  const base = bases[0];
  if (bases.length > 1) raiseType(Exc.TypeError, 'multiple inheritance is not supported yet');
  if (base !== undefined && !(base instanceof PyType)) raiseType(Exc.TypeError, 'bases must be types');
  const namespace = new Map<string, PyValue>();
  const frame = new Frame(body.code, body.consts, body, body.globals, body.builtins, namespace, new Array<PyCell>(body.code.cellvars.length + body.code.freevars.length));
  frame.buildsClass = { name, base: base ?? null };
  thread.frames.push(frame);
  return PUSHED;
}

/** The value a returning frame hands its caller (an instance for `__init__`, the class for a body). */
export function returnValue(frame: Frame, value: PyValue): PyValue {
  if (frame.returnsInstance !== null) {
    if (value !== null) raiseType(Exc.TypeError, `__init__() should return None, not '${typeNameOf(value)}'`);
    return frame.returnsInstance;
  }
  if (frame.buildsClass !== null && frame.names !== null) {
    const base = frame.buildsClass.base;
    const cls = new PyClass(frame.buildsClass.name, base ?? ObjectType, typeof frame.names.get('__module__') === 'string' ? (frame.names.get('__module__') as string) : '__main__');
    for (const [k, v] of frame.names) cls.dict.set(k, v);
    return cls;
  }
  return value;
}

