// Scaling run slice: the settings a sweep used, its points as they are measured (a few per second at
// most), and the finished result.
import { scalingProblem } from '../core/params/scalingParams.ts';
import type { MeasuredPoint, ScalingRunResult } from '../engine/scalingResult.ts';
import { EngineLoader } from './engineLoader.ts';
import { makeLabRun, type LabRunSlice } from './labRunSlice.ts';
import { scalingRecord } from './runRecords.ts';

/** The lab's engine, loaded with the lab. */
export const scalingEngine = new EngineLoader(async () => new (await import('../engine/scalingEngine.ts')).ScalingEngine());

interface ScalingFields {
  /** Points measured so far by the current sweep, or all of the last one's. */
  scalingPoints: readonly MeasuredPoint[];
  /** Pause has taken effect: the point in progress ended and the sweep waits for Resume. */
  scalingHeld: boolean;
  /** After the sweep (also after Stop: the points measured until then); null while sweeping. */
  scalingResult: ScalingRunResult | null;
}

const FRESH: ScalingFields = { scalingPoints: [], scalingHeld: false, scalingResult: null };

export type ScalingRunSlice = LabRunSlice<'scaling', ScalingFields>;

const made = makeLabRun({
  lab: 'scaling',
  engine: scalingEngine,
  fresh: FRESH,
  // What the sweep will measure here: its plan draws the progress and the charts.
  prepare: (engine, open) => engine.runnable(open),
  go: async (engine, params, { get, update }) => {
    const outcome = await engine.run(params, get().platform.cores, {
      onPoint: (point) => update((f) => ({ scalingPoints: [...f.scalingPoints, point] })),
      onHold: (held) => update(() => ({ scalingHeld: held })),
    });
    const fields = { scalingResult: outcome.result, scalingPoints: outcome.result.points, scalingHeld: false };
    return { status: outcome.status, error: outcome.error, fields, record: scalingRecord(params, outcome.status, outcome.result) };
  },
  problem: (s) => scalingProblem(s.scaling, s.platform.cores),
});

export const createScalingRunSlice = made.slice;
export const SCALING_RUN = made.run;
