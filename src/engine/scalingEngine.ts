// The Scaling lab's sweep on the main thread: one timed point after another (a counter mode, a queue
// kind or a false-sharing layout at some worker count), each on pooled workers released together
// from a start line; pause between points, stop at any moment (cooperatively, then by replacing the
// workers that do not answer), and the measured points as they come.
import { allocateCounter, CounterSlot, resetCounter, type CounterMemory } from '../core/counter/counterLayout.ts';
import { DEFAULT_QUEUE, type QueueParams } from '../core/params/queueParams.ts';
import { resolvedUpto, sweepOf, type ScalingParams } from '../core/params/scalingParams.ts';
import { allocateSharing, resetSharing, SharingSlot, type SharingMemory } from '../core/scaling/sharingLayout.ts';
import type { SweepPoint } from '../core/scaling/sweepPlan.ts';
import { Control, setControl } from '../core/shared/memory.ts';
import type { EngineKind } from '../core/wasm/engines.ts';
import type { WasmCode } from '../core/wasm/wasmThreads.ts';
import type { ScalingApi } from '../workers/scalingApi.ts';
import { spawnQueueWorker, spawnScalingWorker } from '../workers/spawn.ts';
import { QueueEngine } from './queueEngine.ts';
import { lostUpdates, measureTimed, type MeasuredPoint, type ScalingRunResult } from './scalingResult.ts';
import { PooledEngine, type PooledRun } from './pooledEngine.ts';
import { messageOf } from './runStart.ts';
import { WorkerCalls } from './workerCalls.ts';
import { counterModule, prepareCounterModule, sweepEngineUsed } from './wasmModules.ts';

export interface ScalingRunHooks {
  /** A point was measured: `done` of `total` points so far. */
  onPoint?(point: MeasuredPoint, done: number, total: number): void;
  /** Pause took effect (true: no point is running, the sweep waits) or was lifted (false). */
  onHold?(held: boolean): void;
}

export interface ScalingRunOutcome {
  readonly status: 'done' | 'stopped' | 'failed';
  readonly result: ScalingRunResult;
  readonly error?: string;
}

/** A point may overrun its time by this much (a preempted lock holder) before it is ended by force. */
const OVERRUN_MS = 5000;
/**
 * Queue points use the ring size the benchmarks use, so that a lock-free ring is not throttled by
 * a full or empty ring at every other item, and enough items per producer that the fastest kind at
 * one producer is still busy when the point's time is up.
 */
const QUEUE_CAPACITY = 1024;
const QUEUE_ITEMS_PER_MS = 20_000;

/** A sweep: Stop asked, the round of the point in progress and the control word that stops it. */
interface Sweep extends PooledRun<ScalingApi> {
  point: { readonly ints: Int32Array; readonly control: number } | null;
}

export class ScalingEngine extends PooledEngine<ScalingApi, Sweep> {
  /** Queue points run the Queue lab's own engine, on workers of their own. */
  readonly queues: QueueEngine;
  private counterMem: CounterMemory | null = null;
  private sharingMem: SharingMemory | null = null;
  private resumed: (() => void) | null = null;
  private queuePoint = false;

  constructor(spawn: (name: string) => Worker = spawnScalingWorker, spawnQueue: (name: string) => Worker = spawnQueueWorker) {
    super('scaling', spawn);
    this.queues = new QueueEngine(spawnQueue);
    void prepareCounterModule();
  }

  /** True while the workers of a point are running (false between points, and while held by Pause). */
  get pointInProgress(): boolean {
    return (this.active?.point ?? null) !== null || this.queuePoint;
  }

  /** The settings as a sweep runs them here: on JavaScript alone where WebAssembly threads cannot run. */
  runnable(params: ScalingParams): ScalingParams {
    const engine = sweepEngineUsed(params.engine);
    return engine === params.engine ? params : { ...params, engine };
  }

