// Keeps the program in localStorage as the learner types, so a reload or a crash loses nothing;
// storage that is missing or refused (a private window) is never fatal.
import { useEffect } from 'react';
import { useStore } from '../../state/store.ts';

const KEY = 'racelab.python.program';

export function savedProgram(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function useAutosave(): void {
  const source = useStore((s) => s.pySource);
  const example = useStore((s) => s.pyExample);
  useEffect(() => {
    // An example as it came is not a draft: it reopens from its id.
    if (source === null || example !== null) return;
    try {
      localStorage.setItem(KEY, source);
    } catch {
      // Full or refused: the link still holds the program.
    }
  }, [source, example]);
}
