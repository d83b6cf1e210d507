// Lock-ordering programs for the Explorer: two locks taken in opposite orders, and the dining
// philosophers; each fixed by one global order in which every thread takes its locks.
import { assemble, ThreadBuilder } from './assemble.ts';
import { threadName } from './counterScenarios.ts';
import type { Program } from './program.ts';

/** Takes `first` then `second`, runs `body` under both, releases in reverse order. */
function nested(name: string, first: string, second: string, body: (b: ThreadBuilder) => void): ThreadBuilder {
  const b = new ThreadBuilder(name);
  b.line(`${first}.acquire()`, { op: 'lock', m: first });
  b.line(`${second}.acquire()`, { op: 'lock', m: second });
  body(b);
  b.line(`${second}.release()`, { op: 'unlock', m: second });
  b.line(`${first}.release()`, { op: 'unlock', m: first });
  return b;
}

function increment(b: ThreadBuilder): void {
  b.line('x = counter', { op: 'load', v: 'counter', r: 'x' });
  b.line('counter = x + 1', { op: 'add', r: 'x', k: 1 }, { op: 'store', v: 'counter', src: 'x' });
}

/** T1 takes a then b; T2 takes b then a (or, fixed, a then b too). */
export function twoLocks(fixed: boolean): Program {
  const [first, second] = fixed ? ['a', 'b'] : ['b', 'a'];
  const threads = [nested(threadName(0), 'a', 'b', increment), nested(threadName(1), first, second, increment)];
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
 * breaks the cycle (only the last philosopher's order changes). Each eats from their own plate:
 * a shared meal counter would race between philosophers who share no fork.
 */
export function philosophers(n: number, fixed: boolean): Program {
  const plates = Array.from({ length: n }, (_, i) => `ate${i + 1}`);
  const threads = Array.from({ length: n }, (_, i) => {
    const left = i;
    const right = (i + 1) % n;
    const [first, second] = fixed ? [Math.min(left, right), Math.max(left, right)] : [left, right];
    return nested(`P${i + 1}`, forkName(first), forkName(second), (b) => {
      b.line(`${plates[i]} = True   # eat`, { op: 'store', v: plates[i]!, src: 1 });
    });
  });
  return assemble({
    scenario: 'philosophers',
    title: fixed ? `${n} philosophers, forks in order` : `${n} dining philosophers`,
    vars: Object.fromEntries(plates.map((p) => [p, 0])),
    locks: Array.from({ length: n }, (_, i) => forkName(i)),
    threads,
    judge: { kind: 'sum', vars: plates, name: 'philosophers who ate', expected: n },
  });
}
