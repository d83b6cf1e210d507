// Measures the eval loop's speed on one thread: instructions per second for a counter loop whose
// every update takes and releases a lock through `with` (natives for the lock, as the library's).
// Run: npx esbuild scripts/python/bench-eval.ts --bundle --platform=node --outfile=/tmp/bench-eval.mjs --format=esm && node /tmp/bench-eval.mjs
import { compile } from '../../src/core/python/compile/compile.ts';
import { moduleFrame } from '../../src/core/python/vm/call.ts';
import { execOne } from '../../src/core/python/vm/eval.ts';
import { StepKind, VmThread } from '../../src/core/python/vm/frame.ts';
import { ObjectType, PyBuiltin, PyObject, PyRange, PyType, type NativeCtx, type PyValue } from '../../src/core/python/values/types.ts';

const LockType = new PyType('Lock', ObjectType, '_thread');
class Lock extends PyObject {
  held = false;
  get pyType(): PyType {
    return LockType;
  }
}
LockType.dict.set('__enter__', new PyBuiltin('__enter__', (_c, [self]) => { (self as Lock).held = true; return true; }, LockType));
LockType.dict.set('__exit__', new PyBuiltin('__exit__', (_c, [self]) => { (self as Lock).held = false; return null; }, LockType));

const source = `
counter = 0
lock = Lock()

def work(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

work(1000000)
work(1000000)
`;

const compiled = compile(source);
if (!compiled.ok) throw new Error(compiled.errors[0]?.message);
const builtins = new Map<string, PyValue>([
  ['range', new PyBuiltin('range', (_c, a) => new PyRange(0, a[0] as number, 1))],
  ['Lock', new PyBuiltin('Lock', () => new Lock())],
]);
const thread = new VmThread(1, 'MainThread');
const globals = new Map<string, PyValue>();
thread.frames.push(moduleFrame(compiled.code, globals, builtins));
const ctx: NativeCtx = { thread, now: 0, machine: null, write: () => undefined, callSync: () => null };
const start = performance.now();
let steps = 0;
for (;;) {
  const k = execOne(thread, ctx);
  steps++;
  if (k === StepKind.Finished || k === StepKind.Raised) break;
}
const seconds = (performance.now() - start) / 1000;
console.log(`counter=${String(globals.get('counter'))} instructions=${steps} time=${seconds.toFixed(2)}s rate=${(steps / seconds / 1e6).toFixed(1)} M instructions/s`);
