// One round of jobs on pooled workers, the same in every lab: each call guarded against its worker's
// failure, which ones have answered, and Stop's second half: a grace period, then the round ended by
// force and the workers that did not answer replaced.
import { guarded } from './guard.ts';
import { delay, STOP_GRACE_MS } from './runStatus.ts';
import type { PooledWorker, WorkerPool } from './workerPool.ts';

export class WorkerCalls<Api extends { ping(): 'pong' }, R> {
  readonly calls: Promise<R>[];
  private readonly slots: readonly PooledWorker<Api>[];
  private readonly settled: boolean[];
  private readonly allSettled: Promise<unknown>;
  private readonly forced: Promise<null>;
  private endByForce: (() => void) | null = null;
  private halting: Promise<void> | null = null;


  /** Starts one call per worker at once (the workers meet at their start line in shared memory). */
  constructor(slots: readonly PooledWorker<Api>[], start: (slot: PooledWorker<Api>, index: number) => Promise<R>) {
    this.slots = slots;
    this.settled = slots.map(() => false);
    this.calls = slots.map((slot, i) => {
      const call = guarded(start(slot, i), slot.failure);
      const settle = (): void => {
        this.settled[i] = true;
      };
      call.then(settle, settle);
      return call;
    });
    this.allSettled = Promise.allSettled(this.calls);
    this.forced = new Promise<null>((resolve) => {
      this.endByForce = () => resolve(null);
    });
  }

  /** Every answer, in worker order; null when Stop ended the round by force. Rejects when a worker fails. */
  results(): Promise<R[] | null> {
    return Promise.race([Promise.all(this.calls), this.forced]);
  }

  /**
   * Writes the stop word (`stopWord`, which also wakes sleepers), waits up to STOP_GRACE_MS for every
   * call to answer, and otherwise ends the round by force and has the pool replace the workers that
   * did not answer: in the background, since loading them is the next run's wait, not Stop's. Once
   * per round; every caller gets the same promise.
   */
  halt(pool: WorkerPool<Api>, stopWord: () => void): Promise<void> {
    this.halting ??= (async () => {
      stopWord();
      const answered = await Promise.race([this.allSettled.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
      if (answered) return;
      this.endByForce?.();
      pool.replaceLater(this.slots.filter((_, i) => !this.settled[i]));
    })();
    return this.halting;
  }

  /** True once Stop (or a failure) has begun to end this round. */
  get stopping(): boolean {
    return this.halting !== null;
  }

  /** Settles once a halt has finished its work (at once when none began). */
  halted(): Promise<void> {
    return this.halting ?? Promise.resolve();
  }
}
