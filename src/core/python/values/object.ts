// The Python object model: the PyValue union, PyObject and its built-in classes, natives and Blocked.
// Single-threaded: values belong to one interpreter; nothing here is shared between workers.

/**
 * A Python value at run time.
 * - `None` is `null` (JS `undefined` is CPython's NULL on the value stack, never a PyValue).
 * - `bool` is `true`/`false`, and acts as the int 1/0 in arithmetic.
 * - `int` is an integral `number` with |v| ≤ 2^53 − 1, or a `bigint` outside that range (always
 *   normalised: a bigint that fits is a number again).
 * - `str` is a JS `string`.
 * - everything else (`float` included, boxed as {@link PyFloat}) is a {@link PyObject}.
 */
export type PyValue = null | boolean | number | bigint | string | PyObject;

/** Keyword arguments of a call, in the order written. */
export type PyKwargs = ReadonlyMap<string, PyValue>;

let nextObjectId = 1;

/** Base of every boxed Python value. */
export abstract class PyObject {
  /** Identity for `id()`, identity hashing and addresses in reprs; 0 until first asked for. */
  pyId = 0;
  /** The object's Python type (`type(x)`). */
  abstract get pyType(): PyType;
  /**
   * `repr(x)` for classes the value model does not know (a function, a lock): override it.
   * Built-in containers, numbers and exceptions are written by `repr` in repr.ts, never through this.
   */
  pyRepr(): string {
    return `<${this.pyType.qualifiedName} object at ${objectAddress(this)}>`;
  }
  /** `str(x)`, where it differs from `repr(x)`. */
  pyStr(): string {
    return this.pyRepr();
  }
}

/** The object's identity number, assigned on first use (so unobserved objects cost nothing). */
export function objectId(o: PyObject): number {
  if (o.pyId === 0) o.pyId = nextObjectId++;
  return o.pyId;
}

/** A CPython-looking address for reprs (`0x7f3a00000030`), stable for the object's life. */
export function objectAddress(o: PyObject): string {
  return `0x${(0x7f3a00000000 + objectId(o) * 0x30).toString(16)}`;
}

/**
 * A Python type. Attributes and methods live in `dict`: a {@link PyBuiltin} found there is a method
 * (bound to the instance on attribute access, its `fn` gets the instance as `args[0]`), a
 * {@link NativeProperty} is a computed attribute, anything else is a class attribute.
 * Single inheritance through `base`, which is what `isinstance` and `except` walk.
 */
export class PyType extends PyObject {
  /** `__name__`, as in `<class 'int'>`. */
  readonly name: string;
  /** `__module__`: `builtins` for built-in types, else e.g. `threading` (shown in reprs). */
  readonly module: string;
  readonly base: PyType | null;
  readonly dict = new Map<string, PyValue>();
  /** What calling the type does (`int("3")`, `ValueError("x")`, `threading.Lock()`); null: not callable. */
  construct: NativeFn | null;

  constructor(name: string, base: PyType | null, module = 'builtins', construct: NativeFn | null = null) {
    super();
    this.name = name;
    this.base = base;
    this.module = module;
    this.construct = construct;
  }

  get pyType(): PyType {
    return TypeType;
  }

  /** True when this type is `other` or derives from it. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    for (let t = this.base; t !== null; t = t.base) if (t === other) return true;
    return false;
  }

  /** `module.Name` for non-builtins, as error messages and reprs show it. */
  get qualifiedName(): string {
    return this.module === 'builtins' ? this.name : `${this.module}.${this.name}`;
  }
}

export const ObjectType = new PyType('object', null);
export const TypeType = new PyType('type', ObjectType);
export const NoneType = new PyType('NoneType', ObjectType);
export const IntType = new PyType('int', ObjectType);
export const BoolType = new PyType('bool', IntType);
export const FloatType = new PyType('float', ObjectType);
export const StrType = new PyType('str', ObjectType);
export const TupleType = new PyType('tuple', ObjectType);
export const ListType = new PyType('list', ObjectType);
export const DictType = new PyType('dict', ObjectType);
export const RangeType = new PyType('range', ObjectType);
/** The type of pyfront's `PyFunction` (defined in `vm/`). */
export const FunctionType = new PyType('function', ObjectType);
/** The type of pyfront's `PyCell` (defined in `vm/`). */
export const CellType = new PyType('cell', ObjectType);
export const BuiltinFunctionType = new PyType('builtin_function_or_method', ObjectType);
export const MethodType = new PyType('method', ObjectType);
export const ModuleType = new PyType('module', ObjectType);
export const PropertyType = new PyType('getset_descriptor', ObjectType);
export const SliceType = new PyType('slice', ObjectType);

/** `type(v)`: the Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return IntType;
    case 'string':
      return StrType;
    case 'boolean':
      return BoolType;
    default:
      return v === null ? NoneType : v.pyType;
  }
}

/** `isinstance(v, type)`. */
export function isInstance(v: PyValue, type: PyType): boolean {
  return typeOf(v).isSubtypeOf(type);
}

/** A Python `float`, boxed so that `1.0` and `1` stay different values. Immutable. */
export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number) {
    super();
    this.value = value;
  }
  get pyType(): PyType {
    return FloatType;
  }
}

/** A Python `tuple`. Immutable: never change `items` after construction. */
export class PyTuple extends PyObject {
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[]) {
    super();
    this.items = items;
  }
  get pyType(): PyType {
    return TupleType;
  }
}

/** `()`: one shared empty tuple, as in CPython. */
export const EMPTY_TUPLE = new PyTuple([]);

