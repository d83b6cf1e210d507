// RunsByLab slice: the last runs of this visit in each lab that runs, newest first, to compare settings side by side.
import type { StateCreator } from 'zustand';
import type { PythonRunRecord } from './pythonRunRecord.ts';
import type { CounterRunRecord, LitmusRunRecord, QueueRunRecord, ScalingRunRecord } from './runRecords.ts';
import type { AppState } from './store.ts';

/** What one run of each lab leaves in the history. */
export interface RunRecords {
  readonly counter: CounterRunRecord;
  readonly queue: QueueRunRecord;
  readonly litmus: LitmusRunRecord;
  readonly scaling: ScalingRunRecord;
  readonly python: PythonRunRecord;
}

export type HistoryLab = keyof RunRecords;

/** A record as the history keeps it: with an id that no other record of this visit has (a React key). */
export type Recorded<L extends HistoryLab> = RunRecords[L] & { readonly id: number };

export type RunsByLab = { readonly [L in HistoryLab]: readonly Recorded<L>[] };

export const HISTORY_LENGTH = 12;

export interface HistorySlice {
  history: RunsByLab;
  /** Puts a run first in its lab's list (a null record, a run that left nothing to compare, is skipped). */
  recordRun: <L extends HistoryLab>(lab: L, record: RunRecords[L] | null) => void;
  clearHistory: (lab: HistoryLab) => void;
}

const EMPTY: RunsByLab = { counter: [], queue: [], litmus: [], scaling: [], python: [] };

let nextId = 1;

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set) => ({
  history: EMPTY,
  recordRun: (lab, record) => {
    if (!record) return;
    const entry = { ...record, id: nextId++ };
    set((s) => ({ history: { ...s.history, [lab]: [entry, ...s.history[lab]].slice(0, HISTORY_LENGTH) } }));
  },
  // Only this lab's list: each lab's table has its own Clear.
  clearHistory: (lab) => set((s) => ({ history: { ...s.history, [lab]: [] } })),
});
