// Litmus run slice: the settings the run used and the outcome tally it found (the live tally is read
// from shared memory by the view, never stored here).
import type { StateCreator } from 'zustand';
import type { LitmusParams } from '../core/params/litmusParams.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import type { LitmusRunResult } from '../engine/litmusResult.ts';
import { EngineLoader } from './engineLoader.ts';
import type { LabRun } from './labRun.ts';
import { litmusRecord } from './runRecords.ts';
import type { AppState } from './store.ts';

/** The lab's engine, loaded with the lab. */
export const litmusEngine = new EngineLoader(async () => new (await import('../engine/litmusEngine.ts')).LitmusEngine());

export interface LitmusRunSlice {
  /** The settings of the current or last run (the form may have changed since). */
  litmusRunParams: LitmusParams | null;
  /** After the run (also after Stop: what was counted); null while running. */
  litmusResult: LitmusRunResult | null;
  runLitmus: () => Promise<RunEnd>;
}

export const createLitmusRunSlice: StateCreator<AppState, [], [], LitmusRunSlice> = (set, get) => ({
  litmusRunParams: null,
  litmusResult: null,
  runLitmus: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = litmusEngine.loaded ?? (await litmusEngine.forRun());
    if (!engine) return { status: 'stopped' };
    const params = get().litmus;
    set({ litmusRunParams: params, litmusResult: null });
    const outcome = await engine.run(params, { onStall: (ms) => get().setStall(ms) });
    set({ litmusResult: outcome.result });
    get().recordRun('litmus', litmusRecord(params, outcome.status, outcome.result));
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
});

export const LITMUS_RUN: LabRun = {
  start: (s) => s.runLitmus(),
  engine: litmusEngine,
  problem: () => null,
};
