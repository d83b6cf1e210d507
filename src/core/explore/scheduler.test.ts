// The scheduler's semantics: local steps run with the shared step before them, locks block,
// Mesa condition variables, the bounded queue, compare-exchange, spinning, deadlock, violations.
import { describe, expect, it } from 'vitest';
import { assemble, ThreadBuilder, type StepSpec } from './assemble.ts';
import { exploreAll } from './explore.ts';
import { outcome, verdict } from './outcome.ts';
import type { Program } from './program.ts';
import { replay } from './replay.ts';
import { buildScenario } from './scenarios.ts';
import { canStep, enabledThreads, initialState, isBlocked, isDeadlocked, isSpinning, step } from './scheduler.ts';
import { currentLines, isTerminal, Phase, stateKey, type State } from './state.ts';
import { threadStatus } from './status.ts';

function run(program: Program, schedule: readonly number[]): State {
  return replay(program, schedule).at(-1)!;
}

function thread(name: string, ...lines: [string, ...StepSpec[]][]): ThreadBuilder {
  const b = new ThreadBuilder(name);
  for (const [text, ...steps] of lines) b.line(text, ...steps);
  return b;
}

describe('steps', () => {
  const lost = buildScenario('lost-update', { threads: 2, incs: 1 });

  it('runs a shared step and the local steps after it', () => {
    const s0 = initialState(lost);
    expect(currentLines(s0)).toEqual([0, 0]);
    const s1 = step(lost, s0, 0);
    expect(s1.threads[0]!.regs).toEqual([1]); // read 0, then the add ran at once
    expect(currentLines(s1)).toEqual([1, 0]);
    expect(s1.last).toMatchObject({ thread: 0, lines: [0, 1], text: 'T1 read counter = 0 into x.', lostUpdate: false });
    expect(s0.threads[0]!.regs).toEqual([0]); // states are never changed in place
  });

  it('tells a lost update when it happens', () => {
    const states = replay(lost, [0, 1, 0, 1]);
    const end = states.at(-1)!;
    expect(end.last?.text).toBe("T2 wrote counter = 1 from a stale read, erasing T1's write: a lost update.");
    expect(end.last?.lostUpdate).toBe(true);
    expect(verdict(states[3]!)).toMatchObject({ bad: false }); // T1's write erased nothing
    expect(isTerminal(end)).toBe(true);
    expect(verdict(end)).toMatchObject({ bad: true, outcome: { key: '1' } });
    expect(currentLines(end)).toEqual([null, null]);
  });

  it('refuses a finished thread, a blocked one, and another program', () => {
    const end = run(lost, [0, 0]);
    expect(() => step(lost, end, 0)).toThrow(/finished/);
    const two = buildScenario('two-locks');
    const stuck = run(two, [0, 1]);
    expect(() => step(two, stuck, 0)).toThrow(/blocked/);
    expect(() => step(lost, stuck, 0)).toThrow(/another program/);
  });

  it('ignores dead registers in the key, not live ones', () => {
    const p = buildScenario('lost-update', { threads: 2, incs: 2 });
    // load, add, store, load, add, store, end
    expect(p.threads[0]!.live).toEqual([[], [0], [0], [], [0], [0], []]);
    // T1 has finished round 1 with x = 1 left over, dead until the next read overwrites it.
    const s = run(p, [0, 0]);
    expect(s.threads[0]!.regs).toEqual([1]);
    expect(stateKey({ ...s, threads: [{ ...s.threads[0]!, regs: [7] }, s.threads[1]!] })).toBe(s.key);
    // Between read and write, x is live.
    const mid = run(p, [0]);
    expect(stateKey({ ...mid, threads: [{ ...mid.threads[0]!, regs: [7] }, mid.threads[1]!] })).not.toBe(mid.key);
  });
});

