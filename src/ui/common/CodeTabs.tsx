// The code a worker runs, in JavaScript, WebAssembly (where the lab has that engine) or Python: ARIA tabs (arrow keys move between them).
import { useRef, type KeyboardEvent } from 'react';
import { useStore } from '../../state/store.ts';
import type { CodeLanguage } from '../../state/uiSlice.ts';

const ALL_TABS: readonly { id: CodeLanguage; label: string }[] = [
  { id: 'js', label: 'JavaScript (this page)' },
  { id: 'wasm', label: 'WebAssembly' },
  { id: 'python', label: 'Python' },
];

interface Props {
  /** Keeps element ids unique when several labs' panels exist. */
  idPrefix: string;
  /** The code for each language; computed only for the one shown. */
  code: (language: CodeLanguage) => string;
  /** A note under the code of one language (where and why its program races, for Python). */
  notes?: Partial<Record<CodeLanguage, string>>;
  /** The lab runs on the WebAssembly engine too: its kernels get a tab. */
  wasm?: boolean;
}

export function CodeTabs({ idPrefix, code, notes, wasm = false }: Props) {
  const tabList = wasm ? ALL_TABS : ALL_TABS.filter((t) => t.id !== 'wasm');
  const chosen = useStore((s) => s.codeLanguage);
  // The language is the page's, not the lab's: where this lab has no WebAssembly tab, JavaScript shows.
  const language = tabList.some((t) => t.id === chosen) ? chosen : 'js';
  const setLanguage = useStore((s) => s.setCodeLanguage);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = tabList.findIndex((t) => t.id === language);
    const next = tabList[(i + (e.key === 'ArrowRight' ? 1 : tabList.length - 1)) % tabList.length];
    if (!next) return;
    setLanguage(next.id);
    tabs.current[tabList.indexOf(next)]?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label="Language" onKeyDown={onKey}>
        {tabList.map((t, i) => (
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
