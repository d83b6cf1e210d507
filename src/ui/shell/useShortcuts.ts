// Listens for the keyboard shortcuts on the whole page and does what the matching control would do.
import { useEffect } from 'react';
import { canStartRun } from '../../state/labRun.ts';
import { useStore } from '../../state/store.ts';
import { labDefinition } from '../labs.ts';
import { shortcutFor, type KeyPress, type ShortcutAction } from './shortcuts.ts';

const MIN_PACE = 1;
const MAX_PACE = 20;

/** The plain description of a key press that `shortcutFor` decides on. */
export function keyPressOf(e: KeyboardEvent): KeyPress {
  const el = e.target instanceof Element ? e.target : null;
  return {
    key: e.key,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altKey: e.altKey,
    repeat: e.repeat,
    target: el && {
      tag: el.tagName,
      role: el.getAttribute('role'),
      type: el.getAttribute('type'),
      editable: el instanceof HTMLElement && el.isContentEditable,
    },
    dialogOpen: document.querySelector('dialog[open]:modal') !== null,
  };
}

/** Does what the key stands for; false when it does not apply now (the key then keeps its usual job). */
function perform(action: ShortcutAction): boolean {
  const s = useStore.getState();
  const running = s.status === 'running';
  const { run } = labDefinition(s.lab);
  // Step and the pace apply to the open lab's own run, while it shows every step.
  const stepping = running && s.runLab === s.lab && run?.stepping?.(s) === true;
  switch (action) {
    case 'help':
      s.setHelpOpen(true);
      return true;
    case 'run-or-stop':
      // A lab without a run (the Explorer) steps with its own keys.
      if (s.view !== 'lab' || run === null) return false;
      if (running) {
        void s.stopRun();
        return true;
      }
      // The same rule as the Run button: nothing starts that the button would not start.
      if (!canStartRun(s, run)) return false;
      void s.startRun(run);
      return true;
    case 'pause':
      if (!running) return false;
      s.togglePause();
      return true;
    case 'step':
      if (!stepping) return false;
      if (!s.paused) s.togglePause();
      s.stepRun();
      return true;
    case 'faster':
    case 'slower':
      if (!stepping) return false;
      s.setPace(Math.min(MAX_PACE, Math.max(MIN_PACE, s.pace + (action === 'faster' ? 1 : -1))));
      return true;
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const action = shortcutFor(keyPressOf(e));
      if (action && perform(action)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
