// The Litmus lab's run lifecycle on the main thread: two pooled workers race one litmus test over
// one shared buffer; pause, stop (cooperatively, then by replacing the workers), watch for a run
// that makes no progress, and collect the outcome tally.
import {
  allocateLitmus,
  litmusJobs,
  LitmusSlot,
  readTally,
  resetLitmus,
  type LitmusMemory,
  type LitmusWorkerResult,
} from '../core/litmus/index.ts';
import { litmusSpecOf, type LitmusParams } from '../core/params/litmusParams.ts';
import { Control, setControl } from '../core/shared/memory.ts';
import type { LitmusApi } from '../workers/litmusApi.ts';
import { spawnLitmusWorker } from '../workers/spawn.ts';
import type { LabEngine } from './labEngine.ts';
import { summariseLitmus, type LitmusRunResult } from './litmusResult.ts';
import { STALL_MS } from './runStatus.ts';
import { startWatchdog } from './watchdog.ts';
import { WorkerCalls } from './workerCalls.ts';
import { messageOf, RunStart } from './runStart.ts';
import { WorkerPool } from './workerPool.ts';

export interface LitmusRunHooks {
  /** The watchdog saw no progress for this many milliseconds (0 when progress resumes). */
  onStall?(ms: number): void;
}

export interface LitmusRunOutcome {
  readonly status: 'done' | 'stopped' | 'failed';
  /** Null when no worker started. */
  readonly result: LitmusRunResult | null;
  readonly error?: string;
}

interface ActiveRun {
  readonly calls: WorkerCalls<LitmusApi, LitmusWorkerResult>;
  stopRequested: boolean;
}

const ROLES = 2;

export class LitmusEngine implements LabEngine {
  readonly pool: WorkerPool<LitmusApi>;
  private memory: LitmusMemory | null = null;
  private active: ActiveRun | null = null;
  private pausedFlag = false;
  private readonly starting = new RunStart();

  constructor(spawn: (name: string) => Worker = spawnLitmusWorker) {
    this.pool = new WorkerPool<LitmusApi>('litmus', spawn);
  }

  /** Shared memory of the current (or last) run; null before the first run. The view reads its tally each frame. */
  get mem(): LitmusMemory | null {
    return this.memory;
  }

  get running(): boolean {
    return this.active !== null || this.starting.waiting;
  }

  get paused(): boolean {
    return this.pausedFlag;
  }

  async run(params: LitmusParams, hooks: LitmusRunHooks = {}): Promise<LitmusRunOutcome> {
    if (this.running) throw new Error('a run is already in progress');
    const started = await this.starting.workers(this.pool, ROLES);
    if (started.kind === 'failed') return { status: 'failed', result: null, error: started.error };
    if (started.kind === 'stopped') return { status: 'stopped', result: null };
    const slots = started.slots;
    this.memory ??= allocateLitmus();
    const mem = this.memory;
    resetLitmus(mem);
    setControl(mem.ints, LitmusSlot.control, Control.run);
    const jobs = litmusJobs(litmusSpecOf(params));
    const t0 = performance.now();
    const calls = new WorkerCalls(slots, (slot, i) => slot.remote.runLitmus(mem.buffer, jobs[i]!));
    const run: ActiveRun = { calls, stopRequested: false };
    this.active = run;
    this.pausedFlag = false;
    const stopWatchdog = startWatchdog({
      progress: () => Atomics.load(mem.ints, LitmusSlot.tally),
      paused: () => this.pausedFlag,
      onStall: (ms) => hooks.onStall?.(ms),
      stallMs: STALL_MS,
    });
    let workers: LitmusWorkerResult[] | null = null;
    let error: string | undefined;
    try {
      // Null when Stop had to replace a role that did not answer: the tally role 0 published stands.
      workers = await calls.results();
    } catch (e) {
      // One role failed: its partner would wait at the next meeting forever, so the run ends for both.
      error = messageOf(e);
      await this.halt(run);
    } finally {
      stopWatchdog();
    }
    const wallMs = performance.now() - t0;
    await calls.halted();
    setControl(mem.ints, LitmusSlot.control, Control.stop);
    this.active = null;
    this.pausedFlag = false;
    const status = error !== undefined ? 'failed' : run.stopRequested ? 'stopped' : 'done';
    const asked = jobs[0].iterations;
    const result = summariseLitmus(params.test, asked, workers, readTally(mem.ints), wallMs, status !== 'done');
    return error === undefined ? { status, result } : { status, result, error };
  }

  /** Ends the run: cooperatively within STOP_GRACE_MS, else by replacing the roles that did not answer. */
  async stop(): Promise<void> {
    this.starting.stop();
    const run = this.active;
    if (!run) return;
    run.stopRequested = true;
    await this.halt(run);
  }

  pause(): void {
    if (!this.active || this.pausedFlag || !this.memory) return;
    this.pausedFlag = true;
    setControl(this.memory.ints, LitmusSlot.control, Control.pause);
  }

  resume(): void {
    if (!this.active || !this.pausedFlag || !this.memory) return;
    this.pausedFlag = false;
    setControl(this.memory.ints, LitmusSlot.control, Control.run);
  }

  /** A litmus run has no slow motion: each race is over in nanoseconds. */
  step(): void {
    // Nothing to step.
  }

  dispose(): void {
    this.pool.dispose();
  }

  /** Roles look at the stop word between batches and while they meet; one that does not answer in time is replaced. */
  private halt(run: ActiveRun): Promise<void> {
    return run.calls.halt(this.pool, () => {
      if (this.memory) setControl(this.memory.ints, LitmusSlot.control, Control.stop);
    });
  }
}
