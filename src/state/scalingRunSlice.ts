// Scaling run slice: the settings a sweep used, its points as they are measured (a few per second at
// most), and the finished result.
import type { StateCreator } from 'zustand';
import type { ScalingParams } from '../core/params/scalingParams.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import type { MeasuredPoint, ScalingRunResult } from '../engine/scalingResult.ts';
import { scalingProblem } from '../core/params/scalingParams.ts';
import { EngineLoader } from './engineLoader.ts';
import type { LabRun } from './labRun.ts';
import { scalingRecord } from './runRecords.ts';
import type { AppState } from './store.ts';

/** The lab's engine, loaded with the lab. */
export const scalingEngine = new EngineLoader(async () => new (await import('../engine/scalingEngine.ts')).ScalingEngine());

export interface ScalingRunSlice {
  /** The settings of the current or last sweep (the form may have changed since). */
  scalingRunParams: ScalingParams | null;
  /** Points measured so far by the current sweep, or all of the last one's. */
  scalingPoints: readonly MeasuredPoint[];
  /** Pause has taken effect: the point in progress ended and the sweep waits for Resume. */
  scalingHeld: boolean;
  /** After the sweep (also after Stop: the points measured until then); null while sweeping. */
  scalingResult: ScalingRunResult | null;
  runScaling: () => Promise<RunEnd>;
}

export const createScalingRunSlice: StateCreator<AppState, [], [], ScalingRunSlice> = (set, get) => ({
  scalingRunParams: null,
  scalingPoints: [],
  scalingHeld: false,
  scalingResult: null,
  runScaling: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = scalingEngine.loaded ?? (await scalingEngine.forRun());
    if (!engine) return { status: 'stopped' };
    // What the sweep will measure here: its plan draws the progress and the charts.
    const params = engine.runnable(get().scaling);
    set({ scalingRunParams: params, scalingPoints: [], scalingHeld: false, scalingResult: null });
    const outcome = await engine.run(params, get().platform.cores, {
      onPoint: (point) => set((s) => ({ scalingPoints: [...s.scalingPoints, point] })),
      onHold: (held) => set({ scalingHeld: held }),
    });
    set({ scalingResult: outcome.result, scalingPoints: outcome.result.points, scalingHeld: false });
    get().recordRun('scaling', scalingRecord(params, outcome.status, outcome.result));
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
});

export const SCALING_RUN: LabRun = {
  start: (s) => s.runScaling(),
  engine: scalingEngine,
  problem: (s) => scalingProblem(s.scaling, s.platform.cores),
};
