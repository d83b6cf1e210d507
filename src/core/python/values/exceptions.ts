// Python exceptions: the instance class, CPython 3.12's built-in hierarchy, and how natives raise.
// Single-threaded: values belong to one interpreter; nothing here is shared between workers.
import { ObjectType, PyObject, PyType, type NativeFn, type PyValue } from './object.ts';

/** One line of a traceback, innermost last; the eval loop appends these while it unwinds. */
export interface TracebackEntry {
  /** The function's name, `<module>` at module level. */
  readonly name: string;
  readonly line: number;
}

/** An exception instance: its type and its `args`, plus what the eval loop records while unwinding. */
export class PyException extends PyObject {
  readonly type: PyType;
  args: readonly PyValue[];
  /** Frames the exception passed through, outermost first (as a traceback prints them). */
  traceback: TracebackEntry[] = [];
  /** `raise … from cause`. */
  cause: PyException | null = null;
  /** The exception being handled when this one was raised. */
  context: PyException | null = null;
  suppressContext = false;
  constructor(type: PyType, args: readonly PyValue[]) {
    super();
    this.type = type;
    this.args = args;
  }
  get pyType(): PyType {
    return this.type;
  }
}

/** Thrown (as a JS exception) to raise a Python exception; the eval loop catches it and unwinds. */
export class PyRaise extends Error {
  readonly exc: PyException;
  constructor(exc: PyException) {
    const first = exc.args[0];
    super(typeof first === 'string' ? `${exc.type.name}: ${first}` : exc.type.name);
    this.exc = exc;
    this.name = 'PyRaise';
  }
}

/** The constructor every exception type shares: `ValueError("bad")` makes an instance with those args. */
function constructorFor(type: PyType): NativeFn {
  return (_ctx, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raiseType(Exc.TypeError, `${type.name}() takes no keyword arguments`);
    return new PyException(type, args.slice());
  };
}

/** A new exception type (`queue.Empty`, `threading.BrokenBarrierError`), callable to make instances. */
export function makeExceptionType(name: string, base: PyType, module = 'builtins'): PyType {
  const type = new PyType(name, base, module);
  type.construct = constructorFor(type);
  return type;
}

const BaseException = makeExceptionType('BaseException', ObjectType);
const Exception = makeExceptionType('Exception', BaseException);
const ArithmeticError = makeExceptionType('ArithmeticError', Exception);
const LookupError = makeExceptionType('LookupError', Exception);
const NameError = makeExceptionType('NameError', Exception);
const OSError = makeExceptionType('OSError', Exception);
const RuntimeError = makeExceptionType('RuntimeError', Exception);
const ValueError = makeExceptionType('ValueError', Exception);
const SyntaxErrorType = makeExceptionType('SyntaxError', Exception);
const ImportError = makeExceptionType('ImportError', Exception);

/** CPython 3.12's built-in exception types (the parts programs here meet), by name. */
export const Exc = {
  BaseException,
  SystemExit: makeExceptionType('SystemExit', BaseException),
  KeyboardInterrupt: makeExceptionType('KeyboardInterrupt', BaseException),
  GeneratorExit: makeExceptionType('GeneratorExit', BaseException),
  Exception,
  ArithmeticError,
  FloatingPointError: makeExceptionType('FloatingPointError', ArithmeticError),
  OverflowError: makeExceptionType('OverflowError', ArithmeticError),
  ZeroDivisionError: makeExceptionType('ZeroDivisionError', ArithmeticError),
  AssertionError: makeExceptionType('AssertionError', Exception),
  AttributeError: makeExceptionType('AttributeError', Exception),
  BufferError: makeExceptionType('BufferError', Exception),
  EOFError: makeExceptionType('EOFError', Exception),
  ImportError,
  ModuleNotFoundError: makeExceptionType('ModuleNotFoundError', ImportError),
  LookupError,
  IndexError: makeExceptionType('IndexError', LookupError),
  KeyError: makeExceptionType('KeyError', LookupError),
  MemoryError: makeExceptionType('MemoryError', Exception),
  NameError,
  UnboundLocalError: makeExceptionType('UnboundLocalError', NameError),
  OSError,
  TimeoutError: makeExceptionType('TimeoutError', OSError),
  ReferenceError: makeExceptionType('ReferenceError', Exception),
  RuntimeError,
  NotImplementedError: makeExceptionType('NotImplementedError', RuntimeError),
  RecursionError: makeExceptionType('RecursionError', RuntimeError),
  StopIteration: makeExceptionType('StopIteration', Exception),
  SyntaxError: SyntaxErrorType,
  IndentationError: makeExceptionType('IndentationError', SyntaxErrorType),
  SystemError: makeExceptionType('SystemError', Exception),
  TypeError: makeExceptionType('TypeError', Exception),
  ValueError,
  UnicodeError: makeExceptionType('UnicodeError', ValueError),
} as const;

/** Builds an exception instance of `type` with the given args. */
export function newException(type: PyType, ...args: PyValue[]): PyException {
  return new PyException(type, args);
}

/** Raises `type(message)`: `raiseType(Exc.TypeError, "unsupported operand …")`. */
export function raiseType(type: PyType, message?: string): never {
  throw new PyRaise(new PyException(type, message === undefined ? [] : [message]));
}

/** Raises an exception instance. */
export function raise(exc: PyException): never {
  throw new PyRaise(exc);
}

/** True when `exc` would be caught by `except type:`. */
export function excMatches(exc: PyException, type: PyType): boolean {
  return exc.type.isSubtypeOf(type);
}
