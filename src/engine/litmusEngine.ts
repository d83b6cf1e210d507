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
} from '../core/litmus/index.ts';
import { litmusSpecOf, type LitmusParams } from '../core/params/litmusParams.ts';
import { Control, setControl } from '../core/shared/memory.ts';
import type { LitmusApi } from '../workers/litmusApi.ts';
import { spawnLitmusWorker } from '../workers/spawn.ts';
import { summariseLitmus, type LitmusRunResult } from './litmusResult.ts';
import { STALL_MS } from './runStatus.ts';
import { startWatchdog } from './watchdog.ts';
import { WorkerCalls } from './workerCalls.ts';
import { PooledEngine, type PooledRun } from './pooledEngine.ts';

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

type ActiveRun = PooledRun<LitmusApi>;

const ROLES = 2;

export class LitmusEngine extends PooledEngine<LitmusApi, ActiveRun> {
  private memory: LitmusMemory | null = null;

  constructor(spawn: (name: string) => Worker = spawnLitmusWorker) {
    super('litmus', spawn);
  }

  /** Shared memory of the current (or last) run; null before the first run. The view reads its tally each frame. */
  get mem(): LitmusMemory | null {
    return this.memory;
  }

  async run(params: LitmusParams, hooks: LitmusRunHooks = {}): Promise<LitmusRunOutcome> {
    const started = await this.workers(ROLES);
    if (started.kind === 'failed') return { status: 'failed', result: null, error: started.error };
    if (started.kind === 'stopped') return { status: 'stopped', result: null };
    this.memory ??= allocateLitmus();
    const mem = this.memory;
    resetLitmus(mem);
    setControl(mem.ints, LitmusSlot.control, Control.run);
    const jobs = litmusJobs(litmusSpecOf(params));
    const t0 = performance.now();
    const run: ActiveRun = { stopRequested: false, round: null };
    this.begin(run);
    const stopWatchdog = startWatchdog({
      progress: () => Atomics.load(mem.ints, LitmusSlot.tally),
      paused: () => this.paused,
      onStall: (ms) => hooks.onStall?.(ms),
      stallMs: STALL_MS,
    });
    // Null results when Stop had to replace a role that did not answer: the tally role 0 published stands.
    const { results, error } = await this.follow(run, new WorkerCalls(started.slots, (slot, i) => slot.remote.runLitmus(mem.buffer, jobs[i]!)));
    stopWatchdog();
    const wallMs = performance.now() - t0;
    await this.end(run);
    const status = error !== undefined ? 'failed' : run.stopRequested ? 'stopped' : 'done';
    const asked = jobs[0].iterations;
    const result = summariseLitmus(params.test, asked, results, readTally(mem.ints), wallMs, status !== 'done');
    return error === undefined ? { status, result } : { status, result, error };
  }

  /** Roles look at the control word between batches and while they meet. */
  protected signal(_run: ActiveRun, word: keyof typeof Control): void {
    if (this.memory) setControl(this.memory.ints, LitmusSlot.control, Control[word]);
  }

  protected wake(run: ActiveRun): void {
    this.signal(run, 'stop');
  }
}
