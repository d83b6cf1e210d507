// The deterministic scheduler: which threads may step, and what one step does. A step is one
// shared step of the chosen thread followed by its thread-local steps (see LOCAL_OPS).
// Concurrency contract: pure functions over immutable states; single-threaded.
import { narrate } from './narrate.ts';
import { isLocal, type Instr, type Operand, type Program } from './program.ts';
import { isFinished, isTerminal, Phase, stateKey, type PhaseValue, type State, type ThreadState } from './state.ts';

/** A thread-local loop longer than this is a bug in the program, not a schedule. */
const MAX_LOCAL_STEPS = 10_000;

/** The parts of a state one step may change, as mutable copies. */
export interface Draft {
  vars: number[];
  owners: number[];
  waiters: number[][];
  queue: number[];
  threads: ThreadState[];
  violation: readonly [number, number] | null;
  versions: number[];
  writers: number[];
  lostUpdates: number;
}

interface Mut {
  pc: number;
  regs: number[];
  phase: PhaseValue;
  inCs: boolean;
  seen: number[];
}

function finish(program: Program, d: Draft, last: State['last']): State {
  const s = {
    program,
    vars: d.vars,
    owners: d.owners,
    waiters: d.waiters,
    queue: d.queue,
    threads: d.threads,
    violation: d.violation,
    versions: d.versions,
    writers: d.writers,
    lostUpdates: d.lostUpdates,
    last,
    key: '',
  };
  s.key = stateKey(s);
  return s;
}

export function initialState(program: Program): State {
  const d: Draft = {
    vars: program.vars.map((v) => v.init),
    owners: program.locks.map(() => -1),
    waiters: program.conds.map(() => []),
    queue: [],
    threads: [],
    violation: null,
    versions: program.vars.map(() => 0),
    writers: program.vars.map(() => -1),
    lostUpdates: 0,
  };
  program.threads.forEach((code, t) => {
    const m: Mut = { pc: 0, regs: code.regs.map(() => 0), phase: Phase.run, inCs: false, seen: program.vars.map(() => -1) };
    runLocal(program, d, t, m, []);
    d.threads.push(m);
  });
  return finish(program, d, null);
}

/** True when the thread waits: for a lock, a notify, an item, or room in the queue. */
export function isBlocked(s: State, t: number): boolean {
  const th = s.threads[t]!;
  const ins = s.program.threads[t]!.steps[th.pc];
  if (ins === undefined) return false;
  switch (ins.op) {
    case 'lock': return s.owners[ins.m]! >= 0;
    case 'wait': return th.phase === Phase.waiting || (th.phase === Phase.woken && s.owners[s.program.conds[ins.c]!.lock]! >= 0);
    case 'get': return s.queue.length === 0;
    case 'put': return s.queue.length >= s.program.queue!.capacity;
    default: return false;
  }
}

/** Whether the thread's next step could run now (a spinning thread can: it just changes nothing). */
export function canStep(s: State, t: number): boolean {
  return !isFinished(s, t) && !isBlocked(s, t);
}

/**
 * A spinning thread's step leads back to the very same state: a retry that will fail again.
 * Such steps are not offered as choices; leaving them in would give every schedule count an
 * endless supply of useless spins.
 */
export function isSpinning(s: State, t: number): boolean {
  return canStep(s, t) && successor(s, t).key === s.key;
}

/** Threads whose next step makes progress: the choices of a schedule. */
export function enabledThreads(s: State): number[] {
  const out: number[] = [];
  for (let t = 0; t < s.threads.length; t++) if (canStep(s, t) && !isSpinning(s, t)) out.push(t);
  return out;
}

/** Some thread has not finished, and none can make progress. */
export function isDeadlocked(s: State): boolean {
  return !isTerminal(s) && enabledThreads(s).length === 0;
}

/** Runs thread `t`'s next shared step, then its local steps, and says what happened. Throws if it cannot step. */
export function step(program: Program, s: State, t: number): State {
  if (program !== s.program) throw new Error('state belongs to another program');
  const code = program.threads[t];
  if (code === undefined) throw new Error(`no thread ${t}`);
  if (isFinished(s, t)) throw new Error(`${code.name} has finished`);
  if (isBlocked(s, t)) throw new Error(`${code.name} is blocked`);
  return advance(s, t, true);
}

/** `step` without the words and the checks: what exploration calls on threads that can step. */
export function successor(s: State, t: number): State {
  return advance(s, t, false);
}

