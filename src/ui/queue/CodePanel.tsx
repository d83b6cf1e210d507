// The code each worker runs for the chosen queue and shutdown, in JavaScript and in Python, and what to notice.
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { QUEUE_LABELS, SHUTDOWN_LABELS } from '../../core/queue/queueKinds.ts';
import { useStore } from '../../state/store.ts';
import type { CodeLanguage } from '../../state/uiSlice.ts';
import { jsCode } from './snippetsJs.ts';
import { pythonCode } from './snippetsPython.ts';
import { KIND_TEACH, SHUTDOWN_TEACH } from './teach.ts';

const TABS: readonly { id: CodeLanguage; label: string }[] = [
  { id: 'js', label: 'JavaScript (this page)' },
  { id: 'python', label: 'Python' },
];

export function CodePanel() {
  const params = useStore((s) => s.queue);
  const language = useStore((s) => s.codeLanguage);
  const setLanguage = useStore((s) => s.setCodeLanguage);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const code = useMemo(() => (language === 'js' ? jsCode(params.queue, params.shutdown) : pythonCode(params)), [language, params]);
  const kind = KIND_TEACH[params.queue];
  const policy = SHUTDOWN_TEACH[params.shutdown];

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
    <section className="panel code-panel" aria-labelledby="queue-code-title">
      <h2 id="queue-code-title">
        What each worker runs · {QUEUE_LABELS[params.queue]} · {SHUTDOWN_LABELS[params.shutdown]}
      </h2>
      <div className="tabs" role="tablist" aria-label="Language" onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`queue-tab-${t.id}`}
            aria-selected={language === t.id}
            aria-controls="queue-code-tabpanel"
            tabIndex={language === t.id ? 0 : -1}
            className="tab"
            onClick={() => setLanguage(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="queue-code-tabpanel" role="tabpanel" aria-labelledby={`queue-tab-${language}`}>
        <pre className="code" tabIndex={0}>
          <code>{code}</code>
        </pre>
      </div>
      <div className="teach queue-teach">
        <div>
          <h3>What to notice</h3>
          <p>{kind.notice}</p>
          <p>{policy.notice}</p>
        </div>
        <div>
          <h3>Try this</h3>
          <p>{kind.tryNext}</p>
          <p>{policy.tryNext}</p>
        </div>
      </div>
    </section>
  );
}
