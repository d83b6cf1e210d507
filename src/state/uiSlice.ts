// UI slice: view preferences that are not part of an experiment (theme, type size, motion: kept in
// localStorage), and how the page shows the experiment (embedded, its lesson, the lesson gallery).
import type { StateCreator } from 'zustand';
import { isLesson } from '../core/lessons/lessons.ts';
import { decodeView } from '../core/params/view.ts';
import type { AppState } from './store.ts';

export type CodeLanguage = 'js' | 'wasm' | 'python';
export type ThemeChoice = 'system' | 'light' | 'dark';
/** `auto` follows the system's reduced-motion setting; the others are the learner's choice. */
export type MotionChoice = 'auto' | 'paused' | 'playing';
/** The open lab, or the gallery of lessons (`#lessons`). */
export type PageView = 'lab' | 'lessons';

export const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export interface UiSlice {
  codeLanguage: CodeLanguage;
  toast: string | null;
  theme: ThemeChoice;
  presentation: boolean;
  motion: MotionChoice;
  helpOpen: boolean;
  view: PageView;
  embed: boolean;
  /** The lesson whose text is shown above the lab. */
  lesson: string | null;
  /** What the link's view options had that could not be used (an unknown lesson, an odd embed flag). */
  viewNotices: string[];
  setCodeLanguage: (language: CodeLanguage) => void;
  showToast: (message: string | null) => void;
  setTheme: (theme: ThemeChoice) => void;
  setPresentation: (on: boolean) => void;
  setMotion: (motion: MotionChoice) => void;
  setHelpOpen: (open: boolean) => void;
  setView: (view: PageView) => void;
  setLesson: (lesson: string | null) => void;
  /** Reads embed, lesson and the gallery from an address (on load, Back and Forward). */
  readView: (search: string, hash: string) => void;
  dismissViewNotices: () => void;
}

const KEYS = { theme: 'racelab.theme', presentation: 'racelab.presentation', motion: 'racelab.motion' } as const;

// Storage can be missing (Node) or refused (a sandboxed frame, some private windows): never fatal.
function load(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

function save(key: string, value: string | null): void {
  try {
    if (typeof localStorage === 'undefined') return;
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not kept for the next visit; this visit still has it.
  }
}

function pick<T extends string>(raw: string | null, values: readonly T[], fallback: T): T {
  return values.find((v) => v === raw) ?? fallback;
}

function viewOf(search: string, hash: string): Pick<UiSlice, 'embed' | 'lesson' | 'viewNotices' | 'view'> {
  const { view, notices } = decodeView(search, isLesson);
  return { embed: view.embed, lesson: view.lesson, viewNotices: notices, view: hash === '#lessons' && !view.embed ? 'lessons' : 'lab' };
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  codeLanguage: 'js',
  toast: null,
  theme: pick(load(KEYS.theme), THEMES, 'system'),
  presentation: load(KEYS.presentation) === '1',
  motion: pick(load(KEYS.motion), ['auto', 'paused', 'playing'] as const, 'auto'),
  helpOpen: false,
  ...(typeof location === 'undefined' ? viewOf('', '') : viewOf(location.search, location.hash)),
  setCodeLanguage: (codeLanguage) => set({ codeLanguage }),
  showToast: (toast) => set({ toast }),
  setTheme: (theme) => {
    save(KEYS.theme, theme === 'system' ? null : theme);
    set({ theme });
  },
  setPresentation: (presentation) => {
    save(KEYS.presentation, presentation ? '1' : null);
    set({ presentation });
  },
  setMotion: (motion) => {
    save(KEYS.motion, motion === 'auto' ? null : motion);
    set({ motion });
  },
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setView: (view) => set({ view }),
  setLesson: (lesson) => set({ lesson }),
  readView: (search, hash) => set(viewOf(search, hash)),
  dismissViewNotices: () => set({ viewNotices: [] }),
});
