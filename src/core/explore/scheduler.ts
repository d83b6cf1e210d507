// The deterministic scheduler: which threads may step, and what one step does. A step is one
// shared step of the chosen thread followed by its thread-local steps (see LOCAL_OPS).
// Concurrency contract: pure functions over immutable states; single-threaded.
import { narrate } from './narrate.ts';
import { runLocal, runShared, type Draft, type Mut } from './exec.ts';
import type { Program } from './program.ts';
import { isFinished, isTerminal, Phase, stateKey, type State } from './state.ts';

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
