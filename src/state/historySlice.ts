// History slice: the last runs of this visit, newest first, to compare modes side by side.
import type { StateCreator } from 'zustand';
import type { CounterParams } from '../core/params/counterParams.ts';
import type { CounterTrial } from '../engine/counterResult.ts';
import type { RunStatus } from '../engine/runStatus.ts';
import type { AppState } from './store.ts';

export interface RunRecord {
  readonly id: number;
  readonly params: CounterParams;
  readonly status: RunStatus;
  readonly trials: number;
  /** Trials that ended exactly on the expected total. */
  readonly exact: number;
  readonly lost: number;
  readonly throughput: number;
}

export const HISTORY_LENGTH = 12;

export interface HistorySlice {
  history: RunRecord[];
  recordRun: (params: CounterParams, status: RunStatus, trials: readonly CounterTrial[]) => void;
  clearHistory: () => void;
}

let nextId = 1;

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set) => ({
  history: [],
  recordRun: (params, status, trials) => {
    if (trials.length === 0) return;
    const record: RunRecord = {
      id: nextId++,
      params,
      status,
      trials: trials.length,
      exact: trials.filter((t) => t.lost === 0).length,
      lost: trials.reduce((sum, t) => sum + t.lost, 0),
      throughput: Math.round(trials.reduce((sum, t) => sum + t.throughput, 0) / trials.length),
    };
    set((s) => ({ history: [record, ...s.history].slice(0, HISTORY_LENGTH) }));
  },
  clearHistory: () => set({ history: [] }),
});
