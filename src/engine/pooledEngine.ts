// The run lifecycle every pooled engine shares: workers taken from the pool (at once when it has
// them, a Stop pressed while they load ending the run before it starts), a round of calls followed to
// its end (a worker that fails ends the round for all, as a message), pause and resume through the
// run's control word, and Stop: the stop word with a grace period, then the workers that did not answer
// replaced. An engine supplies only what differs: its memory, its jobs, and how its workers are told.
import type { Control } from '../core/shared/memory.ts';
import type { LabEngine } from './labEngine.ts';
import { messageOf, RunStart, type Started } from './runStart.ts';
import type { WorkerCalls } from './workerCalls.ts';
import { WorkerPool } from './workerPool.ts';

/** What the lifecycle keeps of a run: whether Stop was asked, and the round of calls in flight. */
export interface PooledRun<Api extends { ping(): 'pong' }> {
  stopRequested: boolean;
  round: WorkerCalls<Api, unknown> | null;
}

/** A round's answers in worker order (null when Stop ended it by force), or the failure that ended it. */
export interface RoundEnd<R> {
  readonly results: R[] | null;
  readonly error?: string;
}

export abstract class PooledEngine<Api extends { ping(): 'pong' }, Run extends PooledRun<Api>> implements LabEngine {
  readonly pool: WorkerPool<Api>;
  protected active: Run | null = null;
  private pausedFlag = false;
  private readonly starting = new RunStart();

  constructor(label: string, spawn: (name: string) => Worker) {
    this.pool = new WorkerPool<Api>(label, spawn);
  }

  get running(): boolean {
    return this.active !== null || this.starting.waiting;
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  /**
   * Workers for a run, or for a later round of the run in progress (`of`): the pool's own without a
   * wait when it has them all, else loaded.
   */
  protected workers(n: number, of?: Run): Promise<Started<Api>> {
    if (this.starting.waiting || (this.active !== null && this.active !== of)) throw new Error('a run is already in progress');
    return this.starting.workers(this.pool, n);
  }

  /** The run is under way: Stop, Pause and Step now go to it. */
  protected begin(run: Run): void {
    this.active = run;
    this.pausedFlag = false;
  }

  /** Follows one round to its end; a worker that fails ends it for all (the others would wait for it forever). */
  protected async follow<R>(run: Run, round: WorkerCalls<Api, R>): Promise<RoundEnd<R>> {
    run.round = round;
    try {
      return { results: await round.results() };
    } catch (e) {
      const error = messageOf(e);
      await this.halt(run);
      return { results: null, error };
    }
  }

  /** The run is over: a Stop still at work finishes, the workers are told to stop, and the engine is free for the next. */
  protected async end(run: Run): Promise<void> {
    await run.round?.halted();
    run.round = null;
    this.signal(run, 'stop');
    if (this.active === run) this.active = null;
    this.pausedFlag = false;
  }

  /** Ends the run: cooperatively within STOP_GRACE_MS, else by replacing the workers that did not answer. */
  async stop(): Promise<void> {
    this.starting.stop();
    const run = this.active;
    if (!run) return;
    run.stopRequested = true;
    await this.halt(run);
  }

  pause(): void {
    const run = this.active;
    if (!run || this.pausedFlag) return;
    this.pausedFlag = true;
    this.signal(run, 'pause');
  }

  resume(): void {
    const run = this.active;
    if (!run || !this.pausedFlag) return;
    this.pausedFlag = false;
    this.signal(run, 'run');
  }

  /** One step in slow motion; nothing where an engine has none. */
  step(): void {
    // Only a slow-motion engine has steps to grant.
  }

  dispose(): void {
    this.pool.dispose();
  }

  /** Stop's two halves for the round in flight; between rounds, the wake alone. */
  protected halt(run: Run): Promise<void> {
    if (run.round) return run.round.halt(this.pool, () => this.wake(run));
    this.wake(run);
    return Promise.resolve();
  }

  /** Tells the run's workers to go on, hold or stop (its control word). */
  protected abstract signal(run: Run, word: keyof typeof Control): void;

  /** Stop's first half: the stop word, and a wake for every worker that may sleep on another word. */
  protected abstract wake(run: Run): void;
}