describe('locks', () => {
  const p = assemble({
    scenario: 'test',
    title: 'one lock',
    vars: { n: 0 },
    locks: ['m'],
    threads: [0, 1].map((t) => thread(`T${t + 1}`, ['m.acquire()', { op: 'lock', m: 'm' }], ['m.release()', { op: 'unlock', m: 'm' }])),
    judge: { kind: 'counter', v: 'n', expected: 0 },
  });

  it('blocks a thread while another holds the lock, and says who holds it', () => {
    const s = run(p, [0]);
    expect(s.owners).toEqual([0]);
    expect(isBlocked(s, 1)).toBe(true);
    expect(canStep(s, 1)).toBe(false);
    expect(enabledThreads(s)).toEqual([0]);
    expect(threadStatus(s, 1)).toEqual({ status: 'blocked', why: 'waits for m, held by T1' });
    const s2 = step(p, s, 0);
    expect(s2.owners).toEqual([-1]);
    expect(enabledThreads(s2)).toEqual([1]);
  });

  it('throws when a thread releases a lock it does not hold', () => {
    const bad = assemble({
      scenario: 'test',
      title: 'bad',
      vars: { n: 0 },
      locks: ['m'],
      threads: [thread('T1', ['m.release()', { op: 'unlock', m: 'm' }])],
      judge: { kind: 'counter', v: 'n', expected: 0 },
    });
    expect(() => step(bad, initialState(bad), 0)).toThrow(/without holding/);
  });
});

describe('condition variables (Mesa)', () => {
  /** A consumer waits for `ready`; `guarded` re-checks it in a loop, otherwise it waits blindly. */
  function handoff(guarded: boolean): Program {
    const consumer = new ThreadBuilder('Consumer');
    consumer.line('cv.acquire()', { op: 'lock', m: 'm' });
    if (guarded) {
      consumer.label('top');
      consumer.line('while not ready:', { op: 'load', v: 'ready', r: 'r' }, { op: 'jumpIf', r: 'r', cmp: 'ne', value: 0, to: 'done' });
      consumer.line('    cv.wait()', { op: 'wait', c: 'cv' }, { op: 'jump', to: 'top' });
      consumer.label('done');
    } else {
      consumer.line('cv.wait()', { op: 'wait', c: 'cv' });
    }
    consumer.line('cv.release()', { op: 'unlock', m: 'm' });
    const producer = thread(
      'Producer',
      ['cv.acquire()', { op: 'lock', m: 'm' }],
      ['ready = 1', { op: 'store', v: 'ready', src: 1 }],
      ['cv.notify()', { op: 'notify', c: 'cv', all: false }],
      ['cv.release()', { op: 'unlock', m: 'm' }],
    );
    return assemble({
      scenario: 'test',
      title: 'handoff',
      vars: { ready: 0 },
      locks: ['m'],
      conds: [{ name: 'cv', lock: 'm' }],
      threads: [consumer, producer],
      judge: { kind: 'counter', v: 'ready', expected: 1 },
    });
  }

  it('wait releases the mutex; the notified thread takes it again only once the notifier lets go', () => {
    const p = handoff(true);
    let s = run(p, [0, 0, 0]); // lock, see ready = 0, wait
    expect(s.threads[0]!.phase).toBe(Phase.waiting);
    expect(s.owners).toEqual([-1]);
    expect(s.waiters).toEqual([[0]]);
    expect(threadStatus(s, 0).why).toBe('sleeps in cv.wait() until notified');
    s = run(p, [0, 0, 0, 1, 1, 1]); // the producer locks, sets ready, notifies
    expect(s.last?.text).toBe('Producer notified cv, waking Consumer.');
    expect(s.threads[0]!.phase).toBe(Phase.woken);
    expect(threadStatus(s, 0)).toEqual({ status: 'blocked', why: 'was notified; waits for m, held by Producer' });
    s = step(p, step(p, s, 1), 0); // the producer releases; the consumer returns from wait()
    expect(s.owners).toEqual([0]);
    expect(s.last?.text).toBe('Consumer took m again and returned from wait().');
  });

  it('a notify nobody waits for is lost: waiting without checking the condition can sleep forever', () => {
    const blind = handoff(false);
    const s = run(blind, [1, 1, 1, 1, 0, 0]);
    expect(isDeadlocked(s)).toBe(true);
    expect(outcome(blind, s)?.key).toBe('deadlock');
    expect(exploreAll(blind).outcomes.map((o) => o.outcome.key)).toEqual(['1', 'deadlock']);
    expect(exploreAll(handoff(true)).outcomes.map((o) => o.outcome.key)).toEqual(['1']);
  });
});

