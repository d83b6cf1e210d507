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
import { Pacer } from './pacer.ts';
import { progressSum } from './counterSample.ts';
import { STALL_MS } from './runStatus.ts';
import { measureStartLine } from './startMeasure.ts';
import { startWatchdog } from './watchdog.ts';
import { WorkerCalls } from './workerCalls.ts';
import type { PooledWorker } from './workerPool.ts';
import { PooledEngine, type PooledRun } from './pooledEngine.ts';
import { counterModule, engineUsed, prepareCounterModule } from './wasmModules.ts';

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

interface ActiveRun extends PooledRun<CounterApi> {
  readonly params: CounterParams;
  readonly engine: EngineKind;
  readonly slots: readonly PooledWorker<CounterApi>[];
  pacer: Pacer | null;
}

export class CounterEngine extends PooledEngine<CounterApi, ActiveRun> {
  private memory: CounterMemory | null = null;
  private pace = 4;

  constructor(spawn: (name: string) => Worker = spawnCounterWorker) {
    super('counter', spawn);
    // Every run allocates its memory as the module's (either engine runs on it): compiled by then.
    void prepareCounterModule();
  }

  /**
   * Shared memory of the current (or last) run; allocated on first use. Where WebAssembly threads
   * run it is a shared WebAssembly memory (its buffer what every view reads), so that either
   * engine runs on it.
   */
  get mem(): CounterMemory {
    this.memory ??= allocateCounter(counterModule() ?? undefined);
    return this.memory;
  }

  /** Runs on `params.engine`; on JavaScript where WebAssembly threads cannot run (the outcome says which ran). */
  async run(params: CounterParams, hooks: CounterRunHooks, seed = 1): Promise<CounterRunOutcome> {
    const pressedAt = performance.now();
    const trials: CounterTrial[] = [];
    const engine = engineUsed(params.engine, this.mem.wasm ? counterModule() : null);
    resetCounter(this.mem);
    const started = await this.workers(params.workers);
    if (started.kind === 'failed') return { status: 'failed', trials, error: started.error, engine };
    if (started.kind === 'stopped') return { status: 'stopped', trials, engine };
    const run: ActiveRun = { params, engine, slots: started.slots, stopRequested: false, round: null, pacer: null };
    this.begin(run);
    // For the bench: Run to every worker past the start line (a reused pool makes it quick).
    void measureStartLine('counter', pressedAt, this.mem.ints, CounterSlot.barrier, params.workers);
    const stopWatchdog = this.watch(run, hooks);
    let error: string | undefined;
    for (let t = 0; t < params.trials && !run.stopRequested && error === undefined; t++) {
      const ended = await this.runTrial(run, t, seed + t);
      if ('error' in ended) error = ended.error;
      else {
        trials.push(ended.trial);
        hooks.onTrial(ended.trial);
      }
    }
    stopWatchdog();
    await this.end(run);
    if (error === undefined) return { status: run.stopRequested ? 'stopped' : 'done', trials, engine };
    return { status: run.stopRequested ? 'stopped' : 'failed', trials, error, engine };
  }

  /** In slow motion: let the workers take one tick of steps (works while paused). */
  override step(): void {
    this.active?.pacer?.tick();
  }

  setPace(stepsPerSecond: number): void {
    this.pace = stepsPerSecond;
    this.active?.pacer?.setPace(stepsPerSecond);
  }

  private async runTrial(run: ActiveRun, t: number, seed: number): Promise<{ trial: CounterTrial } | { error: string }> {
    const { params, slots } = run;
    const m = this.mem.ints;
    const wasm = run.engine === 'wasm' ? this.mem.wasm : undefined;
    resetCounter(this.mem);
    setControl(m, CounterSlot.control, this.paused && params.speed === 'full' ? Control.pause : Control.run);
    const dirs = dirsOf(params.dirs);
    const slow = params.speed === 'slow';
    if (slow) {
      run.pacer = new Pacer(m, params.workers, this.pace, seed);
      run.pacer.paused = this.paused;
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
    // Null results when Stop replaced workers that did not answer: the trial reports what they published.
    const { results, error } = await this.follow(run, round);
    run.pacer?.stop();
    run.pacer = null;
    if (error !== undefined) return { error };
    return { trial: summariseTrial(t + 1, results ?? this.publishedResults(params.workers), dirs, Atomics.load(m, CounterSlot.value)) };
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

  /** In slow motion the pacer holds the workers; at full speed, their control word. */
  protected signal(run: ActiveRun, word: keyof typeof Control): void {
    if (run.pacer && word !== 'stop') run.pacer.paused = word === 'pause';
    else setControl(this.mem.ints, CounterSlot.control, Control[word]);
  }

  /**
   * The stop word, and a wake for every word a worker may sleep on; a worker that does not see them
   * (stuck in a long system wait, or a bug) is replaced, and its trial reports what it had published.
   */
  protected wake(run: ActiveRun): void {
    run.pacer?.stop();
    const m = this.mem.ints;
    setControl(m, CounterSlot.control, Control.stop);
    Atomics.notify(m, CounterSlot.barrier);
    for (let i = 0; i < run.params.workers; i++) Atomics.notify(m, workerBase(i) + WorkerSlot.tokens);
  }

  private watch(run: ActiveRun, hooks: CounterRunHooks): () => void {
    const m = this.mem.ints;
    return startWatchdog({
      progress: () => progressSum(m, run.params.workers),
      paused: () => this.paused,
      onStall: (ms) => hooks.onStall(ms),
      stallMs: STALL_MS,
    });
  }
}
