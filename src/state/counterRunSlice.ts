// Counter run slice: the settings the run used and its trials as they finish (the live view reads shared memory, never the store).
import type { StateCreator } from 'zustand';
import type { CounterParams } from '../core/params/counterParams.ts';
import type { CounterTrial } from '../engine/counterResult.ts';
import type { RunEnd } from '../engine/labEngine.ts';
import { EngineLoader } from './engineLoader.ts';
import type { LabRun } from './labRun.ts';
import { counterRecord, ranOn } from './runRecords.ts';
import type { AppState } from './store.ts';

/** The lab's engine, loaded with the lab. */
export const counterEngine = new EngineLoader(async () => new (await import('../engine/counterEngine.ts')).CounterEngine());

export interface CounterRunSlice {
  /** The settings the current or last run used (the form may have changed since). */
  runParams: CounterParams | null;
  trials: CounterTrial[];
  /** Slow-motion steps per second. */
  pace: number;
  runCounter: () => Promise<RunEnd>;
  setPace: (stepsPerSecond: number) => void;
}

export const createCounterRunSlice: StateCreator<AppState, [], [], CounterRunSlice> = (set, get) => ({
  runParams: null,
  trials: [],
  pace: 4,
  runCounter: async () => {
    // Without an await when the engine exists: a run that reuses its pool sends its jobs at once.
    const engine = counterEngine.loaded ?? (await counterEngine.forRun());
    if (!engine) return { status: 'stopped' };
    const params = get().counter;
    set({ runParams: params, trials: [] });
    engine.setPace(get().pace);
    const outcome = await engine.run(params, {
      onTrial: (trial) => set((s) => ({ trials: [...s.trials, trial] })),
      onStall: (ms) => get().setStall(ms),
    });
    const ran = ranOn(params, outcome.engine);
    set({ runParams: ran });
    get().recordRun('counter', counterRecord(ran, outcome.status, outcome.trials));
    return outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, error: outcome.error };
  },
  setPace: (stepsPerSecond) => {
    counterEngine.loaded?.setPace(stepsPerSecond);
    set({ pace: stepsPerSecond });
  },
});

export const COUNTER_RUN: LabRun = {
  start: (s) => s.runCounter(),
  engine: counterEngine,
  problem: () => null,
  stepping: (s) => s.status === 'running' && (s.runParams ?? s.counter).speed === 'slow',
};
