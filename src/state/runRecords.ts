// What the history keeps of one run in each lab: the settings it used and the figures worth comparing.
import type { CounterParams } from '../core/params/counterParams.ts';
import type { LitmusParams } from '../core/params/litmusParams.ts';
import type { QueueParams } from '../core/params/queueParams.ts';
import type { CounterTrial } from '../engine/counterResult.ts';
import type { LitmusRunOutcome } from '../engine/litmusEngine.ts';
import type { LitmusRunResult } from '../engine/litmusResult.ts';
import type { QueueRunResult, QueueRunStatus } from '../engine/queueResult.ts';
import type { RunStatus } from '../engine/runStatus.ts';
import type { ScalingParams } from '../core/params/scalingParams.ts';
import type { EngineKind } from '../core/wasm/engines.ts';
import { headlineRatio, sharingRatios, type ScalingRunResult } from '../engine/scalingResult.ts';

export interface CounterRunRecord {
  readonly params: CounterParams;
  readonly status: RunStatus;
  readonly trials: number;
  /** Trials that ended exactly on the expected total. */
  readonly exact: number;
  readonly lost: number;
  readonly throughput: number;
}

export interface QueueRunRecord {
  readonly params: QueueParams;
  readonly status: QueueRunStatus;
  readonly produced: number;
  readonly consumed: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly left: number;
  /** Items consumed per second. */
  readonly throughput: number;
}

export interface LitmusRunRecord {
  readonly params: LitmusParams;
  /** `stopped` also when the run ended short of the iterations asked. */
  readonly status: LitmusRunOutcome['status'];
  readonly counted: number;
  /** Iterations that gave the outcome sequential consistency forbids. */
  readonly forbidden: number;
  /** `forbidden` over `counted`, from 0 to 1; null when nothing was counted. */
  readonly forbiddenShare: number | null;
}

export interface ScalingRunRecord {
  readonly params: ScalingParams;
  readonly status: RunStatus;
  readonly measured: number;
  readonly planned: number;
  /** The best throughput of any point, per second. */
  readonly best: number;
  /** Padded over adjacent counters at the headline worker count; null without the false-sharing points. */
  readonly sharing: number | null;
}

/**
 * The settings as they ran: the engine the run really used (JavaScript where WebAssembly threads
 * cannot run), so that the history, the download and its link say what was measured.
 */
export function ranOn<P extends { readonly engine: EngineKind }>(params: P, engine: EngineKind): P {
  return params.engine === engine ? params : { ...params, engine };
}

/** The record of a Counter run, or null for a run that finished no trial. */
export function counterRecord(params: CounterParams, status: RunStatus, trials: readonly CounterTrial[]): CounterRunRecord | null {
  if (trials.length === 0) return null;
  return {
    params,
    status,
    trials: trials.length,
    exact: trials.filter((t) => t.lost === 0).length,
    lost: trials.reduce((sum, t) => sum + t.lost, 0),
    throughput: Math.round(trials.reduce((sum, t) => sum + t.throughput, 0) / trials.length),
  };
}

/** The record of a Queue run, or null for one that ended before its workers started (nothing was verified). */
export function queueRecord(params: QueueParams, result: QueueRunResult | null): QueueRunRecord | null {
  if (!result) return null;
  const v = result.verdict;
  return {
    params,
    status: result.status,
    produced: v.produced,
    consumed: v.consumed,
    lost: v.lost,
    duplicated: v.duplicated,
    left: v.left,
    throughput: result.throughput,
  };
}

/** The record of a Litmus run, or null for one that ended before its workers started. */
export function litmusRecord(params: LitmusParams, status: LitmusRunOutcome['status'], result: LitmusRunResult | null): LitmusRunRecord | null {
  if (!result) return null;
  return {
    params,
    status: status === 'done' && result.stopped ? 'stopped' : status,
    counted: result.counted,
    forbidden: result.relaxed,
    forbiddenShare: result.counted > 0 ? result.relaxed / result.counted : null,
  };
}

/** The record of a sweep, or null for one that measured no point. */
export function scalingRecord(params: ScalingParams, status: RunStatus, result: ScalingRunResult): ScalingRunRecord | null {
  if (result.points.length === 0) return null;
  return {
    params,
    status,
    measured: result.points.length,
    planned: result.planned,
    best: Math.max(...result.points.map((p) => p.throughput)),
    sharing: headlineRatio(sharingRatios(result.points), result.cores)?.ratio ?? null,
  };
}