describe('the queue', () => {
  const p = assemble({
    scenario: 'test',
    title: 'queue',
    vars: {},
    queue: { name: 'q', capacity: 1 },
    threads: [
      thread('P', ['q.put(1)', { op: 'put', src: 1 }], ['q.put(2)', { op: 'put', src: 2 }]),
      thread('C', ['n = q.qsize()', { op: 'size', r: 'n' }], ['a = q.get()', { op: 'get', r: 'a' }], ['b = q.get()', { op: 'get', r: 'b' }]),
    ],
    judge: { kind: 'queue', items: 2 },
  });

  it('blocks get on empty and put on full, in FIFO order', () => {
    let s = run(p, [1]);
    expect(s.threads[1]!.regs[0]).toBe(0);
    expect(threadStatus(s, 1)).toEqual({ status: 'blocked', why: 'waits for an item: q is empty' });
    s = step(p, s, 0);
    expect(s.queue).toEqual([1]);
    expect(threadStatus(s, 0)).toEqual({ status: 'blocked', why: 'waits for room: q is full' });
    s = run(p, [1, 0, 1, 0, 1]);
    expect(s.threads[1]!.regs).toEqual([0, 1, 2]);
    expect(isTerminal(s)).toBe(true);
    expect(outcome(p, s)?.key).toBe('all-consumed');
  });
});

describe('compare-exchange and spinning', () => {
  const p = buildScenario('flag-lock', { threads: 2, incs: 1, fixed: true });

  it('succeeds once, then fails and spins without changing anything', () => {
    const s = run(p, [0]);
    expect(s.vars).toEqual([0, 1]);
    expect(s.last?.text).toBe('T1 compare-exchange on flag succeeded: 0 → 1.');
    expect(canStep(s, 1)).toBe(true);
    expect(isSpinning(s, 1)).toBe(true);
    expect(enabledThreads(s)).toEqual([0]);
    expect(threadStatus(s, 1).status).toBe('spinning');
    const spun = step(p, s, 1);
    expect(spun.key).toBe(s.key);
    expect(spun.last?.text).toBe('T2 compare-exchange on flag failed: it is 1, not 0.');
  });

  it('a spinning thread left alone with a held flag is reported as stuck', () => {
    const b = new ThreadBuilder('T1');
    b.label('top');
    b.line('while flag: pass', { op: 'load', v: 'flag', r: 'f' }, { op: 'jumpIf', r: 'f', cmp: 'ne', value: 0, to: 'top' });
    const stuck = assemble({ scenario: 'test', title: 'held forever', vars: { flag: 1 }, threads: [b], judge: { kind: 'counter', v: 'flag', expected: 0 } });
    const s = run(stuck, [0]);
    expect(isDeadlocked(s)).toBe(true);
  });
});

describe('critical sections', () => {
  const p = buildScenario('flag-lock', { threads: 2, incs: 1 });

  it('detects two threads inside at the moment the second one enters', () => {
    const s = run(p, [0, 1, 0, 1]); // both read flag = 0, then both set it
    expect(s.violation).toEqual([0, 1]);
    expect(s.last?.text).toMatch(/T2 wrote flag = 1\. It entered the critical section while T1 is inside/);
    expect(outcome(p, s)).toMatchObject({ kind: 'violation', key: 'violation', bad: true });
    expect(run(p, [0, 1, 0]).violation).toBeNull();
  });
});
