// The keyboard shortcuts and display options, in a modal dialog: focus stays inside, Escape closes it.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from '../../state/store.ts';
import { LAB_REGISTRY } from '../labs.ts';
import { SHORTCUTS, type KeyRow } from './shortcuts.ts';

/** Labs with keys of their own, each under its title. */
const LAB_KEYS = Object.values(LAB_REGISTRY).filter((d) => d.shortcuts.length > 0);

export function HelpDialog() {
  const open = useStore((s) => s.helpOpen);
  const setHelpOpen = useStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // showModal makes the rest of the page inert (focus is trapped) and gives Escape to the dialog.
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The page behind a modal dialog is inert, but Tab can still leave for the browser's own controls:
  // keep it cycling through the dialog, as a focus trap should.
  const keepFocus = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key !== 'Tab') return;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('button, [href], input, [tabindex]:not([tabindex="-1"])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={() => setHelpOpen(false)} onKeyDown={keepFocus}>
      <div className="help-head">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" className="button small" onClick={() => setHelpOpen(false)}>
          Close
        </button>
      </div>
      <p className="muted">They work anywhere on the page except while you type in a field.</p>
      <KeysTable rows={[...SHORTCUTS, { keys: ['Esc'], does: 'Close this dialog' }]} />
      {LAB_KEYS.map((d) => (
        <section key={d.link.id} aria-label={`Keys in the ${d.link.title}`}>
          <h3>In the {d.link.title}</h3>
          <KeysTable rows={d.shortcuts} />
        </section>
      ))}
      <h3>Display</h3>
      <ul className="help-notes">
        <li>
          <strong>Theme</strong> follows your system until you pick Light or Dark in the header; the choice is kept on this
          device.
        </li>
        <li>
          <strong>Presentation</strong> makes the type and the drawings larger, for a projector.
        </li>
        <li>
          <strong>Reduce motion</strong> (beside Run; not Pause, which holds the workers) stops the motion in the live view while the numbers keep updating. It
          starts paused when your system asks for reduced motion.
        </li>
      </ul>
    </dialog>
  );
}

function KeysTable({ rows }: { rows: readonly KeyRow[] }) {
  return (
    <table className="help-keys">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.does}>
            <td>
              {r.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{r.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
