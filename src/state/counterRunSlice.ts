// Counter run slice: the settings the run used, its trials as they finish, live summaries (~10 Hz).
import type { StateCreator } from 'zustand';
import type { CounterParams } from '../core/params/counterParams.ts';
import type { CounterTrial } from '../engine/counterResult.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import { engineForRun, loadEngine, loadedEngine } from './engines.ts';
import type { LabRun } from './labRun.ts';
import { counterRecord } from './runRecords.ts';
import type { AppState } from './store.ts';

export interface LiveSummary {
  readonly value: number;
  readonly ops: number;
  readonly opsPerSec: number;
}

export interface CounterRunSlice {
  /** The settings the current or last run used (the form may have changed since). */
  runParams: CounterParams | null;
  trials: CounterTrial[];
  live: LiveSummary | null;
  /** Slow-motion steps per second. */
  pace: number;
  runCounter: () => Promise<RunEnd>;
  setPace: (stepsPerSecond: number) => void;
  setLive: (live: LiveSummary) => void;
}

export const createCounterRunSlice: StateCreator<AppState, [], [], CounterRunSlice> = (set, get) => ({
  runParams: null,
  trials: [],
  live: null,
  pace: 4,
  runCounter: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = loadedEngine('counter') ?? (await engineForRun('counter'));
    if (!engine) return { status: 'stopped' };
    const params = get().counter;
    set({ runParams: params, trials: [], live: null });
    engine.setPace(get().pace);
    const outcome = await engine.run(params, {
      onTrial: (trial) => set((s) => ({ trials: [...s.trials, trial] })),
      onStall: (ms) => get().setStall(ms),
    });
    get().recordRun('counter', counterRecord(params, outcome.status, outcome.trials));
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
  setPace: (stepsPerSecond) => {
    loadedEngine('counter')?.setPace(stepsPerSecond);
    set({ pace: stepsPerSecond });
  },
  setLive: (live) => set({ live }),
});

export const COUNTER_RUN: LabRun = {
  start: (s) => s.runCounter(),
  preload: () => loadEngine('counter'),
  problem: () => null,
  stepping: (s) => s.status === 'running' && (s.runParams ?? s.counter).speed === 'slow',
};
