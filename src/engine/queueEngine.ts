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
import type { EngineKind } from '../core/wasm/engines.ts';
import type { QueueApi } from '../workers/queueApi.ts';
import { spawnQueueWorker } from '../workers/spawn.ts';
import type { QueueLive } from './queueLive.ts';
import { monitorQueueRun } from './queueMonitor.ts';
import { publishedWorkerResults, runElapsed, summariseQueueRun, type QueueRunResult, type QueueRunStatus } from './queueResult.ts';
import { queueChannels, wakeQueueWorkers } from './queueWiring.ts';
import { measureStartLine } from './startMeasure.ts';
import { PooledEngine, type PooledRun } from './pooledEngine.ts';
import { WorkerCalls } from './workerCalls.ts';
import type { PooledWorker } from './workerPool.ts';
import { engineUsed, prepareQueueModule, queueModule } from './wasmModules.ts';

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
  /** The engine that ran: JavaScript when WebAssembly was asked for where it cannot run. */
  readonly engine: EngineKind;
}

interface ActiveRun extends PooledRun<QueueApi> {
  readonly mem: QueueMemory;
  /** Set when the stall watch decided the run can never finish. */
  deadlock: string | null;
}

export class QueueEngine extends PooledEngine<QueueApi, ActiveRun> {
  private memory: QueueMemory | null = null;

  constructor(spawn: (name: string) => Worker = spawnQueueWorker) {
    super('queue', spawn);
    // Every run allocates its memory as the module's (either engine runs on it): compiled by then.
    void prepareQueueModule();
  }

  /** Shared memory of the current (or last) run; null before the first run. */
  get mem(): QueueMemory | null {
    return this.memory;
  }

  /** Runs on `params.engine` (JavaScript where WebAssembly threads cannot run); `message` has no kernel, so it is the same baseline on both. */
  async run(params: QueueParams, hooks: QueueRunHooks = {}): Promise<QueueRunOutcome> {
    if (this.running) throw new Error('a run is already in progress');
    const pressedAt = performance.now();
    const engine = engineUsed(params.engine, queueModule());
    const problem = queueProblem(params);
    if (problem) return { status: 'failed', result: null, error: problem, engine };
    const jobs = jobsFor(params);
    const started = await this.workers(jobs.length);
    if (started.kind === 'failed') return { status: 'failed', result: null, error: started.error, engine };
    if (started.kind === 'stopped') return { status: 'stopped', result: null, engine };
    const mem = this.prepare(params);
    const t0 = performance.now();
    const run: ActiveRun = { mem, stopRequested: false, round: null, deadlock: null };
    this.begin(run);
    const round = this.start(mem, params, started.slots, jobs, engine);
    // For the bench: Run to every worker past the start line (a reused pool makes it quick).
    void measureStartLine('queue', pressedAt, mem.ints, QueueSlot.barrier, jobs.length);
    const stopWatching = monitorQueueRun({
      mem,
      kind: params.queue,
      startedAt: t0,
      paused: () => this.paused,
      halted: () => round.stopping,
      onLive: hooks.onLive,
      onStall: hooks.onStall,
      onDeadlock: (diagnosis) => {
        run.deadlock = diagnosis;
        void this.halt(run);
      },
    });
    // Null results when Stop had to replace workers that did not answer: what they published stands.
    const { results, error } = await this.follow(run, round);
    stopWatching();
    const wallMs = performance.now() - t0;
    await this.end(run);
    const workers = results ?? publishedWorkerResults(mem);
    const status: QueueRunStatus = run.deadlock !== null ? 'deadlocked' : error !== undefined ? 'failed' : run.stopRequested ? 'stopped' : 'done';
    const verdict = verifyQueue(mem, params.queue);
    const result = summariseQueueRun(verdict, latencySummary(mem), workers, runElapsed(workers, wallMs, results !== null), status, run.deadlock ?? undefined);
    return error === undefined ? { status, result, engine } : { status, result, error, engine };
  }

  /**
   * The last run's memory when this run has the same geometry (reset), else a new one: a shared
   * WebAssembly memory where WebAssembly threads run (either engine runs on it), else a plain one.
   */
  private prepare(g: QueueGeometry): QueueMemory {
    const m = this.memory;
    if (m?.producers === g.producers && m.consumers === g.consumers && m.capacity === g.capacity && m.items === g.items) {
      resetQueue(m);
      return m;
    }
    this.memory = allocateQueue(g, queueModule() ?? undefined);
    return this.memory;
  }

  /** Starts every job at once (they meet at the start line in shared memory). */
  private start(mem: QueueMemory, params: QueueParams, slots: readonly PooledWorker<QueueApi>[], jobs: readonly QueueJob[], engine: EngineKind): WorkerCalls<QueueApi, QueueWorkerResult> {
    const ports = params.queue === 'message' ? queueChannels(params.producers, params.consumers) : null;
    const wasm = engine === 'wasm' ? mem.wasm : undefined;
    return new WorkerCalls(slots, (slot, i) => {
      const job = jobs[i]!;
      const remote = slot.remote;
      if (ports) {
        const mine = job.role === 'producer' ? ports.toConsumer[job.index]! : ports.fromProducer[job.index]!;
        const moved = transfer(mine, mine);
        return job.role === 'producer' ? remote.runMessageProducer(mem.buffer, job, moved) : remote.runMessageConsumer(mem.buffer, job, moved);
      }
      return job.role === 'producer' ? remote.runProducer(mem.buffer, job, wasm) : remote.runConsumer(mem.buffer, job, wasm);
    });
  }

  protected signal(run: ActiveRun, word: keyof typeof Control): void {
    setControl(run.mem.ints, QueueSlot.control, Control[word]);
  }

  /**
   * The stop word and a wake for every sleeper; a worker that does not see them (a bug, a long system
   * wait) is terminated and replaced, and the run reports what it had published in shared memory.
   */
  protected wake(run: ActiveRun): void {
    wakeQueueWorkers(run.mem.ints);
  }
}
