// New threads and processes. A thread starts calling its target in the caller's process; a
// process is forked: it gets a copy of the parent's globals (and of everything they reach, as a
// fork copies memory) except the objects multiprocessing shares, then calls its target there.
// Concurrency contract: single-threaded; runs inside the caller's step.
import type { PyThreadObj } from '../lib/threads.ts';
import { LibObject } from '../lib/native.ts';
import { deepCopy } from './clone.ts';
import { Life, type Machine } from './machine.ts';
import { ThreadState } from './vmShape.ts';

export function startThread(m: Machine, o: PyThreadObj): void {
  const caller = m.current();
  const id = m.threads.length;
  const vm = m.engine.callThread(m, id, o.name, o.target, o.args, o.kwargs.size > 0 ? o.kwargs : null);
  const rec = m.addThread(caller.process, vm, o.daemon, o);
  o.tid = id;
  rec.life = o.target === null || vm.state === ThreadState.Finished ? Life.done : Life.live;
}

/** Shared across a fork: multiprocessing's Value, Array, Lock, Queue… */
function keepShared(x: object): boolean {
  return x instanceof LibObject && x.shared;
}

export function forkProcess(m: Machine, o: PyThreadObj): void {
  const parent = m.processes[m.current().process]!;
  const memo = new Map<object, unknown>();
  const globals = deepCopy(parent.globals, memo, keepShared);
  const target = deepCopy(o.target, memo, keepShared);
  const args = deepCopy(o.args, memo, keepShared);
  const kwargs = deepCopy(o.kwargs, memo, keepShared);
  const child = m.addProcess(o.name, globals, parent);
  child.daemon = o.daemon;
  // The child's copy of this Process object is its current_process(); the parent keeps the original.
  const copy = memo.get(o);
  child.obj = copy instanceof LibObject ? (copy) : null;
  // Objects copied by the fork are new objects for the page too.
  for (const [from, to] of memo) if (from instanceof LibObject && to !== from && to instanceof LibObject) m.register(to);
  const id = m.threads.length;
  const vm = m.engine.callThread(m, id, 'MainThread', target, args, kwargs.size > 0 ? kwargs : null);
  const rec = m.addThread(child.id, vm, false, null);
  rec.life = target === null || vm.state === ThreadState.Finished ? Life.done : Life.live;
  o.tid = id;
  o.pid = child.id;
  const own = copy as { tid: number; pid: number } | undefined;
  if (own !== undefined && child.obj !== null) {
    own.tid = id;
    own.pid = child.id;
  }
}
