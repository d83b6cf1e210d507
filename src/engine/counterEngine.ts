// The Counter lab's run lifecycle on the main thread: take workers from the pool, start every
// trial together, pace slow motion, pause, step, stop (cooperatively, then by force), watch for
// a run that makes no progress, and verify each trial's total.
import {
  allocateCounter,
  CounterSlot,
  resetCounter,
  WorkerSlot,
  workerBase,
  type CounterMemory,
} from '../core/counter/counterLayout.ts';
import type { CounterJob, CounterWorkerResult } from '../core/counter/counterJob.ts';
import type { CounterParams } from '../core/params/counterParams.ts';
import { Control, setControl } from '../core/shared/memory.ts';
import type { EngineKind } from '../core/wasm/engines.ts';
import type { CounterApi } from '../workers/counterApi.ts';
import { spawnCounterWorker } from '../workers/spawn.ts';
import { dirsOf, summariseTrial, type CounterTrial } from './counterResult.ts';
import type { LabEngine } from './labEngine.ts';
import { Pacer } from './pacer.ts';
import { progressSum } from './counterSample.ts';
import { STALL_MS } from './runStatus.ts';
import { messageOf } from './runStart.ts';
import { measureStartLine } from './startMeasure.ts';
import { startWatchdog } from './watchdog.ts';
import { WorkerCalls } from './workerCalls.ts';
import { WorkerPool, type PooledWorker } from './workerPool.ts';
import { counterModule, engineUsed } from './wasmModules.ts';

export interface CounterRunHooks {
  /** After each trial, in order. */
  onTrial(trial: CounterTrial): void;
  /** The watchdog saw no progress for this many milliseconds (0 when progress resumes). */
  onStall(ms: number): void;
}

export interface CounterRunOutcome {
  readonly status: 'done' | 'stopped' | 'failed';
  readonly trials: CounterTrial[];
  readonly error?: string;
  /** The engine that ran: JavaScript when WebAssembly was asked for where it cannot run. */
  readonly engine: EngineKind;
}

interface ActiveRun {
  readonly params: CounterParams;
  readonly engine: EngineKind;
  /** Filled once the pool has the workers; empty while they load. */
  slots: PooledWorker<CounterApi>[];
  stopRequested: boolean;
  pacer: Pacer | null;
  /** The trial in flight, if any. */
  round: WorkerCalls<CounterApi, CounterWorkerResult> | null;
}

export class CounterEngine implements LabEngine {
  readonly pool = new WorkerPool<CounterApi>('counter', spawnCounterWorker);
  private memory: CounterMemory | null = null;
  private active: ActiveRun | null = null;
  private pace = 4;
  private pausedFlag = false;

  /**
   * Shared memory of the current (or last) run; allocated on first use. Where WebAssembly threads
   * run it is a shared WebAssembly memory (its buffer what every view reads), so that either
   * engine runs on it.
   */
  get mem(): CounterMemory {
    this.memory ??= allocateCounter(counterModule() ?? undefined);
    return this.memory;
  }

