// The machine and the library driven by a tiny stand-in eval loop (a thread runs a list of
// plain-data operations, one per instruction), so the scheduler, blocking, the clock, exploration,
// cloning and keys are tested on their own, apart from the compiler.
import { describe, expect, it } from 'vitest';
import { Blocked, PyBuiltin, PyObject, PyRaise, PyType, ObjectType, Exc, newException, type NativeCtx, type PyKwargs, type PyValue } from '../values/types.ts';
import { StepKind, ThreadState, VmThread } from './vmShape.ts';
import type { CodeObject } from '../code.ts';
import { importModule } from '../lib/modules.ts';
import { cloneMachine, createMachine, randomChooser, runSchedule } from './api.ts';
import type { Engine } from './machine.ts';
import { enabled, step } from './scheduler.ts';
import { explore, sample } from './search.ts';
import { stateKey } from './stateKey.ts';
import type { MachineSettings, SearchResult } from './types.ts';
import { view } from './view.ts';

/** An operand: a constant, a register of the thread, or a global of its process. */
type Arg = { k: PyValue } | { r: number } | { g: string };
type Op =
  | { op: 'call'; fn: Arg; method?: string; args: Arg[]; kw?: [string, Arg][]; to?: number }
  | { op: 'attr'; obj: Arg; name: string; to: number }
  | { op: 'setattr'; obj: Arg; name: string; value: Arg }
  | { op: 'load'; g: string; to: number }
  | { op: 'store'; g: string; from: Arg }
  | { op: 'add'; r: number; k: number }
  | { op: 'print'; parts: Arg[] }
  | { op: 'jumpIf'; r: number; eq: PyValue; to: number }
  | { op: 'back'; to: number }
  | { op: 'raise'; message: string };

const ScriptFnType = new PyType('function', ObjectType);
class ScriptFn extends PyObject {
  readonly ops: readonly Op[];
  readonly name: string;
  /** Set when the program starts: the globals of the process it was defined in (a fork copies it). */
  globals = new Map<string, PyValue>();
  constructor(name: string, ops: readonly Op[]) {
    super();
    this.name = name;
    this.ops = ops;
  }
  get pyType() {
    return ScriptFnType;
  }
}

interface ScriptThread extends VmThread {
  ops: readonly Op[];
  pc: number;
  regs: PyValue[];
  globals: Map<string, PyValue>;
}

function value(t: ScriptThread, a: Arg): PyValue {
  if ('k' in a) return a.k;
  if ('r' in a) return t.regs[a.r] ?? null;
  const v = t.globals.get(a.g);
  if (v === undefined) throw new Error(`no global ${a.g}`);
  return v;
}

function callable(fn: PyValue, method: string | undefined, self: PyValue): { f: (ctx: NativeCtx, a: readonly PyValue[], k: PyKwargs | null) => PyValue | Blocked; pre: PyValue[] } {
  if (method !== undefined) {
    const m = (self as PyObject).pyType.dict.get(method) ?? (self as { dict?: Map<string, PyValue> }).dict?.get(method);
    if (m instanceof PyBuiltin) return { f: m.fn, pre: (self as PyObject).pyType.dict.has(method) ? [self] : [] };
    if (m instanceof PyType) return { f: m.construct!, pre: [] };
    throw new Error(`no method ${method}`);
  }
  if (fn instanceof PyType) return { f: fn.construct!, pre: [] };
  if (fn instanceof PyBuiltin) return { f: fn.fn, pre: [] };
  throw new Error('not callable');
}

/** Enough of str() for the stand-in: objects by their type's name. */
function show(v: PyValue): string {
  return typeof v === 'object' && v !== null ? `<${v.pyType.name}>` : String(v);
}

