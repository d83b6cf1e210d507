// Step mode's keys on the whole page: 1–9 step a thread, Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes.
import { useEffect } from 'react';
import { redoStep, stepThread, undoStep } from '../../state/explorerActions.ts';
import type { ExplorerSession } from '../../state/exploreSlice.ts';
import { isTypingTarget, stepCommand } from './stepKeys.ts';

export function useStepKeys(session: ExplorerSession | null): void {
  const threads = session?.program.threads.length ?? 0;
  useEffect(() => {
    if (threads === 0) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.repeat || isTypingTarget(e.target as HTMLElement | null)) return;
      // A dialog on top (help, settings) owns the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const cmd = stepCommand(e, threads);
      if (!cmd) return;
      e.preventDefault();
      if (cmd.kind === 'step') stepThread(cmd.thread);
      else if (cmd.kind === 'undo') undoStep();
      else redoStep();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [threads]);
}
