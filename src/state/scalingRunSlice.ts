// Scaling run slice: the settings a sweep used, its points as they are measured (a few per second at
// most), its progress, and the finished result.
import type { StateCreator } from 'zustand';
import type { ScalingParams } from '../core/params/scalingParams.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import type { MeasuredPoint, ScalingRunResult } from '../engine/scalingResult.ts';
import { scalingProblem } from '../core/params/scalingParams.ts';
import { engineForRun, loadEngine, loadedEngine } from './engines.ts';
import type { LabRun } from './labRun.ts';
import type { AppState } from './store.ts';

export interface ScalingProgress {
  readonly done: number;
  readonly total: number;
}

export interface ScalingRunSlice {
  /** The settings of the current or last sweep (the form may have changed since). */
  scalingRunParams: ScalingParams | null;
  /** Points measured so far by the current sweep, or all of the last one's. */
  scalingPoints: readonly MeasuredPoint[];
  scalingProgress: ScalingProgress | null;
  /** Pause has taken effect: the point in progress ended and the sweep waits for Resume. */
  scalingHeld: boolean;
  /** After the sweep (also after Stop: the points measured until then); null while sweeping. */
  scalingResult: ScalingRunResult | null;
  runScaling: () => Promise<RunEnd>;
}

/** The cores the page may use: what the sweep's `upto=0` default doubles. */
export function pageCores(): number {
  return typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
}

export const createScalingRunSlice: StateCreator<AppState, [], [], ScalingRunSlice> = (set, get) => ({
  scalingRunParams: null,
  scalingPoints: [],
  scalingProgress: null,
  scalingHeld: false,
  scalingResult: null,
  runScaling: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = loadedEngine('scaling') ?? (await engineForRun('scaling'));
    if (!engine) return { status: 'stopped' };
    const params = get().scaling;
    set({ scalingRunParams: params, scalingPoints: [], scalingProgress: null, scalingHeld: false, scalingResult: null });
    const outcome = await engine.run(params, pageCores(), {
      onPoint: (point, done, total) => set((s) => ({ scalingPoints: [...s.scalingPoints, point], scalingProgress: { done, total } })),
      onHold: (held) => set({ scalingHeld: held }),
    });
    set({ scalingResult: outcome.result, scalingPoints: outcome.result.points, scalingHeld: false });
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
});

export const SCALING_RUN: LabRun = {
  start: (s) => s.runScaling(),
  preload: () => loadEngine('scaling'),
  problem: (s) => scalingProblem(s.scaling, pageCores()),
};