function execOne(vm: VmThread, ctx: NativeCtx): number {
  const t = vm as ScriptThread;
  const op = t.ops[t.pc];
  if (op === undefined) return StepKind.Finished;
  let kind: number = StepKind.Normal;
  try {
    switch (op.op) {
      case 'call': {
        const target = value(t, op.fn);
        const { f, pre } = callable(target, op.method, target);
        const r = f(ctx, [...pre, ...op.args.map((a) => value(t, a))], op.kw ? new Map(op.kw.map(([k, a]) => [k, value(t, a)])) : null);
        if (r instanceof Blocked) {
          t.state = ThreadState.Blocked;
          t.blocked = r;
          return StepKind.Blocked;
        }
        if (op.to !== undefined) t.regs[op.to] = r;
        kind = StepKind.CallReturned;
        break;
      }
      case 'attr':
      case 'setattr': {
        const obj = value(t, op.obj) as PyObject;
        const p = obj.pyType.dict.get(op.name) as unknown as { get: (c: NativeCtx, a: PyValue[], k: null) => PyValue | Blocked; set: (c: NativeCtx, a: PyValue[], k: null) => PyValue | Blocked };
        const r = op.op === 'attr' ? p.get(ctx, [obj], null) : p.set(ctx, [obj, value(t, op.value)], null);
        if (r instanceof Blocked) {
          t.state = ThreadState.Blocked;
          t.blocked = r;
          return StepKind.Blocked;
        }
        if (op.op === 'attr') t.regs[op.to] = r;
        break;
      }
      case 'load':
        t.regs[op.to] = value(t, { g: op.g });
        break;
      case 'store':
        t.globals.set(op.g, value(t, op.from));
        break;
      case 'add':
        t.regs[op.r] = (t.regs[op.r] as number) + op.k;
        break;
      case 'print':
        ctx.write('stdout', op.parts.map((a) => show(value(t, a))).join(' ') + '\n');
        kind = StepKind.CallReturned;
        break;
      case 'jumpIf':
        if (t.regs[op.r] === op.eq) {
          t.pc = op.to;
          t.state = ThreadState.Ready;
          t.blocked = null;
          return StepKind.Normal;
        }
        break;
      case 'back':
        t.pc = op.to;
        return StepKind.BackJump;
      case 'raise':
        throw new PyRaise(newException(Exc.ValueError, op.message));
    }
  } catch (e) {
    if (e instanceof PyRaise) {
      t.error = e.exc;
      t.state = ThreadState.Failed;
      return StepKind.Raised;
    }
    throw e;
  }
  t.state = ThreadState.Ready;
  t.blocked = null;
  t.pc++;
  if (t.pc >= t.ops.length) {
    t.state = ThreadState.Finished;
    return StepKind.Finished;
  }
  return kind;
}

function makeThread(id: number, name: string, ops: readonly Op[], globals: Map<string, PyValue>, regs: PyValue[]): VmThread {
  const vm = new VmThread(id, name) as ScriptThread;
  vm.ops = ops;
  vm.pc = 0;
  vm.regs = regs;
  vm.globals = globals;
  return vm;
}

const engine: Engine = {
  execOne,
  moduleThread: (id, name, code, globals) => {
    const main = code as unknown as { script: Op[]; globals: [string, PyValue][] };
    for (const [k, v] of main.globals) {
      globals.set(k, v);
      if (v instanceof ScriptFn) v.globals = globals;
    }
    return makeThread(id, name, main.script, globals, []);
  },
  callThread: (_ctx, id, name, fn, args) => {
    if (!(fn instanceof ScriptFn)) throw new Error('target must be a script');
    return makeThread(id, name, fn.ops, fn.globals, [...args]);
  },
  callSync: () => null,
  builtins: () => new Map(),
  formatException: (e) => `Traceback (most recent call last):\nValueError: ${show((e as { args: PyValue[] }).args[0] ?? null)}\n`,
  repr: show,
  toArray: () => [],
  iterOver: () => null,
};

function program(globals: Record<string, PyValue>, script: Op[]): CodeObject {
  return { kind: 'code', script, globals: Object.entries(globals) } as unknown as CodeObject;
}

const threading = importModule('threading')!;

/** A threading.Lock made outside any program (the stand-in has no module code to make it). */
function newLock(ctx: NativeCtx): PyValue {
  const lock = (threading.dict.get('Lock') as PyType).construct!(ctx, [], null);
  if (lock instanceof Blocked) throw new Error('Lock() cannot block');
  return lock;
}
const g = (name: string): Arg => ({ g: name });
const k = (v: PyValue): Arg => ({ k: v });