function advance(s: State, t: number, words: boolean): State {
  const program = s.program;
  const d: Draft = {
    vars: [...s.vars],
    owners: [...s.owners],
    waiters: s.waiters.length === 0 ? [] : s.waiters.map((w) => [...w]),
    queue: [...s.queue],
    threads: [...s.threads],
    violation: s.violation,
    versions: [...s.versions],
    writers: [...s.writers],
    lostUpdates: s.lostUpdates,
  };
  const old = s.threads[t]!;
  const m: Mut = { pc: old.pc, regs: [...old.regs], phase: old.phase, inCs: old.inCs, seen: [...old.seen] };
  const ins = program.threads[t]!.steps[m.pc]!;
  const lines = [ins.line];
  runShared(program, d, t, m, ins);
  runLocal(program, d, t, m, lines);
  d.threads[t] = m;
  return finish(program, d, words ? narrate(s, d, t, ins, lines) : null);
}

function read(m: Mut, o: Operand): number {
  return 'reg' in o ? m.regs[o.reg]! : o.value;
}

function write(program: Program, d: Draft, t: number, m: Mut, v: number, value: number): void {
  const by = d.writers[v]!;
  // A lost update of the judged counter: this thread read it, and someone else wrote it since.
  const counter = program.judge.kind === 'counter' && program.judge.v === v;
  if (counter && m.seen[v]! >= 0 && d.versions[v]! > m.seen[v]! && by >= 0 && by !== t) d.lostUpdates += 1;
  d.vars[v] = value;
  d.versions[v] = d.versions[v]! + 1;
  d.writers[v] = t;
  m.seen[v] = d.versions[v]!;
}

function runShared(program: Program, d: Draft, t: number, m: Mut, ins: Instr): void {
  const name = program.threads[t]!.name;
  if (m.phase === Phase.woken && ins.op === 'wait') {
    d.owners[program.conds[ins.c]!.lock] = t;
    m.phase = Phase.run;
    m.pc += 1;
    return;
  }
  m.pc += 1;
  switch (ins.op) {
    case 'load':
      m.regs[ins.r] = d.vars[ins.v]!;
      m.seen[ins.v] = d.versions[ins.v]!;
      return;
    case 'store':
      write(program, d, t, m, ins.v, read(m, ins.src));
      return;
    case 'cas':
      if (d.vars[ins.v] === read(m, ins.expect)) {
        m.regs[ins.r] = 1;
        write(program, d, t, m, ins.v, read(m, ins.next));
      } else {
        m.regs[ins.r] = 0;
        m.seen[ins.v] = d.versions[ins.v]!;
      }
      return;
    case 'lock':
      d.owners[ins.m] = t;
      return;
    case 'unlock':
      if (d.owners[ins.m] !== t) throw new Error(`${name} releases ${program.locks[ins.m]} without holding it`);
      d.owners[ins.m] = -1;
      return;
    case 'wait': {
      const cond = program.conds[ins.c]!;
      if (d.owners[cond.lock] !== t) throw new Error(`${name} waits on ${cond.name} without holding ${program.locks[cond.lock]}`);
      d.owners[cond.lock] = -1;
      d.waiters[ins.c]!.push(t);
      m.phase = Phase.waiting;
      m.pc -= 1; // stays inside wait() until notified and the mutex is taken again
      return;
    }
    case 'notify': {
      const ws = d.waiters[ins.c]!;
      for (const w of ins.all ? ws.splice(0) : ws.splice(0, 1)) d.threads[w] = { ...d.threads[w]!, phase: Phase.woken };
      return;
    }
    case 'put':
      d.queue.push(read(m, ins.src));
      return;
    case 'get':
      m.regs[ins.r] = d.queue.shift()!;
      return;
    case 'size':
      m.regs[ins.r] = d.queue.length;
      return;
    default:
      throw new Error(`${ins.op} is a local step`);
  }
}

/** Runs local steps until the next shared step or the end, noting the source lines they run. */
function runLocal(program: Program, d: Draft, t: number, m: Mut, lines: number[]): void {
  const steps = program.threads[t]!.steps;
  for (let n = 0; ; n++) {
    const ins = steps[m.pc];
    if (ins === undefined || !isLocal(ins)) return;
    if (n > MAX_LOCAL_STEPS) throw new Error(`${program.threads[t]!.name} loops without touching anything shared`);
    if (lines.at(-1) !== ins.line) lines.push(ins.line);
    m.pc += 1;
    switch (ins.op) {
      case 'add': m.regs[ins.r] = m.regs[ins.r]! + ins.k; break;
      case 'jump': m.pc = ins.to; break;
      case 'jumpIf':
        if ((ins.cmp === 'eq') === (m.regs[ins.r] === ins.value)) m.pc = ins.to;
        break;
      case 'enter': {
        m.inCs = true;
        const other = d.threads.findIndex((o, i) => i !== t && o.inCs);
        if (other >= 0) d.violation ??= [other, t];
        break;
      }
      case 'leave': m.inCs = false; break;
      default: throw new Error(`${ins.op} is a shared step`);
    }
  }
}
