// The eval loop's own Python objects: functions made by `def`/`lambda`, and closure cells.
// Single-threaded: objects belong to one interpreter; the machine clones them with its heap.
import type { CodeObject } from '../code.ts';
import { CellType, FunctionType, ObjectType, PyObject, PyType, objectAddress, type PyValue } from '../values/types.ts';

/** A closure cell: one variable shared between a function and the functions nested in it. */
export class PyCell extends PyObject {
  /** `undefined` while the variable is unbound. */
  value: PyValue | undefined;
  constructor(value?: PyValue) {
    super();
    this.value = value;
  }
  get pyType(): PyType {
    return CellType;
  }
}

/** A Python function: its code, the globals it was defined in, defaults and closure. */
export class PyFunction extends PyObject {
  readonly code: CodeObject;
  /** `code.consts` as run-time values (shared by every function made from this code). */
  readonly consts: readonly PyValue[];
  readonly globals: Map<string, PyValue>;
  readonly builtins: Map<string, PyValue>;
  name: string;
  qualname: string;
  /** Defaults of the last positional parameters, or null. */
  readonly defaults: readonly PyValue[] | null;
  /** Defaults of keyword-only parameters, or null. */
  readonly kwdefaults: ReadonlyMap<string, PyValue> | null;
  /** Cells for `code.freevars`, in order. */
  readonly closure: readonly PyCell[];
  /** `__module__`, from the defining globals' `__name__`. */
  readonly module: string;

  constructor(
    code: CodeObject,
    consts: readonly PyValue[],
    globals: Map<string, PyValue>,
    builtins: Map<string, PyValue>,
    defaults: readonly PyValue[] | null,
    kwdefaults: ReadonlyMap<string, PyValue> | null,
    closure: readonly PyCell[],
  ) {
    super();
    this.code = code;
    this.consts = consts;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closure = closure;
    const module = globals.get('__name__');
    this.module = typeof module === 'string' ? module : '__main__';
  }

  get pyType(): PyType {
    return FunctionType;
  }

  /** As CPython writes it: `<function work at 0x7f3a00000030>` (nested: `<function outer.<locals>.inner at …>`). */
  override pyRepr(): string {
    return `<function ${this.qualname} at ${objectAddress(this)}>`;
  }
}

/** A code object as a run-time value (what LOAD_CONST pushes before MAKE_FUNCTION). */
export class PyCode extends PyObject {
  readonly code: CodeObject;
  constructor(code: CodeObject) {
    super();
    this.code = code;
  }
  get pyType(): PyType {
    return CodeType;
  }
}

export const CodeType = new PyType('code', ObjectType);

// Classes, their instances and slices are the value model's, so that its attribute and subscript
// rules serve the eval loop and the builtins (`getattr`, `setattr`) alike.
export { PyClass, PyInstance, PySlice } from '../values/object.ts';
