// Keeps the program in localStorage as the learner types, so a reload or a crash loses nothing;
// storage that is missing or refused (a private window) is never fatal.
import { useEffect } from 'react';
import { useStore } from '../../state/store.ts';

const KEY = 'racelab.python.program';

function savedProgram(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let draftOffered = false;

/**
 * The saved draft, when the page was loaded on this lab by a link that names no program (a bare
 * `?lab=python`, a bookmark), and only the first time the lab opens in that page: a link with a
 * program, and a lesson that opens an example later, always win. The address bar is rewritten from
 * the settings before the lab loads, so the page's own navigation entry is what says how it was opened.
 */
export function draftToOpen(): string | null {
  if (draftOffered) return null;
  draftOffered = true;
  const nav = performance.getEntriesByType('navigation')[0];
  const q = new URL(nav?.name ?? location.href).searchParams;
  return q.get('lab') === 'python' && !q.has('code') && !q.has('example') ? savedProgram() : null;
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
