// Real-thread proof of mutual exclusion: mutex and spinlock never admit two holders; the flag does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../testing/threadPool.ts';
import { LOCK_BYTES, LockSlot, type LockKind, type LockReply, type LockRequest } from '../../testing/lockLayout.ts';
import { Control, setControl } from '../shared/memory.ts';
import { mulberry32, randomInt } from '../shared/random.ts';
import { waitUntil } from '../../testing/counterTrials.ts';
import { mostTrials } from '../../testing/mostTrials.ts';
import { mutexTryLock, mutexUnlock, MutexState } from './mutex.ts';
import { spinTryLock, spinUnlock } from './spinlock.ts';

const THREADS = 4;
let pool: ThreadPool<LockRequest, LockReply>;
const buffer = new SharedArrayBuffer(LOCK_BYTES);
const m = new Int32Array(buffer);

beforeAll(async () => {
  pool = await ThreadPool.start<LockRequest, LockReply>('lockThread.ts', THREADS);
});

afterAll(async () => {
  await pool.close();
});

interface Shape {
  readonly minIters: number;
  /** Busy work inside the section, after unlocking, and (flag only) between check and set. */
  readonly work: number;
  readonly outside: number;
  readonly window: number;
}

interface Trial {
  readonly replies: LockReply[];
  /** Iterations done by all threads together. */
  readonly done: number;
  readonly violations: number;
  readonly contention: number;
  readonly count: number;
}

async function trial(kind: LockKind, shape: Shape): Promise<Trial> {
  m.fill(0);
  const req: LockRequest = { buffer, kind, workers: THREADS, ...shape };
  const replies = await pool.all(Array.from({ length: THREADS }, () => req));
  for (const r of replies) expect(r.done).toBeGreaterThanOrEqual(shape.minIters);
  const sum = (f: (r: LockReply) => number): number => replies.reduce((n, r) => n + f(r), 0);
  return {
    replies,
    done: sum((r) => r.done),
    violations: sum((r) => r.violations),
    contention: sum((r) => r.contention),
    count: Atomics.load(m, LockSlot.count),
  };
}

describe('mutual exclusion on 4 threads', () => {
  it.each(['mutex', 'mutexTry', 'spin'] as const)('%s never admits two holders in 25 seeded trials', async (kind) => {
    const rand = mulberry32(kind.length * 7919);
    const trials = 25;
    let contended = 0;
    let contention = 0;
    let entries = 0;
    for (let t = 0; t < trials; t++) {
      const shape = {
        minIters: randomInt(rand, 5000, 15_000),
        work: randomInt(rand, 0, 40),
        outside: randomInt(rand, 50, 300),
        window: 0,
      };
      const { done, violations, count, contention: c } = await trial(kind, shape);
      if (violations !== 0) expect.fail(`${kind} trial ${t}: ${violations} entries found the section occupied`);
      // The plain read-modify-write inside the section lost nothing: the lock also orders memory.
      expect(count).toBe(done);
      expect(Atomics.load(m, LockSlot.lock)).toBe(0);
      expect(Atomics.load(m, LockSlot.inSection)).toBe(0);
      entries += done;
      contention += c;
      if (c > 0) contended++;
    }
    console.info(`${kind}: ${entries} entries, ${contended}/${trials} trials contended, ${contention} waits or retries`);
    // The proof means something only if the threads really fought for the lock.
    expect(contended).toBeGreaterThanOrEqual(trials / 4);
  });

  it('the home-made flag admits two holders in most trials', async () => {
    const trials = 30;
    let lostTrials = 0;
    let worst = 1;
    // Once one trial has had two holders, `worst` is at least 2, so stopping at the majority decides both claims.
    const { hits: violated, ran } = await mostTrials(trials, Math.ceil(trials * 0.6), async () => {
      const { replies, done, violations, count } = await trial('flag', {
        minIters: 10_000,
        work: 60,
        outside: 10,
        window: 60,
      });
      if (count !== done) lostTrials++;
      worst = Math.max(worst, ...replies.map((r) => r.maxInside));
      return violations > 0;
    });
    console.info(`flag: ${violated}/${ran} trials had two holders, ${lostTrials}/${ran} lost counts, up to ${worst} inside at once`);
    expect(violated).toBeGreaterThanOrEqual(Math.ceil(trials * 0.6));
    expect(worst).toBeGreaterThanOrEqual(2);
  });
});

describe('hand-off between a holder and one waiting thread', () => {
  // The test thread holds the lock (it never waits: tryLock only), one worker asks for it.
  const one = (kind: LockKind): LockRequest => ({ buffer, kind, workers: 1, minIters: 1, work: 0, outside: 0, window: 0 });

  it('a mutex waiter marks the word contended (2) and sleeps; unlock from 2 wakes it', async () => {
    m.fill(0);
    expect(mutexTryLock(m, LockSlot.lock)).toBe(true);
    let settled = false;
    const reply = pool.call(0, one('mutex')).finally(() => (settled = true));
    await waitUntil(() => Atomics.load(m, LockSlot.lock) === MutexState.contended, 10_000, 'the waiter to mark the lock');
    expect(settled).toBe(false);
    expect(Atomics.load(m, LockSlot.count)).toBe(0);
    mutexUnlock(m, LockSlot.lock);
    const r = await reply;
    expect(r).toMatchObject({ done: 1, violations: 0, contention: 1 });
    expect(Atomics.load(m, LockSlot.count)).toBe(1);
    expect(Atomics.load(m, LockSlot.lock)).toBe(MutexState.unlocked);
  });

  it('a spinlock waiter stays out while the lock is held and gets in when it is released', async () => {
    m.fill(0);
    expect(spinTryLock(m, LockSlot.lock)).toBe(true);
    let settled = false;
    const reply = pool.call(0, one('spin')).finally(() => (settled = true));
    await waitUntil(() => Atomics.load(m, LockSlot.barrier) === 1, 10_000, 'the worker to start');
    // Gives the worker time to get in if it could (this wait hides nothing: it can only expose).
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(Atomics.load(m, LockSlot.count)).toBe(0);
    spinUnlock(m, LockSlot.lock);
    const r = await reply;
    expect(r).toMatchObject({ done: 1, violations: 0 });
    expect(Atomics.load(m, LockSlot.lock)).toBe(0);
  });

  it('Stop frees a thread spinning on a lock that is never released', async () => {
    m.fill(0);
    expect(spinTryLock(m, LockSlot.lock)).toBe(true);
    const reply = pool.call(0, one('spin'));
    await waitUntil(() => Atomics.load(m, LockSlot.barrier) === 1, 10_000, 'the worker to start');
    setControl(m, LockSlot.control, Control.stop);
    const r = await reply;
    expect(r).toMatchObject({ done: 0, violations: 0 });
    expect(Atomics.load(m, LockSlot.lock)).toBe(1);
    expect(Atomics.load(m, LockSlot.count)).toBe(0);
  });
});
