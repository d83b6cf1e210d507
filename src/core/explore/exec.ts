// What one instruction does to a draft of the next state: the semantics of the program model.
// The scheduler decides who steps; this file only carries a step out.
import { isLocal, type Instr, type Operand, type Program } from './program.ts';
import { Phase, type PhaseValue, type ThreadState } from './state.ts';

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

/** The stepping thread's own state while its step runs. */
export interface Mut {
  pc: number;
  regs: number[];
  phase: PhaseValue;
  inCs: boolean;
  seen: number[];
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

/** Carries out one shared step (or the return from wait() of a notified thread). */
export function runShared(program: Program, d: Draft, t: number, m: Mut, ins: Instr): void {
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
export function runLocal(program: Program, d: Draft, t: number, m: Mut, lines: number[]): void {
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
