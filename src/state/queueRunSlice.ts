// Queue run slice: the settings the run used and the verified result (the live view reads shared memory, never the store).
import { queueDelayEstimate, queueProblem } from '../core/params/queueParams.ts';
import type { QueueRunResult } from '../engine/queueResult.ts';
import { EngineLoader } from './engineLoader.ts';
import { makeLabRun, type LabRunSlice } from './labRunSlice.ts';
import { queueRecord, ranOn } from './runRecords.ts';

/** The lab's engine, loaded with the lab. */
export const queueEngine = new EngineLoader(async () => new (await import('../engine/queueEngine.ts')).QueueEngine());

interface QueueFields {
  /** After the run (also after Stop or a deadlock: what was verified); null while running. */
  queueResult: QueueRunResult | null;
}

const FRESH: QueueFields = { queueResult: null };

export type QueueRunSlice = LabRunSlice<'queue', QueueFields>;

const made = makeLabRun({
  lab: 'queue',
  engine: queueEngine,
  fresh: FRESH,
  go: async (engine, params, { get }) => {
    const outcome = await engine.run(params, { onStall: (ms) => get().setStall(ms) });
    const ran = ranOn(params, outcome.engine);
    return { status: outcome.status, error: outcome.error, ran, fields: { queueResult: outcome.result }, record: queueRecord(ran, outcome.result) };
  },
  problem: (s) => queueProblem(s.queue),
  estimate: (s) => queueDelayEstimate(s.queue),
});

export const createQueueRunSlice = made.slice;
export const QUEUE_RUN = made.run;
