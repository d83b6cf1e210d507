// A lab's settings: a panel beside the stage, or, where the stage needs the whole width (a projector at
// 1280 px, a phone), a panel folded to one line just above the run controls that opens on demand.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  /** Folded to its toggle until opened. */
  readonly folds: boolean;
  readonly children: ReactNode;
}

export function SettingsPanel({ folds, children }: Props) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Escape folds the panel again and gives focus back to its toggle, as a disclosure does.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (!folds || !open || e.key !== 'Escape') return;
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <aside className={folds ? 'panel settings-panel settings-fold' : 'panel settings-panel'} aria-label="Settings" onKeyDown={onKeyDown}>
      {folds && (
        <button
          ref={toggle}
          type="button"
          className="settings-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span className="fold-mark" aria-hidden="true" />
          Settings
        </button>
      )}
      <div id={bodyId} className="settings-body" hidden={folds && !open}>
        {children}
      </div>
    </aside>
  );
}
