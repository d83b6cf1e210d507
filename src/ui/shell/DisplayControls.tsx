// Header controls for the room: theme (system, light, dark), presentation mode, and the help dialog.
import { useStore } from '../../state/store.ts';
import { THEMES, type ThemeChoice } from '../../state/uiSlice.ts';

const THEME_NAMES: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function DisplayControls() {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  const presentation = useStore((s) => s.presentation);
  const setPresentation = useStore((s) => s.setPresentation);
  const setHelpOpen = useStore((s) => s.setHelpOpen);
  return (
    <div className="display-controls">
      <div className="theme-toggle" role="group" aria-label="Theme">
        {THEMES.map((t) => (
          <button key={t} type="button" className="theme-option" aria-pressed={t === theme} onClick={() => setTheme(t)}>
            {THEME_NAMES[t]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button small ghost"
        aria-pressed={presentation}
        title="Large type and drawings, for a projector"
        onClick={() => setPresentation(!presentation)}
      >
        Presentation
      </button>
      <button type="button" className="button small ghost help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
        <span aria-hidden="true">?</span>
      </button>
    </div>
  );
}
