// The one zustand store, in slices; components select single fields (atomic selectors).
import { create } from 'zustand';
import { createCounterRunSlice, type CounterRunSlice } from './counterRunSlice.ts';
import { createExploreSlice, type ExploreSlice } from './exploreSlice.ts';
import { createPythonSlice, type PythonSlice } from './pythonSlice.ts';
import { createQueueRunSlice, type QueueRunSlice } from './queueRunSlice.ts';
import { createHistorySlice, type HistorySlice } from './historySlice.ts';
import { createLitmusRunSlice, type LitmusRunSlice } from './litmusRunSlice.ts';
import { createRunSlice, type RunSlice } from './runSlice.ts';
import { createScalingRunSlice, type ScalingRunSlice } from './scalingRunSlice.ts';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';

export type AppState = SettingsSlice & RunSlice & CounterRunSlice & QueueRunSlice & HistorySlice & UiSlice & ExploreSlice & LitmusRunSlice & ScalingRunSlice & PythonSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createRunSlice(...a),
  ...createCounterRunSlice(...a),
  ...createQueueRunSlice(...a),
  ...createHistorySlice(...a),
  ...createUiSlice(...a),
  ...createExploreSlice(...a),
  ...createLitmusRunSlice(...a),
  ...createScalingRunSlice(...a),
  ...createPythonSlice(...a),
}));
