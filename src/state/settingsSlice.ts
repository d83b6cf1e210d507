// Settings slice: the open lab and its parameters (mirrored in the URL), and link notices.
import type { StateCreator } from 'zustand';
import { normaliseCounter, type CounterParams } from '../core/params/counterParams.ts';
import { decodeLink, encodeLink, type Lab } from '../core/params/link.ts';
import type { AppState } from './store.ts';

export interface SettingsSlice {
  lab: Lab;
  counter: CounterParams;
  /** What the last opened link had that could not be used as is. */
  notices: string[];
  setCounter: (patch: Partial<CounterParams>) => void;
  openLink: (search: string) => void;
  dismissNotices: () => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => {
  const initial = decodeLink(typeof location === 'undefined' ? '' : location.search);
  return {
    lab: initial.link.lab,
    counter: initial.link.params,
    notices: initial.notices,
    setCounter: (patch) => set((s) => ({ counter: normaliseCounter({ ...s.counter, ...patch }) })),
    openLink: (search) => {
      const { link, notices } = decodeLink(search);
      set({ lab: link.lab, counter: link.params, notices });
    },
    dismissNotices: () => set({ notices: [] }),
  };
};

/** The query string of the current settings. */
export function currentLink(s: Pick<AppState, 'lab' | 'counter'>): string {
  return encodeLink({ lab: s.lab, params: s.counter });
}
