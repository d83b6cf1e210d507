// UI slice: view preferences that are not part of an experiment (not in the link).
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export type CodeLanguage = 'js' | 'python';

export interface UiSlice {
  codeLanguage: CodeLanguage;
  toast: string | null;
  setCodeLanguage: (language: CodeLanguage) => void;
  showToast: (message: string | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  codeLanguage: 'js',
  toast: null,
  setCodeLanguage: (codeLanguage) => set({ codeLanguage }),
  showToast: (toast) => set({ toast }),
});
