// The Explorer's keys on the whole page: 1–9 step a thread, Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y
// redoes, and the page's Space, P and → explore all, play and redo (see stepKeys.ts).
import { useEffect } from 'react';
import { cancelExploration, exploreEverything, redoStep, setPlaying, stepThread, undoStep } from '../../state/explorerActions.ts';
import type { ExplorerSession } from '../../state/exploreSlice.ts';
import { useStore } from '../../state/store.ts';
import { shortcutFor } from '../shell/shortcuts.ts';
import { keyPressOf } from '../shell/useShortcuts.ts';
import { isTypingTarget, stepCommand } from './stepKeys.ts';

export function useStepKeys(session: ExplorerSession | null): void {
  const threads = session?.program.threads.length ?? 0;
  useEffect(() => {
    if (threads === 0) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.repeat || isTypingTarget(e.target as HTMLElement | null)) return;
      // A dialog on top (help, settings) owns the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const cmd = stepCommand(e, threads, shortcutFor(keyPressOf(e)));
      if (!cmd) return;
      e.preventDefault();
      const s = useStore.getState();
      if (cmd.kind === 'step') stepThread(cmd.thread);
      else if (cmd.kind === 'undo') undoStep();
      else if (cmd.kind === 'redo') redoStep();
      else if (cmd.kind === 'play') setPlaying(!s.playing);
      else if (s.exploration?.status === 'running') cancelExploration();
      else void exploreEverything();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [threads]);
}
