// The code each worker runs in the chosen mode, in JavaScript, WebAssembly and Python, and what to notice.
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { useStore } from '../../state/store.ts';
import { CodeTabs } from '../common/CodeTabs.tsx';
import { WASM_TAB_NOTE } from '../common/engineTeach.ts';
import { counterWasmCode } from '../common/wasmCode.ts';
import { MODE_TEXT, PYTHON_NOTE } from './snippets.ts';

export function CodePanel() {
  const sync = useStore((s) => s.counter.sync);
  const text = MODE_TEXT[sync];

  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <h2 id="code-title">What each worker runs · {SYNC_LABELS[sync]}</h2>
      <CodeTabs
        idPrefix="counter"
        wasm
        code={(language) => (language === 'js' ? text.js : language === 'wasm' ? counterWasmCode(sync) : text.python)}
        notes={{ python: PYTHON_NOTE, wasm: WASM_TAB_NOTE }}
      />
      <div className="teach">
        <h3>What to notice</h3>
        <p>{text.notice}</p>
        <h3>Try this</h3>
        <p>{text.tryNext}</p>
      </div>
    </section>
  );
}
