// The code a sweep's workers run, in JavaScript, WebAssembly and Python, and what to notice in the charts.
import { useStore } from '../../state/store.ts';
import { CodeTabs } from '../common/CodeTabs.tsx';
import { WASM_TAB_NOTE } from '../common/engineTeach.ts';
import { sweepWasmCode } from '../common/wasmCode.ts';
import { PYTHON_NOTE, SWEEP_JS, SWEEP_PYTHON } from './snippets.ts';
import { MACHINE_NOTE, NOTICE, TRY_THIS } from './teach.ts';

export function CodePanel() {
  const modes = useStore((s) => s.scaling.modes);
  const queues = useStore((s) => s.scaling.queues);
  return (
    <section className="panel code-panel" aria-labelledby="scaling-code-title">
      <h2 id="scaling-code-title">What each worker runs · the timed loop and the false-sharing kernel</h2>
      <CodeTabs
        idPrefix="scaling"
        wasm
        code={(language) => (language === 'js' ? SWEEP_JS : language === 'wasm' ? sweepWasmCode(modes, queues) : SWEEP_PYTHON)}
        notes={{ python: PYTHON_NOTE, wasm: WASM_TAB_NOTE }}
      />
      <div className="teach scaling-teach">
        <div>
          <h3>What to notice</h3>
          {NOTICE.map((n) => (
            <p key={n.title}>
              <strong>{n.title}.</strong> {n.text}
            </p>
          ))}
        </div>
        <div>
          <h3>Try this</h3>
          <ul>
            {TRY_THIS.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <p>{MACHINE_NOTE}</p>
        </div>
      </div>
    </section>
  );
}
