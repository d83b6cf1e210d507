// Settings slice: the open lab and every lab's parameters (the open one mirrored in the URL),
// and the notices of the last opened link.
import type { StateCreator } from 'zustand';
import { normaliseCounter, type CounterParams } from '../core/params/counterParams.ts';
import { patchExplore, type ExploreParams } from '../core/params/exploreParams.ts';
import { decodeLink, encodeLink, type Lab, type LabSettings } from '../core/params/link.ts';
import { normaliseLitmus, type LitmusParams } from '../core/params/litmusParams.ts';
import { normaliseQueue, type QueueParams } from '../core/params/queueParams.ts';
import { normaliseScaling, type ScalingParams } from '../core/params/scalingParams.ts';
import type { AppState } from './store.ts';

export interface SettingsSlice extends LabSettings {
  /** What the last opened link had that could not be used as is. */
  notices: string[];
  setLab: (lab: Lab) => void;
  setCounter: (patch: Partial<CounterParams>) => void;
  setQueue: (patch: Partial<QueueParams>) => void;
  setExplore: (patch: Partial<ExploreParams>) => void;
  setLitmus: (patch: Partial<LitmusParams>) => void;
  setScaling: (patch: Partial<ScalingParams>) => void;
  openLink: (search: string) => void;
  dismissNotices: () => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => {
  const initial = decodeLink(typeof location === 'undefined' ? '' : location.search);
  return {
    ...initial.settings,
    notices: initial.notices,
    setLab: (lab) => set({ lab, notices: [] }),
    setCounter: (patch) => set((s) => ({ counter: normaliseCounter({ ...s.counter, ...patch }) })),
    setQueue: (patch) => set((s) => ({ queue: normaliseQueue({ ...s.queue, ...patch }) })),
    setExplore: (patch) => set((s) => ({ explore: patchExplore(s.explore, patch) })),
    setLitmus: (patch) => set((s) => ({ litmus: normaliseLitmus({ ...s.litmus, ...patch }) })),
    setScaling: (patch) => set((s) => ({ scaling: normaliseScaling({ ...s.scaling, ...patch }) })),
    openLink: (search) => {
      const { settings, notices } = decodeLink(search);
      set({ ...settings, notices });
    },
    dismissNotices: () => set({ notices: [] }),
  };
};

/** The query string of the current settings. */
export function currentLink(s: LabSettings): string {
  return encodeLink({ lab: s.lab, counter: s.counter, queue: s.queue, explore: s.explore, litmus: s.litmus, scaling: s.scaling });
}
