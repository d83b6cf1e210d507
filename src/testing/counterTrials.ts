// Test helper: runs one Counter trial on a pool of real threads and checks it against the arithmetic.
import type { CounterJob, CounterWorkerResult } from '../core/counter/counterJob.ts';
import { CounterSlot, resetCounter, type CounterMemory } from '../core/counter/counterLayout.ts';
import type { SyncMode } from '../core/counter/syncModes.ts';
import { ThreadPool } from './threadPool.ts';
import type { CounterReply, CounterRequest } from './counterThread.ts';

export type CounterPool = ThreadPool<CounterRequest, CounterReply>;

export function startCounterPool(size: number): Promise<CounterPool> {
  return ThreadPool.start<CounterRequest, CounterReply>('counterThread.ts', size);
}

export interface TrialSpec {
  readonly sync: SyncMode;
  readonly iters: number;
  /** One '+' or '-' per worker; its length is the worker count. */
  readonly dirs: string;
  readonly window: number;
  readonly slow?: boolean;
  readonly live?: boolean;
}

export function jobsFor(spec: TrialSpec): CounterJob[] {
  return [...spec.dirs].map((c, index) => ({
    index,
    workers: spec.dirs.length,
    sync: spec.sync,
    iters: spec.iters,
    dir: c === '-' ? -1 : 1,
    window: spec.window,
    live: spec.live ?? false,
    slow: spec.slow ?? false,
  }));
}

/** The cell's value when every completed iteration landed: sum of dir x ops over the workers. */
export function exactTotal(jobs: readonly CounterJob[], results: readonly CounterWorkerResult[]): number {
  let total = 0;
  for (const r of results) total += (jobs[r.index]?.dir ?? 0) * r.ops;
  return total;
}

export interface Started {
  readonly jobs: CounterJob[];
  readonly done: Promise<CounterWorkerResult[]>;
}

/** Resets the memory and starts every worker of the trial; the caller awaits `done`. */
export function startTrial(pool: CounterPool, mem: CounterMemory, spec: TrialSpec): Started {
  resetCounter(mem);
  const jobs = jobsFor(spec);
  const done = pool.all(jobs.map((job) => ({ buffer: mem.buffer, job, wasm: mem.wasm })));
  return { jobs, done };
}

export interface TrialOutcome {
  readonly results: CounterWorkerResult[];
  readonly actual: number;
  readonly expected: number;
}

export async function runTrial(pool: CounterPool, mem: CounterMemory, spec: TrialSpec): Promise<TrialOutcome> {
  const { jobs, done } = startTrial(pool, mem, spec);
  const results = await done;
  return { results, actual: Atomics.load(mem.ints, CounterSlot.value), expected: exactTotal(jobs, results) };
}

/** Resolves on the next turn of the event loop, so that worker replies can be delivered. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Polls `cond` between event-loop turns until it holds; rejects after `timeoutMs`. */
export async function waitUntil(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await nextTurn();
  }
}
