// The code a worker runs, in JavaScript or Python: ARIA tabs (arrow keys move between them).
import { useRef, type KeyboardEvent } from 'react';
import { useStore } from '../../state/store.ts';
import type { CodeLanguage } from '../../state/uiSlice.ts';

const TABS: readonly { id: CodeLanguage; label: string }[] = [
  { id: 'js', label: 'JavaScript (this page)' },
  { id: 'python', label: 'Python' },
];

interface Props {
  /** Keeps element ids unique when several labs' panels exist. */
  idPrefix: string;
  /** The code for each language; computed only for the one shown. */
  code: (language: CodeLanguage) => string;
  /** A note under the code of one language (where and why its program races, for Python). */
  notes?: Partial<Record<CodeLanguage, string>>;
}

export function CodeTabs({ idPrefix, code, notes }: Props) {
  const language = useStore((s) => s.codeLanguage);
  const setLanguage = useStore((s) => s.setCodeLanguage);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === language);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (!next) return;
    setLanguage(next.id);
    tabs.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label="Language" onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={language === t.id}
            aria-controls={`${idPrefix}-code-tabpanel`}
            tabIndex={language === t.id ? 0 : -1}
            className="tab"
            onClick={() => setLanguage(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${idPrefix}-code-tabpanel`} role="tabpanel" aria-labelledby={`${idPrefix}-tab-${language}`}>
        <pre className="code" tabIndex={0}>
          <code>{code(language)}</code>
        </pre>
        {notes?.[language] && <p className="code-note">{notes[language]}</p>}
      </div>
    </>
  );
}
