// The state as the page draws it: threads with their status in words, frames and locals, globals
// per process, every library object (holder, waiters, items, counters), and what was printed.
// Concurrency contract: single-threaded; reads the machine only, returns plain data.
import { OP_NAMES, shownLine } from '../code.ts';
import { LibObject } from '../lib/native.ts';
import { BaseLock } from '../lib/locks.ts';
import { PyCondition } from '../lib/condition.ts';
import { PyEvent, PySemaphore } from '../lib/semaphore.ts';
import { PyBarrier } from '../lib/barrier.ts';
import { PyQueue } from '../lib/queues.ts';
import { PyDeque } from '../lib/deque.ts';
import { PySharedValue } from '../lib/shared.ts';
import { PyThreadObj } from '../lib/threads.ts';
import { PyModule, PyType, PyBuiltin, type PyValue } from '../values/types.ts';
import type { FrameShape as Frame } from './vmShape.ts';
import { Life, type Machine, type ThreadRec } from './machine.ts';
import { isReady, outcomeOf } from './scheduler.ts';
import type { FrameView, MachineView, ObjectView, ThreadStatusName, ThreadView, ValueView, VarView } from './types.ts';
import { waitForGraph } from './waitFor.ts';

function valueView(m: Machine, v: PyValue | undefined): ValueView {
  if (v === undefined) return { repr: '<unbound>', ref: null };
  let repr: string;
  try {
    repr = m.engine.repr(v);
  } catch {
    repr = '<?>';
  }
  return { repr, ref: v instanceof LibObject ? v.num : null };
}

function frameView(m: Machine, f: Frame): FrameView {
  const locals: VarView[] = [];
  f.code.varnames.forEach((name, i) => {
    const v = f.locals[i];
    if (v !== undefined) locals.push({ name, value: valueView(m, v) });
  });
  return { name: f.code.name, line: shownLine(f.code, f.pc), locals };
}

function status(m: Machine, rec: ThreadRec): { status: ThreadStatusName; why: string } {
  switch (rec.life) {
    case Life.new:
      return { status: 'new', why: 'not started' };
    case Life.done:
      return { status: 'done', why: 'finished' };
    case Life.failed:
      return { status: 'failed', why: `ended by an uncaught ${rec.vm.error?.type.name ?? 'exception'}` };
    default:
      break;
  }
  if (rec.wait === null) return { status: 'ready', why: 'ready' };
  const why = rec.vm.blocked?.reason ?? 'waits';
  if (isReady(m, rec)) return { status: 'ready', why: `ready (${why.replace(/^waits/, 'was waiting')})` };
  return { status: rec.wait.on === null ? 'sleeping' : 'blocked', why };
}

function threadView(m: Machine, rec: ThreadRec): ThreadView {
  const top = rec.vm.top;
  const live = rec.life === Life.live && top !== undefined;
  const s = status(m, rec);
  const op = live ? top.code.code[top.pc * 2]! : -1;
  return {
    id: rec.id,
    name: rec.vm.name,
    process: rec.process,
    daemon: rec.daemon,
    status: s.status,
    why: s.why,
    line: live ? shownLine(top.code, top.pc) : null,
    instruction: live ? { index: top.pc, opname: OP_NAMES[op] ?? `op ${op}`, argrepr: String(top.code.code[top.pc * 2 + 1]), line: shownLine(top.code, top.pc) } : null,
    frames: rec.vm.frames.map((f) => frameView(m, f)),
    enabled: isReady(m, rec),
  };
}

function waitingOn(m: Machine, o: LibObject): number[] {
  return m.threads.filter((t) => t.life === Life.live && t.wait?.on === o && !isReady(m, t)).map((t) => t.id);
}

function objectView(m: Machine, o: LibObject): ObjectView {
  const base: ObjectView = { id: o.num, kind: o.kind, label: o.label, holder: o.holder(), depth: null, waiters: waitingOn(m, o), items: [], count: null, capacity: null, flag: null, arrivals: [], note: '' };
  const reprs = (items: readonly PyValue[]): string[] => items.map((x) => valueView(m, x).repr);
  if (o instanceof BaseLock) return { ...base, depth: o.recursive ? o.count : null };
  if (o instanceof PyCondition) return { ...base, waiters: [...o.waiters, ...base.waiters.filter((t) => !o.waiters.includes(t))], note: `uses ${o.lock.label}` };
  if (o instanceof PySemaphore) return { ...base, count: o.value, capacity: o.bound };
  if (o instanceof PyEvent) return { ...base, flag: o.flag };
  if (o instanceof PyBarrier) return { ...base, arrivals: [...o.arrivals], capacity: o.parties, flag: o.state === -2, count: o.arrivals.length };
  if (o instanceof PyQueue) return { ...base, items: reprs(o.items), capacity: o.maxsize > 0 ? o.maxsize : null, count: o.unfinished };
  if (o instanceof PyDeque) return { ...base, items: reprs(o.items), capacity: o.maxlen };
  if (o instanceof PySharedValue) return { ...base, items: o.kind === 'array' ? reprs(o.items) : [], count: o.kind === 'value' && typeof o.items[0] === 'number' ? o.items[0] : null, note: o.kind === 'value' ? `value ${valueView(m, o.items[0]).repr} ('${o.typecode}')` : `'${o.typecode}'` };
  if (o instanceof PyThreadObj) return { ...base, holder: null, note: o.tid < 0 ? 'not started' : o.kind };
  return base;
}

/** Globals worth drawing: not modules, not the library's classes and functions, not dunder names. */
function drawn(name: string, v: PyValue): boolean {
  return !name.startsWith('__') && !(v instanceof PyModule) && !(v instanceof PyType) && !(v instanceof PyBuiltin);
}

export function view(m: Machine): MachineView {
  const outcome = outcomeOf(m);
  return {
    threads: m.threads.map((t) => threadView(m, t)),
    processes: m.processes.map((p) => ({
      id: p.id,
      name: p.name,
      globals: [...p.globals].filter(([k, v]) => drawn(k, v)).map(([name, v]) => ({ name, value: valueView(m, v) })),
      alive: p.threads.some((t) => m.threads[t]!.life === Life.live),
    })),
    objects: m.objects.map((o) => objectView(m, o)),
    stdout: m.stdout,
    stderr: m.stderr,
    output: m.output.map((c) => ({ ...c })),
    now: m.now,
    steps: m.steps,
    schedule: [...m.moves],
    outcome,
    waitFor: outcome?.end === 'deadlock' ? waitForGraph(m) : null,
  };
}
