// Settings slice: the open lab and every lab's parameters (the open one mirrored in the URL),
// and the notices of the last opened link. Each lab's own link schema keeps its rules.
import type { StateCreator } from 'zustand';
import { decodeLink, encodeLink, linkOf, type Lab, type LabSettings, type LabParams } from '../core/params/link.ts';
import type { AppState } from './store.ts';

export interface SettingsSlice extends LabSettings {
  /** What the last opened link had that could not be used as is. */
  notices: string[];
  setLab: (lab: Lab) => void;
  /** A change from a lab's settings form, kept inside the rules its link decoder keeps. */
  setParams: <L extends Lab>(lab: L, patch: Partial<LabParams<L>>) => void;
  openLink: (search: string) => void;
  dismissNotices: () => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => {
  const initial = decodeLink(typeof location === 'undefined' ? '' : location.search);
  return {
    ...initial.settings,
    notices: initial.notices,
    setLab: (lab) => set({ lab, notices: [] }),
    setParams: (lab, patch) => set((s) => ({ [lab]: linkOf(lab).update(s[lab] as LabParams<typeof lab>, patch) })),
    openLink: (search) => {
      const { settings, notices } = decodeLink(search);
      set({ ...settings, notices });
    },
    dismissNotices: () => set({ notices: [] }),
  };
};

/** The query string of the current settings. */
export function currentLink(s: LabSettings): string {
  return encodeLink(s);
}