  /** Runs every point of the sweep in order (of `runnable(params)`); `cores` is what the page reports, for the `upto=0` default. */
  async run(asked: ScalingParams, cores: number, hooks: ScalingRunHooks = {}): Promise<ScalingRunOutcome> {
    if (this.running) throw new Error('a sweep is already in progress');
    const params = this.runnable(asked);
    const plan = sweepOf(params, cores);
    const points: MeasuredPoint[] = [];
    const sweep: Sweep = { stopRequested: false, round: null, point: null };
    const result = (): ScalingRunResult => ({
      cores,
      upto: resolvedUpto(params, cores),
      ms: params.ms,
      points: [...points],
      planned: plan.length,
      stopped: stopAsked(sweep),
    });
    if (plan.length === 0) return { status: 'failed', result: result(), error: 'Choose at least one counter mode, queue kind or the false-sharing experiment.' };
    this.begin(sweep);
    try {
      for (const p of plan) {
        await this.whilePaused(sweep, hooks);
        if (stopAsked(sweep)) break;
        const measured = await this.measure(sweep, p, params.ms);
        // A point cut short by Stop is not a measurement of the asked time: it is dropped.
        if (stopAsked(sweep) || measured === null) break;
        points.push(measured);
        hooks.onPoint?.(measured, points.length, plan.length);
      }
    } catch (e) {
      return { status: 'failed', result: result(), error: messageOf(e) };
    } finally {
      await this.end(sweep);
    }
    return { status: stopAsked(sweep) ? 'stopped' : 'done', result: result() };
  }

  /** Ends the sweep: the point in progress stops within STOP_GRACE_MS, or its workers are replaced. */
  override async stop(): Promise<void> {
    await Promise.all([super.stop(), this.queuePoint ? this.queues.stop() : undefined]);
  }

  override dispose(): void {
    super.dispose();
    this.queues.dispose();
  }

  /**
   * Pause holds the sweep after the point in progress: a timed point is not interrupted, so its number
   * stays true. Resume lets the sweep go on; stop ends the point in progress.
   */
  protected signal(sweep: Sweep, word: keyof typeof Control): void {
    if (word === 'run') this.release();
    if (word === 'stop' && sweep.point) setControl(sweep.point.ints, sweep.point.control, Control.stop);
  }

  protected wake(sweep: Sweep): void {
    this.release();
    this.signal(sweep, 'stop');
  }

  private release(): void {
    this.resumed?.();
    this.resumed = null;
  }

  /** Paused and not stopped: read through a call, since Pause and Stop change it while the sweep awaits. */
  private holding(sweep: Sweep): boolean {
    return this.paused && !sweep.stopRequested;
  }

  private async whilePaused(sweep: Sweep, hooks: ScalingRunHooks): Promise<void> {
    if (!this.holding(sweep)) return;
    hooks.onHold?.(true);
    while (this.holding(sweep)) {
      await new Promise<void>((resolve) => {
        this.resumed = resolve;
      });
    }
    hooks.onHold?.(false);
  }

  private measure(sweep: Sweep, p: SweepPoint, ms: number): Promise<MeasuredPoint | null> {
    if (p.series.kind === 'queue') return this.measureQueue(p, p.series, ms);
    return this.measureTimed(sweep, p, ms);
  }

