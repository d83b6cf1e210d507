// The eval loop as the machine drives it (vm/engine.ts: threads with CPython's bootstrap frames
// beneath them, callbacks run to their end, CPython's traceback text), with the builtins every
// process sees: the value model's table and an `import` limited to the modelled library.
// Concurrency contract: single-threaded; stateless apart from the shared, immutable builtins.
import { importModule, MODULE_NAMES } from '../lib/modules.ts';
import { SeqIterator } from '../values/iter.ts';
import { Exc, ObjectType, PyBuiltin, PyType, raiseType, type PyValue } from '../values/types.ts';
import { vmEngine } from '../vm/engine.ts';
import type { Engine } from './machine.ts';

const importer = new PyBuiltin('__import__', (_ctx, args) => {
  const name = args[0];
  if (typeof name !== 'string') raiseType(Exc.TypeError, '__import__() argument 1 must be str');
  const mod = importModule(name.split('.')[0]!);
  if (mod === null) raiseType(Exc.ModuleNotFoundError, `No module named '${name}' (the lab models ${MODULE_NAMES.join(', ')})`);
  return mod;
});

const DequeIteratorType = new PyType('_deque_iterator', ObjectType, 'collections');

/**
 * The eval loop for processes that see `builtinTable` (and `__import__`, added here). The older
 * form's file name is not needed: every frame names its code's file.
 */
export function makeEngine(builtinTable: ReadonlyMap<string, PyValue>): Engine;
export function makeEngine(filename: string, builtinTable: ReadonlyMap<string, PyValue>): Engine;
export function makeEngine(first: string | ReadonlyMap<string, PyValue>, second?: ReadonlyMap<string, PyValue>): Engine {
  const builtinTable = typeof first === 'string' ? second ?? new Map<string, PyValue>() : first;
  // One table for every process and machine: its values are immutable or stateless.
  const builtins = new Map<string, PyValue>([...builtinTable, ['__import__', importer]]);
  return {
    ...vmEngine,
    builtins: () => builtins,
    iterOver: (_ctx, items) => new SeqIterator(items.slice(), DequeIteratorType),
  };
}
