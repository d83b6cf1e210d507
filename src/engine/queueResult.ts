// Turns a Queue run's verdict and worker reports into what a learner reads: counts, speed, how it ended.
import type { QueueWorkerResult } from '../core/queue/queueJob.ts';
import { consumerBase, producerBase, WorkerSlot, type ExitValue, type QueueMemory } from '../core/queue/queueLayout.ts';
import type { LatencySummary, QueueVerdict } from '../core/queue/verify.ts';

export type { LatencySummary, QueueVerdict, QueueWorkerResult };

export type QueueRunStatus = 'done' | 'stopped' | 'failed' | 'deadlocked';

export interface QueueRunResult {
  /** Produced, consumed, lost, duplicated, out of order, left, per producer (core's verification). */
  readonly verdict: QueueVerdict;
  /** Enqueue-to-dequeue latency: p50, p99 and the log2 histogram. */
  readonly latency: LatencySummary;
  readonly elapsedMs: number;
  /** Items consumed per second over the whole run (all consumers, whole number). */
  readonly throughput: number;
  /** Producers first, then consumers. */
  readonly workers: readonly QueueWorkerResult[];
  readonly status: QueueRunStatus;
  /** Why the run was declared deadlocked, in words. */
  readonly diagnosis?: string;
}

export function rate(items: number, ms: number): number {
  return ms > 0 ? Math.round((items * 1000) / ms) : 0;
}

/**
 * The run's duration: the slowest worker's own clock (from the start line to its end) when every
 * worker answered, else the wall-clock time the engine measured.
 */
export function runElapsed(workers: readonly QueueWorkerResult[], wallMs: number, answered: boolean): number {
  if (!answered) return wallMs;
  const slowest = workers.reduce((t, w) => Math.max(t, w.elapsedMs), 0);
  return slowest > 0 ? slowest : wallMs;
}

export function summariseQueueRun(
  verdict: QueueVerdict,
  latency: LatencySummary,
  workers: readonly QueueWorkerResult[],
  elapsedMs: number,
  status: QueueRunStatus,
  diagnosis?: string,
): QueueRunResult {
  const result = { verdict, latency, elapsedMs, throughput: rate(verdict.consumed, elapsedMs), workers, status };
  return diagnosis === undefined ? result : { ...result, diagnosis };
}

/**
 * What each worker last published on its own line: the report of a worker that could not answer
 * (terminated after Stop's grace period, or crashed). Its clock is unknown, so elapsedMs is 0.
 */
export function publishedWorkerResults(mem: QueueMemory): QueueWorkerResult[] {
  const m = mem.ints;
  const read = (role: QueueWorkerResult['role'], index: number, base: number): QueueWorkerResult => ({
    role,
    index,
    items: Atomics.load(m, base + WorkerSlot.count),
    pills: Atomics.load(m, base + WorkerSlot.pills),
    blocked: Atomics.load(m, base + WorkerSlot.blocked),
    blockedMs: Atomics.load(m, base + WorkerSlot.blockedUs) / 1000,
    elapsedMs: 0,
    stopped: true,
    exit: Atomics.load(m, base + WorkerSlot.exit) as ExitValue,
  });
  const out: QueueWorkerResult[] = [];
  for (let p = 0; p < mem.producers; p++) out.push(read('producer', p, producerBase(p)));
  for (let c = 0; c < mem.consumers; c++) out.push(read('consumer', c, consumerBase(c)));
  return out;
}
