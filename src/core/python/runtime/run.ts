// One whole schedule, fast: the moves `enabled` and `step` would make, fused into one loop. The
// threads are looked at again only when something that can change who may move has happened (a
// library call, a thread's end or block: `Machine.epoch`), a lone movable thread moves without
// asking the chooser, and the moves are kept in a compact buffer until the run ends.
// Same moves, same chooser calls, same end state as `enabled` and `step` by hand.
// Concurrency contract: single-threaded; mutates the machine in place.
import { Life, type Machine, type ThreadRec } from './machine.ts';
import { allEnded, ends, exec, isReady, nextIsLocal, STATIC_LOCAL } from './scheduler.ts';
import { finishThread } from './threadEnd.ts';
import type { Chooser } from './types.ts';
import { StepKind, ThreadState } from './vmShape.ts';

/** Ready sets by bitmask of thread ids: never mutated, so every run shares them. */
const READY_SETS = new Map<number, readonly number[]>();
/** The same for the first eight threads, by index: the usual case, without hashing. */
const SMALL_SETS: (readonly number[])[] = [];

function readySet(mask: number): readonly number[] {
  if (mask < 256) {
    const small = SMALL_SETS[mask];
    if (small !== undefined) return small;
  }
  let set = READY_SETS.get(mask);
  if (set === undefined) {
    const ids: number[] = [];
    for (let t = 0; t < 31; t++) if ((mask & (1 << t)) !== 0) ids.push(t);
    set = ids;
    READY_SETS.set(mask, set);
  }
  if (mask < 256) SMALL_SETS[mask] = set;
  return set;
}

/**
 * Threads that may move now, ids ascending. A set of low ids comes from READY_SETS (no
 * allocation per move); choosers never mutate what they are offered. When none can move, the
 * clock first jumps to the earliest deadline, as `settle` does after every move.
 */
function readyThreads(m: Machine): readonly number[] {
  let mask = 0;
  let big = false;
  let next = Infinity;
  for (const rec of m.threads) {
    if (rec.life !== Life.live) continue;
    if (isReady(m, rec)) {
      if (rec.id < 31) mask |= 1 << rec.id;
      else big = true;
    } else {
      const d = rec.wait?.deadline;
      if (d !== null && d !== undefined && d < next) next = d;
    }
  }
  if (mask === 0 && !big && next !== Infinity && next > m.now) {
    m.now = next;
    return readyThreads(m);
  }
  if (!big) return readySet(mask);
  const fresh: number[] = [];
  for (const rec of m.threads) if (rec.life === Life.live && isReady(m, rec)) fresh.push(rec.id);
  return fresh;
}

/**
 * One whole move of `rec` under `every`: its first instruction and the local ones after it, as
 * `exec` and `nextIsLocal` would run them, in one loop. This is the loop every instruction of a
 * long run goes through, so the instruction's own-frame test is a table look-up where it can be.
 */
function everyMove(m: Machine, rec: ThreadRec): number {
  const budget = m.settings.stepBudget;
  const vm = rec.vm;
  const engine = m.engine;
  for (;;) {
    m.running = rec.id;
    const kind = engine.execOne(vm, m);
    if (kind === StepKind.Blocked) return kind;
    m.steps++;
    rec.wait = null;
    if (kind === StepKind.Finished || kind === StepKind.Raised) {
      finishThread(m, rec, kind === StepKind.Raised);
      return kind;
    }
    if (m.steps >= budget) return kind;
    const f = vm.frames[vm.frames.length - 1];
    if (f === undefined || vm.state !== ThreadState.Ready) return kind;
    if (STATIC_LOCAL[f.code.code[f.pc * 2]!] !== 1 && !nextIsLocal(vm)) return kind;
  }
}

/** The rest of one move of `rec` after its first instruction, under `gil` or `timer`. */
function finishMove(m: Machine, rec: ThreadRec, first: number): number {
  const budget = m.settings.stepBudget;
  let kind = first;
  switch (m.settings.switch) {
    case 'gil':
      while (!ends(kind) && !m.breaker && kind !== StepKind.Resume && kind !== StepKind.BackJump && kind !== StepKind.CallReturned && m.steps < budget) {
        kind = exec(m, rec);
      }
      return kind;
    default: {
      const quantum = Math.max(1, m.settings.quantum);
      for (let n = 1; n < quantum && !ends(kind) && m.steps < budget; n++) kind = exec(m, rec);
      return kind;
    }
  }
}

/**
 * Moves in a growable typed buffer: a long run's schedule without a heap cell per move, one byte a
 * move while thread ids stay below 256.
 */
class MoveLog {
  buf: Uint8Array | Int32Array = new Uint8Array(4096);
  n = 0;
  push(t: number): void {
    if (this.n === this.buf.length || (t > 255 && this.buf instanceof Uint8Array)) {
      const bigger = t > 255 || this.buf instanceof Int32Array ? new Int32Array(this.buf.length * 2) : new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf.subarray(0, this.n));
      this.buf = bigger;
    }
    this.buf[this.n++] = t;
  }
  /** Appends the logged moves to `moves`. */
  flushTo(m: Machine): void {
    if (m.moves.length === 0) {
      const out = new Array<number>(this.n);
      for (let i = 0; i < this.n; i++) out[i] = this.buf[i]!;
      m.moves = out;
    } else {
      for (let i = 0; i < this.n; i++) m.moves.push(this.buf[i]!);
    }
    this.n = 0;
  }
}

/**
 * Runs `m` to its end (or its step budget), choosing among two or more movable threads with
 * `chooser`; a lone movable thread moves without asking.
 */
export function runMoves(m: Machine, chooser: Chooser): void {
  const budget = m.settings.stepBudget;
  const log = new MoveLog();
  const base = m.moves.length;
  const every = m.settings.switch === 'every';
  try {
    let ready = readyThreads(m);
    let seen = m.epoch;
    for (;;) {
      const main = m.threads[0]!;
      if (ready.length === 0 || m.steps >= budget || (main.life !== Life.live && allEnded(m))) return;
      const t = ready.length === 1 ? ready[0]! : chooser(ready, base + log.n);
      const rec = m.threads[t]!;
      log.push(t);
      m.breaker = false;
      const kind = every ? everyMove(m, rec) : finishMove(m, rec, exec(m, rec));
      // Unless a library call or an end happened, the others are as they were and `rec` can go on.
      if (ends(kind) || m.epoch !== seen) {
        ready = readyThreads(m);
        seen = m.epoch;
      }
    }
  } finally {
    log.flushTo(m);
  }
}
