// What one worker is asked to do in a Queue run, and what it reports back.
import type { QueueKind, ShutdownPolicy } from './queueKinds.ts';
import type { ExitValue } from './queueLayout.ts';

export type Role = 'producer' | 'consumer';

/** The run's settings, the same for every worker of the run. */
export interface QueueRun {
  /** The queue kind (named as in share links). */
  readonly queue: QueueKind;
  readonly shutdown: ShutdownPolicy;
  readonly producers: number;
  readonly consumers: number;
  readonly capacity: number;
  /** Items per producer. */
  readonly items: number;
  /** Milliseconds of "work" per item, 0 = full speed; fractions allowed. */
  readonly produceMs: number;
  readonly consumeMs: number;
}

export interface QueueJob extends QueueRun {
  readonly role: Role;
  /** Index among the workers of this role, 0-based. */
  readonly index: number;
}

export interface QueueWorkerResult {
  readonly role: Role;
  readonly index: number;
  /** Items put (producer) or taken (consumer), pills excluded. */
  readonly items: number;
  /** Pills put (the last producer, sentinel policy) or taken. */
  readonly pills: number;
  /** Times the worker slept on a full (producer) or empty (consumer) queue, and for how long. */
  readonly blocked: number;
  readonly blockedMs: number;
  readonly elapsedMs: number;
  readonly stopped: boolean;
  /** Why the worker ended: finished its items, saw the queue empty, took its pill, saw it closed, or was stopped. */
  readonly exit: ExitValue;
}

/** Jobs for every worker of a run: producers first, then consumers. */
export function jobsFor(run: QueueRun): QueueJob[] {
  const jobs: QueueJob[] = [];
  for (let index = 0; index < run.producers; index++) jobs.push({ ...run, role: 'producer', index });
  for (let index = 0; index < run.consumers; index++) jobs.push({ ...run, role: 'consumer', index });
  return jobs;
}

/**
 * Which items carry an enqueue stamp: those whose sequence number has these bits clear. Reading
 * the clock costs about as much as a whole spsc put, so at full speed one item in 64 is timed;
 * with delays every item is.
 */
export function stampMask(run: QueueRun): number {
  return run.produceMs > 0 || run.consumeMs > 0 ? 0 : 63;
}
