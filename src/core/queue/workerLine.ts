// A queue worker's own line in shared memory: state, counts, blocked time, and its final report.
// Concurrency contract: written by its worker only; the main thread reads it for the live view.
import { now } from '../shared/memory.ts';
import { consumerBase, Exit, producerBase, WorkerSlot, WorkerState, type ExitValue, type WorkerStateValue } from './queueLayout.ts';
import type { Role, QueueWorkerResult } from './queueJob.ts';

export class WorkerLine {
  /** Items put or taken, pills excluded. */
  count = 0;
  pills = 0;
  blocked = 0;
  blockedMs = 0;
  readonly role: Role;
  readonly index: number;
  private readonly m: Int32Array;
  private readonly base: number;
  private blockedAt = 0;
  private t0 = 0;

  constructor(m: Int32Array, role: Role, index: number) {
    this.m = m;
    this.role = role;
    this.index = index;
    this.base = role === 'producer' ? producerBase(index) : consumerBase(index);
    Atomics.store(m, this.base + WorkerSlot.exit, Exit.running);
    this.setState(WorkerState.idle);
  }

  setState(state: WorkerStateValue): void {
    Atomics.store(this.m, this.base + WorkerSlot.state, state);
  }

  /** Starts the clock: called when the start line releases the worker. */
  start(state: WorkerStateValue): void {
    this.t0 = now();
    this.setState(state);
  }

  /**
   * Progress for the live view, on this worker's own line: called once per chunk at full speed and
   * before every wait, so that a worker's published count is exact whenever it stands still.
   */
  publish(lastItem: number): void {
    Atomics.store(this.m, this.base + WorkerSlot.count, this.count);
    Atomics.store(this.m, this.base + WorkerSlot.pills, this.pills);
    Atomics.store(this.m, this.base + WorkerSlot.lastItem, lastItem);
  }

  beginBlocked(state: WorkerStateValue): void {
    this.blocked++;
    this.blockedAt = now();
    this.setState(state);
  }

  endBlocked(state: WorkerStateValue): void {
    this.blockedMs += now() - this.blockedAt;
    Atomics.store(this.m, this.base + WorkerSlot.blocked, this.blocked);
    Atomics.store(this.m, this.base + WorkerSlot.blockedUs, Math.round(this.blockedMs * 1000));
    this.setState(state);
  }

  /** Final counts, exit reason and state `done`; returns the report sent back to the engine. */
  finish(exit: ExitValue): QueueWorkerResult {
    const m = this.m;
    const elapsedMs = this.t0 > 0 ? now() - this.t0 : 0;
    Atomics.store(m, this.base + WorkerSlot.count, this.count);
    Atomics.store(m, this.base + WorkerSlot.pills, this.pills);
    Atomics.store(m, this.base + WorkerSlot.blocked, this.blocked);
    Atomics.store(m, this.base + WorkerSlot.blockedUs, Math.round(this.blockedMs * 1000));
    Atomics.store(m, this.base + WorkerSlot.exit, exit);
    this.setState(WorkerState.done);
    return {
      role: this.role,
      index: this.index,
      items: this.count,
      pills: this.pills,
      blocked: this.blocked,
      blockedMs: this.blockedMs,
      elapsedMs,
      stopped: exit === Exit.stopped,
      exit,
    };
  }
}
