// queue.Queue, LifoQueue and SimpleQueue, and multiprocessing.Queue (the same, shared across a
// fork): put and get in one step each, waiting (with a timeout) while full or empty; task_done
// and join count unfinished items. queue.Empty and queue.Full as in CPython.
// Concurrency contract: single-threaded; each method is one machine step, a wait is retried.
import { Exc, makeExceptionType, PyException, raise, raiseType, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import type { Machine, ThreadRec, WaitRec } from '../runtime/machine.ts';
import { arg, block, checkKwargs, deadlineOf, intArg, LibObject, libType, machineOf, method, pending, seconds, self, truthy } from './native.ts';

export const Empty = makeExceptionType('Empty', Exc.Exception, '_queue');
export const Full = makeExceptionType('Full', Exc.Exception, 'queue');

const GET = 0;
const PUT = 1;
const JOIN = 2;

export type QueueFlavour = 'fifo' | 'lifo' | 'simple' | 'mp';

export class PyQueue extends LibObject {
  readonly kind = 'queue';
  readonly flavour: QueueFlavour;
  readonly maxsize: number;
  items: PyValue[] = [];
  unfinished = 0;
  constructor(flavour: QueueFlavour, maxsize: number) {
    super();
    this.flavour = flavour;
    this.maxsize = maxsize;
    this.shared = flavour === 'mp';
  }
  get title(): string {
    return { fifo: 'Queue', lifo: 'LifoQueue', simple: 'SimpleQueue', mp: 'Queue' }[this.flavour];
  }
  get pyType() {
    return this.flavour === 'lifo' ? LifoQueueType : this.flavour === 'simple' ? SimpleQueueType : this.flavour === 'mp' ? MpQueueType : QueueType;
  }
  isFull(): boolean {
    return this.maxsize > 0 && this.items.length >= this.maxsize;
  }
  override ready(_m: Machine, _t: ThreadRec, w: WaitRec): boolean {
    if (w.phase === GET) return this.items.length > 0;
    if (w.phase === PUT) return !this.isFull();
    return this.unfinished === 0;
  }
}

function timeoutArg(v: PyValue): number | null {
  const t = seconds(v);
  if (t !== null && t < 0) raiseType(Exc.ValueError, "'timeout' must be a non-negative number");
  return t;
}

function put(ctx: NativeCtx, q: PyQueue, item: PyValue, blocking: boolean, timeout: number | null) {
  const { rec, wait, timedOut } = pending(ctx);
  if (q.isFull()) {
    if (!blocking || timedOut) raise(new PyException(Full, []));
    return block(ctx, rec, q, `waits for room in ${q.label} (full: ${q.items.length} of ${q.maxsize})`, deadlineOf(ctx, wait, timeout), PUT);
  }
  q.items.push(item);
  if (q.flavour !== 'simple') q.unfinished++;
  return null;
}

function get(ctx: NativeCtx, q: PyQueue, blocking: boolean, timeout: number | null) {
  const { rec, wait, timedOut } = pending(ctx);
  if (q.items.length === 0) {
    if (!blocking || timedOut) raise(new PyException(Empty, []));
    return block(ctx, rec, q, `waits for an item in ${q.label} (empty)`, deadlineOf(ctx, wait, timeout), GET);
  }
  return (q.flavour === 'lifo' ? q.items.pop() : q.items.shift()) ?? null;
}

function putMethod(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'put', ['item', 'block', 'timeout']);
  const q = self(args, PyQueue, 'put');
  return put(ctx, q, arg(args, kwargs, 1, 'item', null), truthy(arg(args, kwargs, 2, 'block', true)), timeoutArg(arg(args, kwargs, 3, 'timeout', null)));
}

function getMethod(ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) {
  checkKwargs(kwargs, 'get', ['block', 'timeout']);
  const q = self(args, PyQueue, 'get');
  return get(ctx, q, truthy(arg(args, kwargs, 1, 'block', true)), timeoutArg(arg(args, kwargs, 2, 'timeout', null)));
}

function make(flavour: QueueFlavour) {
  return (ctx: NativeCtx, args: readonly PyValue[], kwargs: PyKwargs | null) => {
    if (flavour === 'simple') {
      if (args.length > 0 || (kwargs?.size ?? 0) > 0) raiseType(Exc.TypeError, 'SimpleQueue takes no arguments');
      return machineOf(ctx).register(new PyQueue(flavour, 0));
    }
    checkKwargs(kwargs, 'Queue', ['maxsize']);
    return machineOf(ctx).register(new PyQueue(flavour, intArg(arg(args, kwargs, 0, 'maxsize', 0), 'maxsize')));
  };
}

function define(type: ReturnType<typeof libType>, full: boolean): void {
  method(type, 'put', putMethod);
  method(type, 'get', getMethod);
  method(type, 'put_nowait', (ctx, args) => put(ctx, self(args, PyQueue, 'put_nowait'), args[1] ?? null, false, null));
  method(type, 'get_nowait', (ctx, args) => get(ctx, self(args, PyQueue, 'get_nowait'), false, null));
  method(type, 'empty', (_ctx, args) => self(args, PyQueue, 'empty').items.length === 0);
  method(type, 'qsize', (_ctx, args) => self(args, PyQueue, 'qsize').items.length);
  if (!full) return;
  method(type, 'full', (_ctx, args) => self(args, PyQueue, 'full').isFull());
  method(type, 'task_done', (_ctx, args) => {
    const q = self(args, PyQueue, 'task_done');
    if (q.unfinished <= 0) raiseType(Exc.ValueError, 'task_done() called too many times');
    q.unfinished--;
    return null;
  });
  method(type, 'join', (ctx, args) => {
    const q = self(args, PyQueue, 'join');
    if (q.unfinished === 0) return null;
    const { rec } = pending(ctx);
    return block(ctx, rec, q, `waits for ${q.label}'s ${q.unfinished} unfinished task${q.unfinished === 1 ? '' : 's'} (join)`, null, JOIN);
  });
}

export const QueueType = libType('Queue', 'queue', make('fifo'));
export const LifoQueueType = libType('LifoQueue', 'queue', make('lifo'), QueueType);
export const SimpleQueueType = libType('SimpleQueue', '_queue', make('simple'));
export const MpQueueType = libType('Queue', 'multiprocessing.queues', make('mp'));
define(QueueType, true);
define(LifoQueueType, true);
define(SimpleQueueType, false);
define(MpQueueType, true);
