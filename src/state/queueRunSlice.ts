// Queue run slice: the settings the run used and the verified result (the live view reads shared memory, never the store).
import type { StateCreator } from 'zustand';
import type { QueueParams } from '../core/params/queueParams.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import type { QueueRunResult } from '../engine/queueResult.ts';
import { queueDelayEstimate, queueProblem } from '../core/params/queueParams.ts';
import { EngineLoader } from './engineLoader.ts';
import type { LabRun } from './labRun.ts';
import { queueRecord, ranOn } from './runRecords.ts';
import type { AppState } from './store.ts';

/** The lab's engine, loaded with the lab. */
export const queueEngine = new EngineLoader(async () => new (await import('../engine/queueEngine.ts')).QueueEngine());

export interface QueueRunSlice {
  /** The settings of the current or last run (the form may have changed since). */
  queueRunParams: QueueParams | null;
  /** After the run (also after Stop or a deadlock: what was verified); null while running. */
  queueResult: QueueRunResult | null;
  runQueue: () => Promise<RunEnd>;
}

export const createQueueRunSlice: StateCreator<AppState, [], [], QueueRunSlice> = (set, get) => ({
  queueRunParams: null,
  queueResult: null,
  runQueue: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = queueEngine.loaded ?? (await queueEngine.forRun());
    if (!engine) return { status: 'stopped' };
    const params = get().queue;
    set({ queueRunParams: params, queueResult: null });
    const outcome = await engine.run(params, { onStall: (ms) => get().setStall(ms) });
    const ran = ranOn(params, outcome.engine);
    set({ queueRunParams: ran, queueResult: outcome.result });
    get().recordRun('queue', queueRecord(ran, outcome.result));
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
});

export const QUEUE_RUN: LabRun = {
  start: (s) => s.runQueue(),
  engine: queueEngine,
  problem: (s) => queueProblem(s.queue),
  estimate: (s) => queueDelayEstimate(s.queue),
};
