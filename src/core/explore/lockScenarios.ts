// Lock-ordering programs for the Explorer: two locks taken in opposite orders, and the dining
// philosophers; each fixed by one global order in which every thread takes its locks.
import { assemble, ThreadBuilder } from './assemble.ts';
import { threadName } from './counterScenarios.ts';
import type { Program } from './program.ts';

/** Takes `first` then `second`, bumps the shared count under both, releases in reverse order. */
function nested(name: string, first: string, second: string, count: string): ThreadBuilder {
  const b = new ThreadBuilder(name);
  b.line(`${first}.acquire()`, { op: 'lock', m: first });
  b.line(`${second}.acquire()`, { op: 'lock', m: second });
  b.line(`x = ${count}`, { op: 'load', v: count, r: 'x' });
  b.line(`${count} = x + 1`, { op: 'add', r: 'x', k: 1 }, { op: 'store', v: count, src: 'x' });
  b.line(`${second}.release()`, { op: 'unlock', m: second });
  b.line(`${first}.release()`, { op: 'unlock', m: first });
  return b;
}

/** T1 takes a then b; T2 takes b then a (or, fixed, a then b too). */
export function twoLocks(fixed: boolean): Program {
  const threads = [nested(threadName(0), 'a', 'b', 'counter'), fixed ? nested(threadName(1), 'a', 'b', 'counter') : nested(threadName(1), 'b', 'a', 'counter')];
  return assemble({
    scenario: 'two-locks',
    title: fixed ? 'Two locks, one order' : 'Two locks, opposite orders',
    vars: { counter: 0 },
    locks: ['a', 'b'],
    threads,
    judge: { kind: 'counter', v: 'counter', expected: 2 },
  });
}

export function forkName(i: number): string {
  return `fork${i}`;
}

/**
 * Philosopher i needs forks i and i+1 (mod n). Each takes the left fork first, so all can hold
 * one fork and wait for the next forever. Fixed: each takes the lower-numbered fork first, which
 * breaks the cycle (only the last philosopher's order changes).
 */
export function philosophers(n: number, fixed: boolean): Program {
  const threads = Array.from({ length: n }, (_, i) => {
    const left = i;
    const right = (i + 1) % n;
    const [first, second] = fixed ? [Math.min(left, right), Math.max(left, right)] : [left, right];
    return nested(`P${i + 1}`, forkName(first), forkName(second), 'meals');
  });
  return assemble({
    scenario: 'philosophers',
    title: fixed ? `${n} philosophers, forks in order` : `${n} dining philosophers`,
    vars: { meals: 0 },
    locks: Array.from({ length: n }, (_, i) => forkName(i)),
    threads,
    judge: { kind: 'counter', v: 'meals', expected: n },
  });
}