  private async measureQueue(p: SweepPoint, series: { queue: QueueParams['queue']; engine: EngineKind }, ms: number): Promise<MeasuredPoint | null> {
    const params: QueueParams = {
      ...DEFAULT_QUEUE,
      queue: series.queue,
      engine: series.engine,
      producers: p.producers,
      consumers: p.consumers,
      capacity: QUEUE_CAPACITY,
      items: Math.min(10_000_000, Math.ceil((ms * QUEUE_ITEMS_PER_MS) / p.producers)),
      shutdown: 'close',
      produceMs: 0,
      consumeMs: 0,
    };
    this.queuePoint = true;
    // The sweep's own clock ends the point: Stop on the queue engine is its cooperative stop word.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = this.queues.run(params, {
      // The point's time counts from the first item seen taken: on a busy machine the workers may
      // take a while to be scheduled at all, and a point that ends before any item moved measures
      // the scheduler, not the queue. The throughput itself is over the workers' own clocks.
      onLive: (live) => {
        if (timer === undefined && live.consumed > 0) timer = setTimeout(() => void this.queues.stop(), ms);
      },
    });
    // Should no item ever move (a broken kind), the point still ends.
    const backstop = setTimeout(() => void this.queues.stop(), ms + OVERRUN_MS);
    try {
      const out = await run;
      // Stopped before its workers were ready: nothing was measured.
      if (out.result === null && out.status === 'stopped') return null;
      if (out.status === 'failed' || out.result === null) throw new Error(out.error ?? 'a queue point failed');
      const r = out.result;
      const note =
        out.status === 'deadlocked' ? (r.diagnosis ?? 'deadlocked') : r.verdict.consumed === 0 ? `no item was taken in ${(ms + OVERRUN_MS) / 1000} s` : undefined;
      const point: MeasuredPoint = { ...p, ops: r.verdict.consumed, elapsedMs: r.elapsedMs, throughput: r.throughput };
      return note === undefined ? point : { ...point, note };
    } finally {
      clearTimeout(timer);
      clearTimeout(backstop);
      this.queuePoint = false;
    }
  }

  private async measureTimed(sweep: Sweep, p: SweepPoint, ms: number): Promise<MeasuredPoint | null> {
    const started = await this.workers(p.workers, sweep);
    if (started.kind === 'failed') throw new Error(started.error);
    if (started.kind === 'stopped' || stopAsked(sweep)) return null;
    const { ints, buffer, control, wasm } = this.prepare(p);
    setControl(ints, control, Control.run);
    sweep.point = { ints, control };
    const round = new WorkerCalls(started.slots, (slot, index) => {
      const job = { index, workers: p.workers, ms };
      if (p.series.kind === 'sharing') return slot.remote.runSharingPoint(buffer, { ...job, layout: p.series.layout });
      if (p.series.kind === 'counter') return slot.remote.runCounterPoint(buffer, { ...job, sync: p.series.mode }, wasm);
      return Promise.reject(new Error('queue points run on the queue engine'));
    });
    const overrun = setTimeout(() => void this.halt(sweep), ms + OVERRUN_MS);
    // One worker failing ends the point for all: the others would wait at the start line.
    const { results, error } = await this.follow(sweep, round);
    clearTimeout(overrun);
    await round.halted();
    setControl(ints, control, Control.stop);
    sweep.point = null;
    sweep.round = null;
    if (error !== undefined) throw new Error(error);
    if (results === null) {
      if (stopAsked(sweep)) return null;
      throw new Error(`a point of ${p.workers} workers did not end within ${OVERRUN_MS / 1000} s of its time`);
    }
    const measured = measureTimed(p, results);
    return p.series.kind === 'counter' ? { ...measured, lost: lostUpdates(measured.ops, Atomics.load(ints, CounterSlot.value)) } : measured;
  }

  /**
   * The memory of a point's kind, zeroed. Counter points share one memory, a WebAssembly one where
   * its threads run (both engines' kernels work on it); `wasm` is set for a WebAssembly point.
   */
  private prepare(p: SweepPoint): { ints: Int32Array; buffer: SharedArrayBuffer; control: number; wasm?: WasmCode } {
    if (p.series.kind === 'sharing') {
      this.sharingMem ??= allocateSharing();
      resetSharing(this.sharingMem);
      return { ...this.sharingMem, control: SharingSlot.control };
    }
    this.counterMem ??= allocateCounter(counterModule() ?? undefined);
    resetCounter(this.counterMem);
    const { ints, buffer } = this.counterMem;
    if (p.series.kind !== 'counter' || p.series.engine !== 'wasm') return { ints, buffer, control: CounterSlot.control };
    if (!this.counterMem.wasm) throw new Error('WebAssembly threads cannot run on this page');
    return { ints, buffer, control: CounterSlot.control, wasm: this.counterMem.wasm };
  }

}

/** Stop asked: read through a call, since Stop sets it while the sweep awaits, which flow analysis cannot see. */
function stopAsked(sweep: Sweep): boolean {
  return sweep.stopRequested;
}
