// The Queue lab's run lifecycle on the main thread: shared memory sized to the run, producers and
// consumers taken from one pool and started together, live summaries, a stall watch that ends a
// run that can never finish, Stop (cooperative, then by force), and verification of every item.
import { transfer } from 'comlink';
import type { QueueParams } from '../core/params/queueParams.ts';
import { queueProblem } from '../core/params/queueParams.ts';
import { jobsFor, type QueueJob, type QueueWorkerResult } from '../core/queue/queueJob.ts';
import { allocateQueue, QueueSlot, resetQueue, type QueueGeometry, type QueueMemory } from '../core/queue/queueLayout.ts';
import { latencySummary, verifyQueue } from '../core/queue/verify.ts';
import { Control, setControl } from '../core/shared/memory.ts';
import type { QueueApi } from '../workers/queueApi.ts';
import { spawnQueueWorker } from '../workers/spawn.ts';
import { guarded } from './guard.ts';
import type { LabEngine } from './labEngine.ts';
import type { QueueLive } from './queueLive.ts';
import { monitorQueueRun } from './queueMonitor.ts';
import { publishedWorkerResults, runElapsed, summariseQueueRun, type QueueRunResult, type QueueRunStatus } from './queueResult.ts';
import { queueChannels, wakeQueueWorkers } from './queueWiring.ts';
import { delay, STOP_GRACE_MS } from './runStatus.ts';
import { measureStartLine } from './startMeasure.ts';
import { WorkerPool, type PooledWorker } from './workerPool.ts';

export interface QueueRunHooks {
  /** A live summary, every WATCH_EVERY_MS (queueMonitor.ts) while the run goes. */
  readonly onLive?: (live: QueueLive) => void;
  /** The watchdog saw no progress for this many milliseconds (0 when progress resumes). */
  readonly onStall?: (ms: number) => void;
}

export interface QueueRunOutcome {
  readonly status: QueueRunStatus;
  /** Null only when the run never started (refused settings, workers that would not load, Stop while loading). */
  readonly result: QueueRunResult | null;
  readonly error?: string;
}

interface ActiveRun {
  readonly params: QueueParams;
  readonly mem: QueueMemory;
  readonly slots: PooledWorker<QueueApi>[];
  /** Per job: its call has answered (or failed). */
  readonly settled: boolean[];
  allSettled: Promise<unknown>;
  stopRequested: boolean;
  /** Set when the stall watch decided the run can never finish. */
  deadlock: string | null;
  /** Ends the run with what the workers published, when they have to be terminated. */
  force: (() => void) | null;
  halting: Promise<void> | null;
}

export class QueueEngine implements LabEngine {
  readonly pool: WorkerPool<QueueApi>;
  private memory: QueueMemory | null = null;
  private active: ActiveRun | null = null;
  private pausedFlag = false;
  /** Between Run and the workers being ready (the first run loads them): Stop is remembered here. */
  private starting: { stopped: boolean } | null = null;
  /** Workers being replaced after a forced Stop: the next run waits for them, the Stop does not. */
  private replacing: Promise<unknown> = Promise.resolve();

  constructor(spawn: (name: string) => Worker = spawnQueueWorker) {
    this.pool = new WorkerPool<QueueApi>('queue', spawn);
  }

  /** Shared memory of the current (or last) run; null before the first run. */
  get mem(): QueueMemory | null {
    return this.memory;
  }

