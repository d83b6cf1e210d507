// The modules a program may import: threading, queue, collections (deque), multiprocessing and
// time, each a module of native objects; anything else is "not supported" (a clear error).
// Concurrency contract: modules are immutable and shared by every machine; state lives in the machine.
import { PyModule, type NativeFn, type PyBuiltin, type PyValue } from '../values/types.ts';
import { BarrierType, BrokenBarrierError } from './barrier.ts';
import { ConditionType } from './condition.ts';
import { DequeType } from './deque.ts';
import { LockType, PyLock, PyRLock, RLockType } from './locks.ts';
import { LibObject, libFunction, machineOf } from './native.ts';
import { Empty, Full, MpQueueType, LifoQueueType, QueueType, SimpleQueueType } from './queues.ts';
import { BoundedSemaphoreType, EventType, SemaphoreType } from './semaphore.ts';
import { makeArray, makeValue } from './shared.ts';
import { currentProcess, currentThread, ProcessType, ThreadType } from './threads.ts';
import { timeModule } from './time.ts';

function module(name: string, entries: Record<string, PyValue>): PyModule {
  return new PyModule(name, new Map(Object.entries(entries)));
}

function fn(name: string, f: NativeFn): PyBuiltin {
  return libFunction(name, f);
}

/** multiprocessing's synchronisation objects: threading's, marked to survive a fork by identity. */
function sharedMaker(name: string, make: NativeFn): PyBuiltin {
  return fn(name, (ctx, args, kwargs) => {
    const o = make(ctx, args, kwargs);
    if (o instanceof LibObject) o.shared = true;
    return o;
  });
}

function construct(t: { construct: NativeFn | null }): NativeFn {
  return t.construct!;
}

const threading = module('threading', {
  Thread: ThreadType,
  Lock: LockType,
  RLock: RLockType,
  Condition: ConditionType,
  Semaphore: SemaphoreType,
  BoundedSemaphore: BoundedSemaphoreType,
  Event: EventType,
  Barrier: BarrierType,
  BrokenBarrierError,
  current_thread: fn('current_thread', (ctx) => currentThread(ctx)),
  main_thread: fn('main_thread', (ctx) => {
    const m = machineOf(ctx);
    const main = m.processes[m.current().process]!.threads[0]!;
    const saved = m.running;
    m.running = main;
    try {
      return currentThread(ctx);
    } finally {
      m.running = saved;
    }
  }),
  get_ident: fn('get_ident', (ctx) => 1000 + machineOf(ctx).running),
  active_count: fn('active_count', (ctx) => {
    const m = machineOf(ctx);
    const p = m.current().process;
    return m.threads.filter((t) => t.process === p && t.life === 1).length;
  }),
});

const queue = module('queue', { Queue: QueueType, LifoQueue: LifoQueueType, SimpleQueue: SimpleQueueType, Empty, Full });

const collections = module('collections', { deque: DequeType });

const multiprocessing = module('multiprocessing', {
  Process: ProcessType,
  Value: makeValue,
  Array: makeArray,
  Lock: sharedMaker('Lock', (ctx) => machineOf(ctx).register(new PyLock())),
  RLock: sharedMaker('RLock', (ctx) => machineOf(ctx).register(new PyRLock())),
  Queue: MpQueueType,
  JoinableQueue: MpQueueType,
  Event: sharedMaker('Event', construct(EventType)),
  Semaphore: sharedMaker('Semaphore', construct(SemaphoreType)),
  BoundedSemaphore: sharedMaker('BoundedSemaphore', construct(BoundedSemaphoreType)),
  Condition: sharedMaker('Condition', construct(ConditionType)),
  Barrier: sharedMaker('Barrier', construct(BarrierType)),
  current_process: fn('current_process', (ctx) => currentProcess(ctx)),
  cpu_count: fn('cpu_count', () => 2),
});

const MODULES: ReadonlyMap<string, PyModule> = new Map([
  ['threading', threading],
  ['queue', queue],
  ['collections', collections],
  ['multiprocessing', multiprocessing],
  ['time', timeModule()],
]);

/** Names a program may import. */
export const MODULE_NAMES: readonly string[] = [...MODULES.keys()];

/** The module, or null when it is not one the lab models. */
export function importModule(name: string): PyModule | null {
  return MODULES.get(name) ?? null;
}
