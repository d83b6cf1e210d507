// The eval loop's speed on one schedule of the post's counter program: 2 × 10^6 locked updates
// of a shared value (`with v.get_lock(): v.value += 1`), one process after the other, on one
// thread. The value and its lock are stand-ins with the library's shape (a lock object with
// __enter__/__exit__, `value` a property) until the machine's own library runs it.
// Run by bench/suites/python.mjs in a worker thread; prints its result when run directly.
import { compile } from '../../src/core/python/compile/compile.ts';
import { moduleFrame } from '../../src/core/python/vm/call.ts';
import { execOne } from '../../src/core/python/vm/eval.ts';
import { StepKind, VmThread } from '../../src/core/python/vm/frame.ts';
import { NativeProperty, ObjectType, PyBuiltin, PyObject, PyRange, PyType, type NativeCtx, type PyValue } from '../../src/core/python/values/types.ts';

const LockType = new PyType('RLock', ObjectType, '_thread');
class Lock extends PyObject {
  depth = 0;
  get pyType(): PyType {
    return LockType;
  }
}
LockType.dict.set('__enter__', new PyBuiltin('__enter__', (_c, [self]) => { (self as Lock).depth++; return true; }, LockType));
LockType.dict.set('__exit__', new PyBuiltin('__exit__', (_c, [self]) => { (self as Lock).depth--; return null; }, LockType));

const ValueType = new PyType('Synchronized', ObjectType, 'multiprocessing.sharedctypes');
class Value extends PyObject {
  readonly lock = new Lock();
  value = 0;
  get pyType(): PyType {
    return ValueType;
  }
}
ValueType.dict.set('get_lock', new PyBuiltin('get_lock', (_c, [self]) => (self as Value).lock, ValueType));
ValueType.dict.set('value', new NativeProperty(
  'value',
  (_c, [self]) => (self as Value).value,
  (_c, [self, v]) => { (self as Value).value = v as number; return null; },
));

/** The post's program with its processes' targets called in turn: one schedule of it. */
export const COUNTER_SOURCE = `
shared_value = Value('i', 0)

def increment():
    for _ in range(1000000):
        with shared_value.get_lock():
            shared_value.value += 1

def decrement():
    for _ in range(1000000):
        with shared_value.get_lock():
            shared_value.value -= 1

increment()
decrement()
result = shared_value.value
`;

export interface CounterBench {
  readonly instructions: number;
  readonly seconds: number;
  /** CPU time of this thread's process over the run: less skewed than wall time on a busy machine. */
  readonly cpuSeconds: number;
  readonly result: PyValue;
}

/** Runs the counter program once and times it. */
export function runCounterBench(): CounterBench {
  const compiled = compile(COUNTER_SOURCE);
  if (!compiled.ok) throw new Error(compiled.errors[0]?.message);
  const builtins = new Map<string, PyValue>([
    ['range', new PyBuiltin('range', (_c, a) => new PyRange(0, a[0] as number, 1))],
    ['Value', new PyBuiltin('Value', () => new Value())],
  ]);
  const thread = new VmThread(1, 'MainThread');
  const globals = new Map<string, PyValue>();
  thread.frames.push(moduleFrame(compiled.code, globals, builtins));
  const ctx: NativeCtx = { thread, now: 0, machine: null, write: () => undefined, callSync: () => null };
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let steps = 0;
  for (;;) {
    const k = execOne(thread, ctx);
    steps++;
    if (k === StepKind.Finished || k === StepKind.Raised) break;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (thread.error !== null) throw new Error(`the counter program raised ${thread.error.type.name}`);
  return { instructions: steps, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, result: globals.get('result') ?? null };
}
