// Seam 1: every type and class of the Python value model, from one place (see object.ts, exceptions.ts, dict.ts).
// Single-threaded: values belong to one interpreter; nothing here is shared between workers.
//
// How to…
// - make a native object with methods: subclass PyObject, give it a `pyType` getter returning a PyType
//   made once (`new PyType('Lock', ObjectType, '_thread')`), and put PyBuiltins in that type's `dict`
//   (each gets the instance as `args[0]`); computed attributes are NativeProperty entries.
// - make it callable from Python as a class: set the PyType's `construct` NativeFn.
// - raise: `raiseType(Exc.ValueError, 'message')`, or `throw new PyRaise(exceptionInstance)`.
// - block: return `new Blocked(waitable, 'waits for Lock 2 held by T1', deadlineOrNull)`.
export {
  BoolType,
  BuiltinFunctionType,
  Blocked,
  CellType,
  DictType,
  EMPTY_TUPLE,
  FloatType,
  FunctionType,
  IntType,
  ListType,
  MethodType,
  ModuleType,
  NativeProperty,
  NoneType,
  ObjectType,
  PropertyType,
  PyBoundMethod,
  PyBuiltin,
  PyFloat,
  PyClass,
  PyInstance,
  PyIterator,
  PyList,
  PyModule,
  PyObject,
  PyRange,
  PySlice,
  PyTuple,
  PyType,
  RangeType,
  SliceType,
  StrType,
  TupleType,
  TypeType,
  isInstance,
  objectAddress,
  objectId,
  typeOf,
} from './object.ts';
export type { NativeCtx, NativeFn, NativeThread, PyKwargs, PyValue, Waitable } from './object.ts';
export { Exc, PyException, PyRaise, excMatches, makeExceptionType, newException, raise, raiseType } from './exceptions.ts';
export type { TracebackEntry } from './exceptions.ts';
export { PyDict, assertHashable } from './dict.ts';
export type { DictEntry } from './dict.ts';

// Fills the built-in types' dicts (str, list, dict and tuple methods; int(), list(), range()…) for
// anyone who imports the value model, whichever access layer they use.
import './methods.ts';
