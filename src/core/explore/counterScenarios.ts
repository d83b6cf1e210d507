// Counter programs for the Explorer: the unprotected read-modify-write, the home-made busy flag,
// the split lock, and their fixes. Loops are unrolled; every round runs the same source lines.
import { assemble, ThreadBuilder } from './assemble.ts';
import type { Program } from './program.ts';

export interface CounterShape {
  readonly threads: number;
  readonly incs: number;
}

export function threadName(t: number): string {
  return `T${t + 1}`;
}

/** The loop header, when there is more than one round, and the indent of the loop body. */
function rounds(b: ThreadBuilder, n: number): string {
  if (n === 1) return '';
  b.line(`for _ in range(${n}):`);
  return '    ';
}

function deltaText(delta: number): string {
  return delta < 0 ? `x - ${-delta}` : `x + ${delta}`;
}

export interface RacyCounterSpec {
  readonly title: string;
  /** Per thread, the amount each round adds (+1 or -1 in the Counter lab). */
  readonly rounds: readonly (readonly number[])[];
  readonly initial?: number;
  readonly names?: readonly string[];
}

/** Plain read, add, write: the lost-update program, also used to replay a captured trace. */
export function racyCounter(spec: RacyCounterSpec): Program {
  const initial = spec.initial ?? 0;
  let expected = initial;
  const threads = spec.rounds.map((deltas, t) => {
    const b = new ThreadBuilder(spec.names?.[t] ?? threadName(t));
    const pad = rounds(b, deltas.length);
    const read = b.line(`${pad}x = counter`);
    const delta = deltas[0] ?? 1;
    const writeLine = b.line(`${pad}counter = ${deltaText(delta)}`);
    for (const d of deltas) {
      if (d !== delta) throw new Error(`${b.name}: every round must add the same amount`);
      b.emit(read, { op: 'load', v: 'counter', r: 'x' });
      b.emit(writeLine, { op: 'add', r: 'x', k: d }, { op: 'store', v: 'counter', src: 'x' });
      expected += d;
    }
    return b;
  });
  return assemble({ scenario: 'lost-update', title: spec.title, vars: { counter: initial }, threads, judge: { kind: 'counter', v: 'counter', expected } });
}

function same(n: number, value: number): number[] {
  return Array.from({ length: n }, () => value);
}

/** One lock around the whole read-modify-write: the fix of lost-update and split-lock. */
function lockedCounter(scenario: string, title: string, p: CounterShape): Program {
  const threads = Array.from({ length: p.threads }, (_, t) => {
    const b = new ThreadBuilder(threadName(t));
    const pad = rounds(b, p.incs);
    const take = b.line(`${pad}lock.acquire()`);
    const read = b.line(`${pad}x = counter`);
    const write = b.line(`${pad}counter = x + 1`);
    const give = b.line(`${pad}lock.release()`);
    for (let i = 0; i < p.incs; i++) {
      b.emit(take, { op: 'lock', m: 'lock' });
      b.emit(read, { op: 'load', v: 'counter', r: 'x' });
      b.emit(write, { op: 'add', r: 'x', k: 1 }, { op: 'store', v: 'counter', src: 'x' });
      b.emit(give, { op: 'unlock', m: 'lock' });
    }
    return b;
  });
  return assemble({ scenario, title, vars: { counter: 0 }, locks: ['lock'], threads, judge: { kind: 'counter', v: 'counter', expected: p.threads * p.incs } });
}

export function lostUpdate(p: CounterShape, fixed: boolean): Program {
  if (fixed) return lockedCounter('lost-update', 'Lost update, fixed with a lock', p);
  return racyCounter({ title: 'Lost update', rounds: Array.from({ length: p.threads }, () => same(p.incs, 1)) });
}

/**
 * A busy flag guarding the counter. The racy flag is read, then set: two steps, so two threads
 * can both see it clear. The fix sets it with one compare-exchange, which only one thread can win.
 */
export function flagLock(p: CounterShape, fixed: boolean): Program {
  const threads = Array.from({ length: p.threads }, (_, t) => {
    const b = new ThreadBuilder(threadName(t));
    const pad = rounds(b, p.incs);
    const spin = fixed ? b.line(`${pad}while not compare_exchange(flag, 0, 1): pass   # pseudocode`) : b.line(`${pad}while flag == 1: pass`);
    const set = fixed ? -1 : b.line(`${pad}flag = 1`);
    const read = b.line(`${pad}x = counter          # critical section`);
    const write = b.line(`${pad}counter = x + 1`);
    const clear = b.line(`${pad}flag = 0`);
    for (let i = 0; i < p.incs; i++) {
      b.label(`spin${i}`);
      if (fixed) {
        b.emit(spin, { op: 'cas', v: 'flag', expect: 0, next: 1, r: 'ok' }, { op: 'jumpIf', r: 'ok', cmp: 'eq', value: 0, to: `spin${i}` });
      } else {
        b.emit(spin, { op: 'load', v: 'flag', r: 'f' }, { op: 'jumpIf', r: 'f', cmp: 'ne', value: 0, to: `spin${i}` });
        b.emit(set, { op: 'store', v: 'flag', src: 1 });
      }
      b.emit(read, { op: 'enter' }, { op: 'load', v: 'counter', r: 'x' });
      b.emit(write, { op: 'add', r: 'x', k: 1 }, { op: 'store', v: 'counter', src: 'x' }, { op: 'leave' });
      b.emit(clear, { op: 'store', v: 'flag', src: 0 });
    }
    return b;
  });
  const title = fixed ? 'Busy flag, fixed with compare-exchange' : 'Home-made busy flag';
  return assemble({ scenario: 'flag-lock', title, vars: { counter: 0, flag: 0 }, threads, judge: { kind: 'counter', v: 'counter', expected: p.threads * p.incs } });
}

/** The read is locked and the write is locked, but another thread can write in between. */
export function splitLock(p: CounterShape, fixed: boolean): Program {
  if (fixed) return lockedCounter('split-lock', 'Split lock, fixed: one lock around the update', p);
  const threads = Array.from({ length: p.threads }, (_, t) => {
    const b = new ThreadBuilder(threadName(t));
    const pad = rounds(b, p.incs);
    const take1 = b.line(`${pad}lock.acquire()`);
    const read = b.line(`${pad}x = counter`);
    const give1 = b.line(`${pad}lock.release()`);
    const add = b.line(`${pad}x = x + 1`);
    const take2 = b.line(`${pad}lock.acquire()`);
    const write = b.line(`${pad}counter = x`);
    const give2 = b.line(`${pad}lock.release()`);
    for (let i = 0; i < p.incs; i++) {
      b.emit(take1, { op: 'lock', m: 'lock' });
      b.emit(read, { op: 'load', v: 'counter', r: 'x' });
      b.emit(give1, { op: 'unlock', m: 'lock' });
      b.emit(add, { op: 'add', r: 'x', k: 1 });
      b.emit(take2, { op: 'lock', m: 'lock' });
      b.emit(write, { op: 'store', v: 'counter', src: 'x' });
      b.emit(give2, { op: 'unlock', m: 'lock' });
    }
    return b;
  });
  return assemble({ scenario: 'split-lock', title: 'Lock the read, lock the write', vars: { counter: 0 }, locks: ['lock'], threads, judge: { kind: 'counter', v: 'counter', expected: p.threads * p.incs } });
}
