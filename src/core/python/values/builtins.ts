// The builtins table: print, len, sorted, sum, min, max, isinstance, … and the callable built-in types.
// Single-threaded: natives run synchronously; `print` writes through ctx.write.
import { arity, argOr, indexArg, intArg, noKwargs, onlyKwargs } from './args.ts';
import { getAttr, setAttr } from './attr.ts';
import { numberBuiltins } from './builtinNumbers.ts';
import { iterBuiltins } from './builtinIters.ts';
import { callValue } from './call.ts';
import { PyDict } from './dict.ts';
import { Exc, PyRaise, raiseType } from './exceptions.ts';
import { PyDictView, toArray } from './iter.ts';
import { mergeInto } from './dictMethods.ts';
import { sortOptions, sortValues } from './listMethods.ts';
import * as N from './numbers.ts';
import {
  Blocked,
  BoolType,
  DictType,
  FloatType,
  IntType,
  StrType,
  FunctionType,
  ListType,
  ObjectType,
  PyBoundMethod,
  PyBuiltin,
  PyFloat,
  PyList,
  PyObject,
  PyRange,
  PyTuple,
  PyType,
  RangeType,
  TupleType,
  TypeType,
  objectId,
  typeOf,
  type NativeCtx,
  type NativeFn,
  type PyValue,
} from './object.ts';
import { asInt, binaryOp, compareOp, isTrue, NB } from './ops.ts';
import { hash } from './hash.ts';
import { repr, str, typeNameOf } from './repr.ts';
import { strLen } from './strings.ts';

/** sys.stdout and sys.stderr: `print(..., file=sys.stderr)` writes to the thread's stderr. */
export const TextIOType = new PyType('TextIOWrapper', ObjectType, '_io');
class PyStream extends PyObject {
  readonly stream: 'stdout' | 'stderr';
  constructor(stream: 'stdout' | 'stderr') {
    super();
    this.stream = stream;
  }
  get pyType(): PyType {
    return TextIOType;
  }
  override pyRepr(): string {
    return `<_io.TextIOWrapper name='<${this.stream}>' mode='w' encoding='utf-8'>`;
  }
}
export const STDOUT: PyObject = new PyStream('stdout');
export const STDERR: PyObject = new PyStream('stderr');

function optionalStr(name: string, v: PyValue, dflt: string): string {
  if (v === null) return dflt;
  if (typeof v === 'string') return v;
  return raiseType(Exc.TypeError, `${name} must be None or a string, not ${typeNameOf(v)}`);
}

/** `len(v)`, as a JS number. */
export function len(v: PyValue, ctx: NativeCtx): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyDictView) return v.dict.size;
  if (v instanceof PyObject) {
    const hook = v.pyType.dict.get('__len__');
    if (hook instanceof PyBuiltin) {
      const n = hook.fn(ctx, [v], null);
      if (typeof n === 'number') return n;
    }
  }
  return raiseType(Exc.TypeError, `object of type '${typeNameOf(v)}' has no len()`);
}

