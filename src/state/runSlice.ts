// Run slice: status of the run (test contract), its trials as they finish, live summaries (~10 Hz).
import type { StateCreator } from 'zustand';
import type { CounterParams } from '../core/params/counterParams.ts';
import type { CounterTrial } from '../engine/counterResult.ts';
import type { RunStatus } from '../engine/runStatus.ts';
import { counterEngine } from './engines.ts';
import type { AppState } from './store.ts';

export interface LiveSummary {
  readonly value: number;
  readonly ops: number;
  readonly opsPerSec: number;
}

export interface RunSlice {
  status: RunStatus;
  paused: boolean;
  /** The settings the current or last run used (the form may have changed since). */
  runParams: CounterParams | null;
  trials: CounterTrial[];
  error: string | null;
  stallMs: number;
  live: LiveSummary | null;
  pace: number;
  startRun: () => Promise<void>;
  stopRun: () => Promise<void>;
  togglePause: () => void;
  stepRun: () => void;
  setPace: (stepsPerSecond: number) => void;
  setLive: (live: LiveSummary) => void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  status: 'idle',
  paused: false,
  runParams: null,
  trials: [],
  error: null,
  stallMs: 0,
  live: null,
  pace: 4,
  startRun: async () => {
    const engine = counterEngine();
    if (engine.running) return;
    const params = get().counter;
    set({ status: 'running', paused: false, runParams: params, trials: [], error: null, stallMs: 0, live: null });
    engine.setPace(get().pace);
    const outcome = await engine.run(params, {
      onTrial: (trial) => set((s) => ({ trials: [...s.trials, trial] })),
      onStall: (ms) => set({ stallMs: ms }),
    });
    set({ status: outcome.status, paused: false, error: outcome.error ?? null, stallMs: 0 });
    get().recordRun(params, outcome.status, outcome.trials);
  },
  stopRun: async () => {
    await counterEngine().stop();
  },
  togglePause: () => {
    const engine = counterEngine();
    if (!engine.running) return;
    if (engine.paused) engine.resume();
    else engine.pause();
    set({ paused: engine.paused });
  },
  stepRun: () => counterEngine().step(),
  setPace: (stepsPerSecond) => {
    counterEngine().setPace(stepsPerSecond);
    set({ pace: stepsPerSecond });
  },
  setLive: (live) => set({ live }),
});
