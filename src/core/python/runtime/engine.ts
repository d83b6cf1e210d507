// The eval loop as the machine drives it: module and call threads, calls run to completion for
// natives that call back into Python, the builtins every process sees (with `import` limited to
// the modelled library), and CPython's traceback text for an uncaught exception.
// Concurrency contract: single-threaded; stateless apart from the shared, immutable builtins.
import type { CodeObject } from '../code.ts';
import { importModule, MODULE_NAMES } from '../lib/modules.ts';
import { SeqIterator, toArray } from '../values/iter.ts';
import { repr, str } from '../values/repr.ts';
import type { PyException} from '../values/types.ts';
import { Blocked, Exc, ObjectType, PyBuiltin, PyRaise, PyTuple, PyType, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import { callValue, moduleFrame, PUSHED } from '../vm/call.ts';
import { execOne } from '../vm/eval.ts';
import { StepKind, ThreadState, VmThread } from '../vm/frame.ts';
import type { Engine } from './machine.ts';

/** Instructions a callback (a sort key, a predicate) may run before it is taken for a runaway. */
const SYNC_BUDGET = 1_000_000;

const importer = new PyBuiltin('__import__', (_ctx, args) => {
  const name = args[0];
  if (typeof name !== 'string') raiseType(Exc.TypeError, '__import__() argument 1 must be str');
  const mod = importModule(name.split('.')[0]!);
  if (mod === null) raiseType(Exc.ModuleNotFoundError, `No module named '${name}' (the lab models ${MODULE_NAMES.join(', ')})`);
  return mod;
});


const DequeIteratorType = new PyType('_deque_iterator', ObjectType, 'collections');

function callSync(ctx: NativeCtx, fn: PyValue, args: readonly PyValue[], kwargs: PyKwargs | null): PyValue {
  const t = new VmThread(-1, 'callback');
  const r = callValue(t, ctx, fn, [...args], kwargs);
  if (r instanceof Blocked) raiseType(Exc.RuntimeError, 'a callback here cannot wait (it would block inside another call)');
  if (r !== PUSHED) return r;
  for (let n = 0; n < SYNC_BUDGET; n++) {
    const kind = execOne(t, ctx);
    if (kind === StepKind.Finished) return t.result;
    if (kind === StepKind.Raised) throw new PyRaise(t.error!);
    if (kind === StepKind.Blocked) raiseType(Exc.RuntimeError, 'a callback here cannot wait (it would block inside another call)');
  }
  raiseType(Exc.RuntimeError, 'a callback ran too long');
}

/** "ValueError: boom", or just "ValueError" without arguments, as CPython's last traceback line. */
function excLine(e: PyException): string {
  const name = e.type.module === 'builtins' ? e.type.name : `${e.type.module}.${e.type.name}`;
  const text = e.args.length === 0 ? '' : e.args.length === 1 ? str(e.args[0]!) : repr(new PyTuple(e.args));
  return text === '' ? name : `${name}: ${text}`;
}

/**
 * The eval loop for programs compiled from `filename`, whose processes see `builtins` (the value
 * model's table; `__import__` is added here, limited to the modelled library).
 */
export function makeEngine(filename: string, builtinTable: ReadonlyMap<string, PyValue>): Engine {
  // One table for every process and machine: its values are immutable or stateless.
  const builtins = new Map<string, PyValue>([...builtinTable, ['__import__', importer]]);
  return {
    execOne,
    moduleThread: (id, name, code: CodeObject, globals, b) => {
      const t = new VmThread(id, name);
      t.frames.push(moduleFrame(code, globals, b));
      return t;
    },
    callThread: (ctx, id, name, fn, args, kwargs) => {
      const t = new VmThread(id, name);
      const r = callValue(t, ctx, fn, [...args], kwargs);
      if (r !== PUSHED) {
        // A native target runs at once; the thread is over before it starts.
        t.result = r instanceof Blocked ? null : r;
        t.state = ThreadState.Finished;
      }
      return t;
    },
    callSync,
    builtins: () => builtins,
    formatException: (exc) => {
      const e = exc as PyException;
      let text = 'Traceback (most recent call last):\n';
      for (const tb of e.traceback) text += `  File "${filename}", line ${tb.line}, in ${tb.name}\n`;
      return `${text}${excLine(e)}\n`;
    },
    repr,
    toArray: (ctx, v) => toArray(v, ctx),
    iterOver: (_ctx, items) => new SeqIterator(items, DequeIteratorType),
  };
}