  get running(): boolean {
    return this.active !== null || this.starting !== null;
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  async run(params: QueueParams, hooks: QueueRunHooks = {}): Promise<QueueRunOutcome> {
    if (this.running) throw new Error('a run is already in progress');
    const pressedAt = performance.now();
    const problem = queueProblem(params);
    if (problem) return { status: 'failed', result: null, error: problem };
    const jobs = jobsFor(params);
    let slots: PooledWorker<QueueApi>[];
    const starting = { stopped: false };
    this.starting = starting;
    try {
      await this.replacing;
      slots = await this.pool.acquire(jobs.length);
    } catch (e) {
      return { status: 'failed', result: null, error: messageOf(e) };
    } finally {
      this.starting = null;
    }
    if (starting.stopped) return { status: 'stopped', result: null };
    const mem = this.prepare(params);
    const run: ActiveRun = {
      params,
      mem,
      slots,
      settled: jobs.map(() => false),
      allSettled: Promise.resolve(),
      stopRequested: false,
      deadlock: null,
      force: null,
      halting: null,
    };
    this.active = run;
    this.pausedFlag = false;
    const t0 = performance.now();
    const calls = this.start(run, jobs);
    // For the bench: Run to every worker past the start line (a reused pool makes it quick).
    void measureStartLine('queue', pressedAt, mem.ints, QueueSlot.barrier, jobs.length);
    const forced = new Promise<null>((resolve) => {
      run.force = () => resolve(null);
    });
    const stopWatching = monitorQueueRun({
      mem,
      kind: params.queue,
      startedAt: t0,
      paused: () => this.pausedFlag,
      halted: () => run.halting !== null,
      onLive: hooks.onLive,
      onStall: hooks.onStall,
      onDeadlock: (diagnosis) => {
        run.deadlock = diagnosis;
        void this.halt(run);
      },
    });
    let results: QueueWorkerResult[] | null = null;
    let error: string | undefined;
    try {
      results = await Promise.race([Promise.all(calls), forced]);
    } catch (e) {
      // One worker failed: the others would wait for it forever, so the run ends for all.
      error = messageOf(e);
      await this.halt(run);
    } finally {
      stopWatching();
      run.force = null;
    }
    const wallMs = performance.now() - t0;
    await run.halting;
    setControl(mem.ints, QueueSlot.control, Control.stop);
    this.active = null;
    this.pausedFlag = false;
    const workers = results ?? publishedWorkerResults(mem);
    const status: QueueRunStatus = run.deadlock !== null ? 'deadlocked' : error !== undefined ? 'failed' : run.stopRequested ? 'stopped' : 'done';
    const verdict = verifyQueue(mem, params.queue);
    const result = summariseQueueRun(verdict, latencySummary(mem), workers, runElapsed(workers, wallMs, results !== null), status, run.deadlock ?? undefined);
    return error === undefined ? { status, result } : { status, result, error };
  }

  /** Ends the run: cooperatively within STOP_GRACE_MS, else by terminating (and replacing) the workers that did not answer. */
  async stop(): Promise<void> {
    if (this.starting) this.starting.stopped = true;
    const run = this.active;
    if (!run) return;
    run.stopRequested = true;
    await this.halt(run);
  }

  pause(): void {
    const run = this.active;
    if (!run || this.pausedFlag) return;
    this.pausedFlag = true;
    setControl(run.mem.ints, QueueSlot.control, Control.pause);
  }

  resume(): void {
    const run = this.active;
    if (!run || !this.pausedFlag) return;
    this.pausedFlag = false;
    setControl(run.mem.ints, QueueSlot.control, Control.run);
  }

  /** The Queue lab has no slow motion: its delays pace it. */
  step(): void {
    // Nothing to step: a queue run is paced by its per-item delays instead.
  }

  dispose(): void {
    this.pool.dispose();
  }

  /** The last run's memory when this run has the same geometry (reset), else a new one. */
  private prepare(g: QueueGeometry): QueueMemory {
    const m = this.memory;
    if (m?.producers === g.producers && m.consumers === g.consumers && m.capacity === g.capacity && m.items === g.items) {
      resetQueue(m);
      return m;
    }
    this.memory = allocateQueue(g);
    return this.memory;
  }

  /** Starts every job at once (they meet at the start line in shared memory). */
  private start(run: ActiveRun, jobs: readonly QueueJob[]): Promise<QueueWorkerResult>[] {
    const { mem, params, slots } = run;
    const ports = params.queue === 'message' ? queueChannels(params.producers, params.consumers) : null;
    const calls = jobs.map((job, i) => {
      const slot = slots[i]!;
      const remote = slot.remote;
      let call: Promise<QueueWorkerResult>;
      if (ports) {
        const mine = job.role === 'producer' ? ports.toConsumer[job.index]! : ports.fromProducer[job.index]!;
        const moved = transfer(mine, mine);
        call = job.role === 'producer' ? remote.runMessageProducer(mem.buffer, job, moved) : remote.runMessageConsumer(mem.buffer, job, moved);
      } else {
        call = job.role === 'producer' ? remote.runProducer(mem.buffer, job) : remote.runConsumer(mem.buffer, job);
      }
      const guardedCall = guarded(call, slot.failure);
      const settle = (): void => {
        run.settled[i] = true;
      };
      guardedCall.then(settle, settle);
      return guardedCall;
    });
    run.allSettled = Promise.allSettled(calls);
    return calls;
  }

  /** Stop word, wake every sleeper, wait out the grace period, then terminate and replace. */
  private halt(run: ActiveRun): Promise<void> {
    run.halting ??= (async () => {
      wakeQueueWorkers(run.mem.ints);
      const answered = await Promise.race([run.allSettled.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
      if (answered) return;
      // A worker that does not see the stop word (a bug, a long system wait) is terminated and
      // replaced; the run reports what it had published in shared memory.
      run.force?.();
      const stuck = run.slots.filter((_, i) => !run.settled[i]);
      // replace() terminates at once; loading the fresh worker is the next run's wait, not Stop's.
      this.replacing = Promise.allSettled([this.replacing, ...stuck.map((s) => this.pool.replace(s))]);
    })();
    return run.halting;
  }

}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
