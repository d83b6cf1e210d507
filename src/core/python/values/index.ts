// The value model's public entry: the seam types plus every operation and the builtins table.
// Single-threaded: values belong to one interpreter; nothing here is shared between workers.
export * from './types.ts';
export { argOr, arity, defineMethods, floatArg, indexArg, intArg, noKwargs, onlyKwargs, strArg } from './args.ts';
export { delAttr, getAttr, lookupMethod, lookupType, setAttr } from './attr.ts';
export { BUILTINS, STDERR, STDOUT, len } from './builtins.ts';
export { callValue } from './call.ts';
export { format } from './format.ts';
export { hash } from './hash.ts';
export { NO_CTX, PyDictView, getIter, iterNext, toArray } from './iter.ts';
export { CMP, CMP_SYMBOLS, NB, NB_SYMBOLS, UNARY, asFloat, asInt, binaryOp, compareOp, contains, isTrue, pyEquals, unaryOp } from './ops.ts';
export { floatRepr, repr, str, strRepr, typeNameOf } from './repr.ts';
export { delItem, getItem, setItem, sliceBounds } from './subscript.ts';
export { sortValues } from './listMethods.ts';