/** min() and max(): one iterable or several arguments, `key=`, `default=`; the first extreme wins. */
function extreme(name: 'min' | 'max', op: number): NativeFn {
  return (ctx, args, kwargs) => {
    onlyKwargs(name, kwargs, ['key', 'default']);
    if (args.length === 0) raiseType(Exc.TypeError, `${name} expected at least 1 argument, got 0`);
    const items = args.length === 1 ? toArray(args[0]!, ctx) : args.slice();
    const key = kwargs?.get('key') ?? null;
    const dflt = kwargs?.get('default');
    if (args.length > 1 && dflt !== undefined) {
      raiseType(Exc.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      raiseType(Exc.ValueError, `${name}() iterable argument is empty`);
    }
    let best = items[0]!;
    let bestKey = key === null ? best : callValue(ctx, key, [best]);
    for (let i = 1; i < items.length; i++) {
      const k = key === null ? items[i]! : callValue(ctx, key, [items[i]!]);
      if (compareOp(op, k, bestKey)) {
        best = items[i]!;
        bestKey = k;
      }
    }
    return best;
  };
}

/** sum() as CPython 3.12 does it: exact int accumulation, then Neumaier-compensated floats. */
function sum(ctx: NativeCtx, items: readonly PyValue[], start: PyValue): PyValue {
  if (typeof start === 'string') raiseType(Exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  let acc: PyValue = start;
  let i = 0;
  for (; i < items.length; i++) {
    const item = items[i]!;
    if (typeof acc === 'number' && typeof item === 'number') {
      const r: number = acc + item;
      acc = r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER ? r : N.addInt(acc, item);
      continue;
    }
    if (acc instanceof PyFloat || (item instanceof PyFloat && asInt(acc) !== undefined)) break;
    acc = binaryOp(NB.ADD, acc, item, ctx);
  }
  if (i === items.length) return acc;
  // Float phase: CPython keeps a running compensation term c.
  let f = acc instanceof PyFloat ? acc.value : N.intToFloat(asInt(acc)!);
  let c = 0;
  for (; i < items.length; i++) {
    const item = items[i]!;
    if (item instanceof PyFloat) {
      const x = item.value;
      const t = f + x;
      c += Math.abs(f) >= Math.abs(x) ? f - t + x : x - t + f;
      f = t;
    } else if (typeof item === 'number' || typeof item === 'boolean') {
      f += Number(item);
    } else {
      break;
    }
  }
  if (c !== 0 && Number.isFinite(c)) f += c;
  let result: PyValue = new PyFloat(f);
  for (; i < items.length; i++) result = binaryOp(NB.ADD, result, items[i]!, ctx);
  return result;
}

function isCallable(v: PyValue): boolean {
  if (v instanceof PyBuiltin || v instanceof PyBoundMethod) return true;
  if (v instanceof PyType) return v.construct !== null;
  return v instanceof PyObject && v.pyType === FunctionType;
}

/** isinstance's second argument: a type, or a tuple of them (nested). */
function typesOf(name: string, spec: PyValue): PyType[] {
  if (spec instanceof PyType) return [spec];
  if (spec instanceof PyTuple) return spec.items.flatMap((t) => typesOf(name, t));
  return raiseType(Exc.TypeError, `${name}() arg 2 must be a type, a tuple of types, or a union`);
}

function settled(v: PyValue | Blocked): PyValue {
  if (v instanceof Blocked) return raiseType(Exc.RuntimeError, 'getattr() cannot wait here');
  return v;
}

const coreBuiltins: Record<string, NativeFn> = {
  print(ctx, args, kwargs) {
    onlyKwargs('print', kwargs, ['sep', 'end', 'file', 'flush']);
    const sep = optionalStr('sep', kwargs?.get('sep') ?? null, ' ');
    const end = optionalStr('end', kwargs?.get('end') ?? null, '\n');
    const file = kwargs?.get('file') ?? null;
    const stream = file instanceof PyStream ? file.stream : 'stdout';
    if (file !== null && !(file instanceof PyStream)) {
      raiseType(Exc.AttributeError, `'${typeNameOf(file)}' object has no attribute 'write'`);
    }
    let text = '';
    for (let i = 0; i < args.length; i++) text += (i === 0 ? '' : sep) + str(args[i]!);
    ctx.write(stream, text + end);
    return null;
  },
  len(ctx, args) {
    arity('len', args, 1);
    return len(args[0]!, ctx);
  },
  repr(_ctx, args) {
    arity('repr', args, 1);
    return repr(args[0]!);
  },
  sorted(ctx, args, kwargs) {
    arity('sorted', args, 1);
    const { key, reverse } = sortOptions('sorted', kwargs);
    const items = toArray(args[0]!, ctx);
    sortValues(ctx, items, key, reverse);
    return new PyList(items);
  },
  sum(ctx, args, kwargs) {
    onlyKwargs('sum', kwargs, ['start']);
    arity('sum', args, 1, 2);
    return sum(ctx, toArray(args[0]!, ctx), argOr(args, 1, kwargs, 'start', 0));
  },
  min: extreme('min', 0),
  max: extreme('max', 4),
  any(ctx, args) {
    arity('any', args, 1);
    return toArray(args[0]!, ctx).some(isTrue);
  },
  all(ctx, args) {
    arity('all', args, 1);
    return toArray(args[0]!, ctx).every(isTrue);
  },
  id(_ctx, args) {
    arity('id', args, 1);
    const v = args[0]!;
    // Objects get their address; a value without identity (an int, a str) one derived from its hash.
    if (v instanceof PyObject) return 0x7f3a00000000 + objectId(v) * 0x30;
    return 0x7f3900000000 + (Number(BigInt.asUintN(24, BigInt(hash(v)))) << 4);
  },
  callable(_ctx, args) {
    arity('callable', args, 1);
    return isCallable(args[0]!);
  },
  isinstance(_ctx, args) {
    arity('isinstance', args, 2);
    const t = typeOf(args[0]!);
    return typesOf('isinstance', args[1]!).some((type) => t.isSubtypeOf(type));
  },
  issubclass(_ctx, args) {
    arity('issubclass', args, 2);
    const t = args[0]!;
    if (!(t instanceof PyType)) raiseType(Exc.TypeError, 'issubclass() arg 1 must be a class');
    return typesOf('issubclass', args[1]!).some((type) => t.isSubtypeOf(type));
  },
  getattr(ctx, args) {
    arity('getattr', args, 2, 3);
    const name = args[1]!;
    if (typeof name !== 'string') raiseType(Exc.TypeError, 'attribute name must be string');
    try {
      return settled(getAttr(args[0]!, name, ctx));
    } catch (e) {
      if (args.length === 3 && e instanceof PyRaise && e.exc.type.isSubtypeOf(Exc.AttributeError)) return args[2]!;
      throw e;
    }
  },
  hasattr(ctx, args) {
    arity('hasattr', args, 2);
    const name = args[1]!;
    if (typeof name !== 'string') raiseType(Exc.TypeError, 'attribute name must be string');
    try {
      settled(getAttr(args[0]!, name, ctx));
      return true;
    } catch (e) {
      if (e instanceof PyRaise && e.exc.type.isSubtypeOf(Exc.AttributeError)) return false;
      throw e;
    }
  },
  setattr(ctx, args) {
    arity('setattr', args, 3);
    const name = args[1]!;
    if (typeof name !== 'string') raiseType(Exc.TypeError, 'attribute name must be string');
    return setAttr(args[0]!, name, args[2]!, ctx) ?? null;
  },
};

ListType.construct = (ctx, args, kwargs) => {
  noKwargs('list', kwargs);
  arity('list', args, 0, 1);
  return new PyList(args.length === 0 ? [] : toArray(args[0]!, ctx));
};

TupleType.construct = (ctx, args, kwargs) => {
  noKwargs('tuple', kwargs);
  arity('tuple', args, 0, 1);
  const v = args[0];
  if (v instanceof PyTuple) return v;
  return new PyTuple(v === undefined ? [] : toArray(v, ctx));
};

DictType.construct = (ctx, args, kwargs) => {
  arity('dict', args, 0, 1);
  const d = new PyDict();
  mergeInto(ctx, d, args[0], kwargs);
  return d;
};

RangeType.construct = (_ctx, args, kwargs) => {
  noKwargs('range', kwargs);
  if (args.length === 0) raiseType(Exc.TypeError, 'range expected at least 1 argument, got 0');
  arity('range', args, 1, 3);
  const [a, b, c] = args.map((v) => indexArg(intArg(v)));
  if (c === 0) raiseType(Exc.ValueError, 'range() arg 3 must not be zero');
  return b === undefined ? new PyRange(0, a!, 1) : new PyRange(a!, b, c ?? 1);
};

TypeType.construct = (_ctx, args) => {
  if (args.length === 1) return typeOf(args[0]!);
  return raiseType(Exc.TypeError, args.length === 3 ? 'class statements are not supported' : 'type() takes 1 or 3 arguments');
};

/** Everything a program finds in `builtins`: natives, the callable built-in types and the exception types. */
function makeBuiltins(): ReadonlyMap<string, PyValue> {
  const t = new Map<string, PyValue>();
  for (const group of [coreBuiltins, numberBuiltins, iterBuiltins]) {
    for (const [name, fn] of Object.entries(group)) t.set(name, new PyBuiltin(name, fn));
  }
  for (const type of [IntType, FloatType, BoolType, StrType, ListType, TupleType, DictType, RangeType, TypeType, ObjectType]) {
    t.set(type.name, type);
  }
  for (const [name, type] of Object.entries(Exc)) t.set(name, type);
  return t;
}

/** The builtins table, shared by every process (its values are immutable or stateless). */
export const BUILTINS = makeBuiltins();