/** `x += 1` as three instructions: read, add, write. */
const incr: Op[] = [
  { op: 'load', g: 'x', to: 0 },
  { op: 'add', r: 0, k: 1 },
  { op: 'store', g: 'x', from: { r: 0 } },
];

/** Main: start two threads running `body`, join both, print x. */
function twoThreads(body: Op[], extra: Record<string, PyValue> = {}): CodeObject {
  const worker = new ScriptFn('worker', body);
  return program({ x: 0, threading, worker, ...extra }, [
    { op: 'call', fn: g('threading'), method: 'Thread', args: [], kw: [['target', g('worker')]], to: 1 },
    { op: 'call', fn: g('threading'), method: 'Thread', args: [], kw: [['target', g('worker')]], to: 2 },
    { op: 'call', fn: { r: 1 }, method: 'start', args: [] },
    { op: 'call', fn: { r: 2 }, method: 'start', args: [] },
    { op: 'call', fn: { r: 1 }, method: 'join', args: [] },
    { op: 'call', fn: { r: 2 }, method: 'join', args: [] },
    { op: 'print', parts: [g('x')] },
  ]);
}

const every: MachineSettings = { switch: 'every', quantum: 3, stepBudget: 10_000, seed: 7 };

function exploreAll(code: CodeObject, settings: MachineSettings = every): SearchResult {
  const run = explore(code, settings, engine, { sliceStates: 50 });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

function values(r: SearchResult): string[] {
  return r.outcomes.map((o) => `${o.outcome.end}:${o.outcome.stdout}`).sort();
}

describe('machine with a stand-in eval loop', () => {
  it('two threads × two unsynchronised increments end at 2, 3 or 4 under every', () => {
    const r = exploreAll(twoThreads([...incr, ...incr]));
    expect(r.complete).toBe(true);
    expect(values(r)).toEqual(['finished:2', 'finished:3', 'finished:4']);
    // Each witness replays to its outcome.
    for (const o of r.outcomes) {
      const m = createMachine(twoThreads([...incr, ...incr]), every, engine);
      for (const t of o.witness) step(m, t);
      expect(view(m).outcome?.stdout).toBe(o.outcome.stdout);
    }
  });

  it('under gil the same increments (no eval-breaker point inside) always end at 4', () => {
    const r = exploreAll(twoThreads([...incr, ...incr]), { ...every, switch: 'gil' });
    expect(values(r)).toEqual(['finished:4']);
  });

  it('a lock around each increment keeps every update', () => {
    const body: Op[] = [
      { op: 'call', fn: g('lock'), method: 'acquire', args: [] },
      ...incr,
      { op: 'call', fn: g('lock'), method: 'release', args: [] },
    ];
    const m = createMachine(program({}, []), every, engine);
    m.running = 0;
    const lock = newLock(m);
    const r = exploreAll(twoThreads([...body, ...body], { lock }));
    expect(values(r)).toEqual(['finished:4']);
  });

  it('two locks taken in opposite orders can deadlock, with a cycle in the wait-for graph', () => {
    const m0 = createMachine(program({}, []), every, engine);
    const a = newLock(m0);
    const b = newLock(m0);
    const take = (x: string, y: string): Op[] => [
      { op: 'call', fn: g(x), method: 'acquire', args: [] },
      { op: 'call', fn: g(y), method: 'acquire', args: [] },
      { op: 'call', fn: g(y), method: 'release', args: [] },
      { op: 'call', fn: g(x), method: 'release', args: [] },
    ];
    const t1 = new ScriptFn('one', take('a', 'b'));
    const t2 = new ScriptFn('two', take('b', 'a'));
    const code = program({ a, b, threading, t1, t2 }, [
      { op: 'call', fn: g('threading'), method: 'Thread', args: [], kw: [['target', g('t1')]], to: 1 },
      { op: 'call', fn: g('threading'), method: 'Thread', args: [], kw: [['target', g('t2')]], to: 2 },
      { op: 'call', fn: { r: 1 }, method: 'start', args: [] },
      { op: 'call', fn: { r: 2 }, method: 'start', args: [] },
      { op: 'call', fn: { r: 1 }, method: 'join', args: [] },
      { op: 'call', fn: { r: 2 }, method: 'join', args: [] },
      { op: 'print', parts: [k('done')] },
    ]);
    const r = exploreAll(code);
    expect(values(r)).toEqual(['deadlock:', 'finished:done']);
    const dead = r.outcomes.find((o) => o.outcome.end === 'deadlock')!;
    expect(dead.waitFor?.cycle.length).toBe(4);
    expect(dead.outcome.why).toMatch(/Thread-1 \(one\) waits for Lock \d held by Thread-2 \(two\)/);
  });

  it('a sleeping thread wakes when the clock jumps; join with a timeout gives up first', () => {
    const time = importModule('time')!;
    const sleeper = new ScriptFn('sleeper', [{ op: 'call', fn: g('time'), method: 'sleep', args: [k(1)] }]);
    const code = program({ threading, time, sleeper }, [
      { op: 'call', fn: g('threading'), method: 'Thread', args: [], kw: [['target', g('sleeper')]], to: 1 },
      { op: 'call', fn: { r: 1 }, method: 'start', args: [] },
      { op: 'call', fn: { r: 1 }, method: 'join', args: [k(0.5)] },
      { op: 'call', fn: { r: 1 }, method: 'is_alive', args: [], to: 2 },
      { op: 'print', parts: [{ r: 2 }] },
      { op: 'call', fn: { r: 1 }, method: 'join', args: [] },
      { op: 'call', fn: { r: 1 }, method: 'is_alive', args: [], to: 2 },
      { op: 'print', parts: [{ r: 2 }] },
    ]);
    const m = createMachine(code, every, engine);
    const r = runSchedule(m, randomChooser(3));
    expect(r.outcome.stdout).toBe('true\nfalse');
    expect(m.now).toBe(1);
  });

  it('an exception in a thread prints its traceback to stderr and ends only that thread', () => {
    const bad = new ScriptFn('worker', [{ op: 'raise', message: 'boom' }]);
    const code = program({ threading, bad }, [
      { op: 'call', fn: g('threading'), method: 'Thread', args: [], kw: [['target', g('bad')]], to: 1 },
      { op: 'call', fn: { r: 1 }, method: 'start', args: [] },
      { op: 'call', fn: { r: 1 }, method: 'join', args: [] },
      { op: 'print', parts: [k('after')] },
    ]);
    const m = createMachine(code, every, engine);
    const r = runSchedule(m, randomChooser(1));
    expect(r.outcome.end).toBe('finished');
    expect(r.outcome.stdout).toBe('after');
    expect(r.stderr).toBe('Exception in thread Thread-1 (worker):\nTraceback (most recent call last):\nValueError: boom\n');
  });

  it('clones are independent and keys ignore allocation order', () => {
    const code = twoThreads([...incr]);
    const m = createMachine(code, every, engine);
    for (let i = 0; i < 4; i++) step(m, enabled(m)[0]!);
    const c = cloneMachine(m);
    expect(stateKey(c)).toBe(stateKey(m));
    step(c, enabled(c).at(-1)!);
    expect(stateKey(c)).not.toBe(stateKey(m));
    expect(view(m).steps).toBe(4);
  });

  it('sampling is seeded: the same seed gives the same counts and replayable witnesses', () => {
    const code = twoThreads([...incr, ...incr]);
    const runAll = (): SearchResult => {
      const run = sample(code, every, engine, { samples: 40, sliceSchedules: 10 });
      for (;;) {
        const r = run.next();
        if (r.done) return r.value;
      }
    };
    const a = runAll();
    const b = runAll();
    expect(a.outcomes.map((o) => [o.outcome.key, o.count])).toEqual(b.outcomes.map((o) => [o.outcome.key, o.count]));
    expect(a.outcomes.reduce((s, o) => s + Number(o.count), 0)).toBe(40);
    expect(a.complete).toBe(false);
  });
});

