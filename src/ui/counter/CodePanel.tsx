// The code each worker runs in the chosen mode, in JavaScript and in Python, and what to notice.
import { useRef, type KeyboardEvent } from 'react';
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { useStore } from '../../state/store.ts';
import type { CodeLanguage } from '../../state/uiSlice.ts';
import { MODE_TEXT } from './snippets.ts';

const TABS: readonly { id: CodeLanguage; label: string }[] = [
  { id: 'js', label: 'JavaScript (this page)' },
  { id: 'python', label: 'Python' },
];

export function CodePanel() {
  const sync = useStore((s) => s.counter.sync);
  const language = useStore((s) => s.codeLanguage);
  const setLanguage = useStore((s) => s.setCodeLanguage);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const text = MODE_TEXT[sync];

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === language);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (!next) return;
    setLanguage(next.id);
    tabs.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <h2 id="code-title">What each worker runs · {SYNC_LABELS[sync]}</h2>
      <div className="tabs" role="tablist" aria-label="Language" onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={language === t.id}
            aria-controls="code-tabpanel"
            tabIndex={language === t.id ? 0 : -1}
            className="tab"
            onClick={() => setLanguage(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="code-tabpanel" role="tabpanel" aria-labelledby={`tab-${language}`}>
        <pre className="code" tabIndex={0}>
          <code>{language === 'js' ? text.js : text.python}</code>
        </pre>
      </div>
      <div className="teach">
        <h3>What to notice</h3>
        <p>{text.notice}</p>
        <h3>Try this</h3>
        <p>{text.tryNext}</p>
      </div>
    </section>
  );
}
