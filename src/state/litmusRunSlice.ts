// Litmus run slice: the settings the run used and the outcome tally it found (the live tally is read
// from shared memory by the view, never stored here).
import type { LitmusRunResult } from '../engine/litmusResult.ts';
import { EngineLoader } from './engineLoader.ts';
import { makeLabRun, type LabRunSlice } from './labRunSlice.ts';
import { litmusRecord } from './runRecords.ts';

/** The lab's engine, loaded with the lab. */
export const litmusEngine = new EngineLoader(async () => new (await import('../engine/litmusEngine.ts')).LitmusEngine());

interface LitmusFields {
  /** After the run (also after Stop: what was counted); null while running. */
  litmusResult: LitmusRunResult | null;
}

const FRESH: LitmusFields = { litmusResult: null };

export type LitmusRunSlice = LabRunSlice<'litmus', LitmusFields>;

const made = makeLabRun({
  lab: 'litmus',
  engine: litmusEngine,
  fresh: FRESH,
  go: async (engine, params, { get }) => {
    const outcome = await engine.run(params, { onStall: (ms) => get().setStall(ms) });
    return { status: outcome.status, error: outcome.error, fields: { litmusResult: outcome.result }, record: litmusRecord(params, outcome.status, outcome.result) };
  },
  problem: () => null,
});

export const createLitmusRunSlice = made.slice;
export const LITMUS_RUN = made.run;