  get running(): boolean {
    return this.active !== null;
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  /** Runs on `params.engine`; on JavaScript where WebAssembly threads cannot run (the outcome says which ran). */
  async run(params: CounterParams, hooks: CounterRunHooks, seed = 1): Promise<CounterRunOutcome> {
    if (this.active) throw new Error('a run is already in progress');
    const pressedAt = performance.now();
    const trials: CounterTrial[] = [];
    const m = this.mem.ints;
    const engine = engineUsed(params.engine, this.mem.wasm ? counterModule() : null);
    resetCounter(this.mem);
    // Active from the first moment, so that a Stop pressed while the workers load is not lost.
    const run: ActiveRun = { params, engine, slots: [], stopRequested: false, pacer: null, round: null };
    this.active = run;
    this.pausedFlag = false;
    try {
      run.slots = this.pool.reuse(params.workers) ?? (await this.pool.acquire(params.workers));
    } catch (e) {
      this.active = null;
      return { status: 'failed', trials, error: messageOf(e), engine };
    }
    // For the bench: Run to every worker past the start line (a reused pool makes it quick).
    void measureStartLine('counter', pressedAt, m, CounterSlot.barrier, params.workers);
    const stopWatchdog = this.watch(run, hooks);
    try {
      for (let t = 0; t < params.trials && !run.stopRequested; t++) {
        const trial = await this.runTrial(run, t, seed + t);
        trials.push(trial);
        hooks.onTrial(trial);
      }
      return { status: run.stopRequested ? 'stopped' : 'done', trials, engine };
    } catch (e) {
      return { status: run.stopRequested ? 'stopped' : 'failed', trials, error: messageOf(e), engine };
    } finally {
      stopWatchdog();
      run.pacer?.stop();
      setControl(m, CounterSlot.control, Control.stop);
      this.active = null;
      this.pausedFlag = false;
    }
  }

  /**
   * Ends the run: cooperatively within STOP_GRACE_MS, else by replacing the workers that do not see
   * the stop word (stuck in a long system wait, or a bug); their trial then reports what they had
   * published in shared memory.
   */
  async stop(): Promise<void> {
    const run = this.active;
    if (!run) return;
    run.stopRequested = true;
    run.pacer?.stop();
    const wake = (): void => this.wakeAll(run.params.workers);
    if (run.round) await run.round.halt(this.pool, wake);
    else wake();
  }

  pause(): void {
    const run = this.active;
    if (!run || this.pausedFlag) return;
    this.pausedFlag = true;
    if (run.pacer) run.pacer.paused = true;
    else setControl(this.mem.ints, CounterSlot.control, Control.pause);
  }

  resume(): void {
    const run = this.active;
    if (!run || !this.pausedFlag) return;
    this.pausedFlag = false;
    if (run.pacer) run.pacer.paused = false;
    else setControl(this.mem.ints, CounterSlot.control, Control.run);
  }

  /** In slow motion: let the workers take one tick of steps (works while paused). */
  step(): void {
    this.active?.pacer?.tick();
  }

  setPace(stepsPerSecond: number): void {
    this.pace = stepsPerSecond;
    this.active?.pacer?.setPace(stepsPerSecond);
  }

  dispose(): void {
    this.pool.dispose();
  }

  private async runTrial(run: ActiveRun, t: number, seed: number): Promise<CounterTrial> {
    const { params, slots } = run;
    const m = this.mem.ints;
    const wasm = run.engine === 'wasm' ? this.mem.wasm : undefined;
    resetCounter(this.mem);
    setControl(m, CounterSlot.control, this.pausedFlag && params.speed === 'full' ? Control.pause : Control.run);
    const dirs = dirsOf(params.dirs);
    const slow = params.speed === 'slow';
    if (slow) {
      run.pacer = new Pacer(m, params.workers, this.pace, seed);
      run.pacer.paused = this.pausedFlag;
      run.pacer.start();
    }
    const round = new WorkerCalls(slots, (slot, index) => {
      const job: CounterJob = {
        index,
        workers: params.workers,
        sync: params.sync,
        iters: params.iters,
        dir: dirs[index] ?? 1,
        window: params.window,
        live: true,
        slow,
      };
      return slot.remote.runCounter(this.mem.buffer, job, wasm);
    });
    run.round = round;
    let results: CounterWorkerResult[];
    try {
      results = (await round.results()) ?? this.publishedResults(params.workers);
    } finally {
      run.pacer?.stop();
      run.pacer = null;
      run.round = null;
    }
    return summariseTrial(t + 1, results, dirs, Atomics.load(m, CounterSlot.value));
  }

  private publishedResults(workers: number): CounterWorkerResult[] {
    const m = this.mem.ints;
    return Array.from({ length: workers }, (_, index) => {
      const b = workerBase(index);
      return {
        index,
        ops: Atomics.load(m, b + WorkerSlot.progress),
        waits: Atomics.load(m, b + WorkerSlot.waits),
        retries: Atomics.load(m, b + WorkerSlot.retries),
        elapsedMs: 0,
        stopped: true,
      };
    });
  }

  /** Sets the stop word and wakes every word a worker may sleep on. */
  private wakeAll(workers: number): void {
    const m = this.mem.ints;
    setControl(m, CounterSlot.control, Control.stop);
    Atomics.notify(m, CounterSlot.barrier);
    for (let i = 0; i < workers; i++) Atomics.notify(m, workerBase(i) + WorkerSlot.tokens);
  }

  private watch(run: ActiveRun, hooks: CounterRunHooks): () => void {
    const m = this.mem.ints;
    return startWatchdog({
      progress: () => progressSum(m, run.params.workers),
      paused: () => this.pausedFlag,
      onStall: (ms) => hooks.onStall(ms),
      stallMs: STALL_MS,
    });
  }
}