/** A Python `list`; `items` is the live storage (mutated in place by methods and stores). */
export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[] = []) {
    super();
    this.items = items;
  }
  get pyType(): PyType {
    return ListType;
  }
}

/** A Python `range` (bounds are ints within ±2^53). Immutable. */
export class PyRange extends PyObject {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** Number of elements, computed once. */
  readonly length: number;
  constructor(start: number, stop: number, step: number) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
    const span = step > 0 ? stop - start : start - stop;
    this.length = span <= 0 ? 0 : Math.floor((span - 1) / Math.abs(step)) + 1;
  }
  get pyType(): PyType {
    return RangeType;
  }
  /** The i-th element, 0 ≤ i < length. */
  at(i: number): number {
    return this.start + i * this.step;
  }
}

/** `a[start:stop:step]`'s slice object (fields as given: None where omitted). Immutable. */
export class PySlice extends PyObject {
  readonly start: PyValue;
  readonly stop: PyValue;
  readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue = null) {
    super();
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  get pyType(): PyType {
    return SliceType;
  }
}

/** A class made by a `class` statement: unlike a built-in type, its attributes may be set. */
export class PyClass extends PyType {}

/**
 * An instance of a class, with its own attributes (`obj.x = 1` works). Attribute lookup finds a
 * NativeProperty in the type first, then `attrs`, then the type's methods, as CPython does.
 */
export class PyInstance extends PyObject {
  readonly cls: PyType;
  readonly attrs = new Map<string, PyValue>();
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
  get pyType(): PyType {
    return this.cls;
  }
}

/**
 * Base of every iterator. `next` returns `undefined` when exhausted (CPython's NULL without an
 * exception); it may throw {@link PyRaise}. `ctx` lets iterators such as `map` call back into Python.
 */
export abstract class PyIterator extends PyObject {
  abstract next(ctx: NativeCtx): PyValue | undefined;
}

/** A thing a blocked thread waits on (a lock, a queue, a thread to join…), with an id for wait-for graphs. */
export interface Waitable {
  readonly id: number;
}

/**
 * Returned (never thrown) by a native that cannot proceed yet. The eval loop leaves the instruction
 * pointer on the call and the arguments on the stack; the scheduler steps the thread again later and
 * the native is called again. `waitsOn` is null for a plain sleep; `deadline` is in virtual seconds.
 */
export class Blocked {
  readonly waitsOn: Waitable | null;
  /** In words, for the learner: "waits for Lock 2 held by T1". */
  readonly reason: string;
  /** Virtual time at which the native gives up waiting (a timeout or a sleep's end); null: forever. */
  readonly deadline: number | null;
  constructor(waitsOn: Waitable | null, reason: string, deadline: number | null = null) {
    this.waitsOn = waitsOn;
    this.reason = reason;
    this.deadline = deadline;
  }
}

/** The calling thread as natives see it; pyfront's `VmThread` satisfies it. */
export interface NativeThread {
  readonly id: number;
}

/** What a native may use of the machine (implemented by the runtime). */
export interface NativeCtx {
  /** The calling thread. */
  readonly thread: NativeThread;
  /** The virtual clock, in seconds. */
  readonly now: number;
  /** Appends text to the calling thread's output stream. */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /**
   * Calls a Python callable to completion without switch points (for `sorted(key=)`, `map`…).
   * Throws {@link PyRaise} if the callable raises.
   */
  callSync(fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): PyValue;
  /** Opaque handle for the runtime's own library. */
  readonly machine: unknown;
}

/**
 * A native function. For a method stored in a type's `dict`, `args[0]` is the instance.
 * Returns a value, or {@link Blocked} to be called again later; raises by throwing {@link PyRaise}.
 */
export type NativeFn = (ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) => PyValue | Blocked;

/** A native function or method (`len`, `list.append`, `Lock.acquire`). */
export class PyBuiltin extends PyObject {
  readonly name: string;
  readonly fn: NativeFn;
  /** For a method: the type that defines it (for reprs and error messages); null for a function. */
  readonly owner: PyType | null;
  constructor(name: string, fn: NativeFn, owner: PyType | null = null) {
    super();
    this.name = name;
    this.fn = fn;
    this.owner = owner;
  }
  get pyType(): PyType {
    return BuiltinFunctionType;
  }
}

/** A callable bound to its instance (`lock.acquire`, `[].append`, a function looked up on an object). */
export class PyBoundMethod extends PyObject {
  readonly self: PyValue;
  readonly fn: PyValue;
  constructor(self: PyValue, fn: PyValue) {
    super();
    this.self = self;
    this.fn = fn;
  }
  get pyType(): PyType {
    return this.fn instanceof PyBuiltin ? BuiltinFunctionType : MethodType;
  }
}

/**
 * A computed attribute in a type's `dict`. `get` receives `[instance]`, `set` receives
 * `[instance, value]`; either may return {@link Blocked} (a `Value.value` getter takes a lock).
 * A null `set` makes the attribute read-only.
 */
export class NativeProperty extends PyObject {
  readonly name: string;
  readonly get: NativeFn;
  readonly set: NativeFn | null;
  constructor(name: string, get: NativeFn, set: NativeFn | null = null) {
    super();
    this.name = name;
    this.get = get;
    this.set = set;
  }
  get pyType(): PyType {
    return PropertyType;
  }
}

/** A module (`threading`, `queue`…): attributes in `dict`. */
export class PyModule extends PyObject {
  readonly name: string;
  readonly dict: Map<string, PyValue>;
  constructor(name: string, dict = new Map<string, PyValue>()) {
    super();
    this.name = name;
    this.dict = dict;
  }
  get pyType(): PyType {
    return ModuleType;
  }
}
