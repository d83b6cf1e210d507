// Queue run slice: the settings the run used, live summaries (~10 Hz), and the verified result.
import type { StateCreator } from 'zustand';
import type { QueueParams } from '../core/params/queueParams.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import type { QueueLive } from '../engine/queueLive.ts';
import type { QueueRunResult } from '../engine/queueResult.ts';
import { queueProblem } from '../core/params/queueParams.ts';
import { engineForRun, loadEngine, loadedEngine } from './engines.ts';
import type { LabRun } from './labRun.ts';
import { queueRecord } from './runRecords.ts';
import type { AppState } from './store.ts';

export interface QueueRunSlice {
  /** The settings of the current or last run (the form may have changed since). */
  queueRunParams: QueueParams | null;
  /** Counts and speed while the run goes; null before the first summary. */
  queueLive: QueueLive | null;
  /** After the run (also after Stop or a deadlock: what was verified); null while running. */
  queueResult: QueueRunResult | null;
  runQueue: () => Promise<RunEnd>;
}

export const createQueueRunSlice: StateCreator<AppState, [], [], QueueRunSlice> = (set, get) => ({
  queueRunParams: null,
  queueLive: null,
  queueResult: null,
  runQueue: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = loadedEngine('queue') ?? (await engineForRun('queue'));
    if (!engine) return { status: 'stopped' };
    const params = get().queue;
    set({ queueRunParams: params, queueLive: null, queueResult: null });
    const outcome = await engine.run(params, {
      onLive: (queueLive) => set({ queueLive }),
      onStall: (ms) => get().setStall(ms),
    });
    set({ queueResult: outcome.result });
    get().recordRun('queue', queueRecord(params, outcome.result));
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
});

export const QUEUE_RUN: LabRun = {
  start: (s) => s.runQueue(),
  preload: () => loadEngine('queue'),
  problem: (s) => queueProblem(s.queue),
};
