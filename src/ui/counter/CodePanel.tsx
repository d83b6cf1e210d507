// The code each worker runs in the chosen mode, in JavaScript and in Python, and what to notice.
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { useStore } from '../../state/store.ts';
import { CodeTabs } from '../common/CodeTabs.tsx';
import { MODE_TEXT, PYTHON_NOTE } from './snippets.ts';

export function CodePanel() {
  const sync = useStore((s) => s.counter.sync);
  const text = MODE_TEXT[sync];

  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <h2 id="code-title">What each worker runs · {SYNC_LABELS[sync]}</h2>
      <CodeTabs idPrefix="counter" code={(language) => (language === 'js' ? text.js : text.python)} notes={{ python: PYTHON_NOTE }} />
      <div className="teach">
        <h3>What to notice</h3>
        <p>{text.notice}</p>
        <h3>Try this</h3>
        <p>{text.tryNext}</p>
      </div>
    </section>
  );
}
