// The code each worker runs for the chosen queue and shutdown, in JavaScript, WebAssembly and Python, and what to notice.
import { QUEUE_LABELS, SHUTDOWN_LABELS } from '../../core/queue/queueKinds.ts';
import { useStore } from '../../state/store.ts';
import { CodeTabs } from '../common/CodeTabs.tsx';
import { WASM_TAB_NOTE } from '../common/engineTeach.ts';
import { queueWasmCode } from '../common/wasmCode.ts';
import { jsCode } from './snippetsJs.ts';
import { pythonCode, PYTHON_NOTE } from './snippetsPython.ts';
import { KIND_TEACH, SHUTDOWN_TEACH } from './teach.ts';

export function CodePanel() {
  const params = useStore((s) => s.queue);
  const kind = KIND_TEACH[params.queue];
  const policy = SHUTDOWN_TEACH[params.shutdown];

  return (
    <section className="panel code-panel" aria-labelledby="queue-code-title">
      <h2 id="queue-code-title">
        What each worker runs · {QUEUE_LABELS[params.queue]} · {SHUTDOWN_LABELS[params.shutdown]}
      </h2>
      <CodeTabs
        idPrefix="queue"
        wasm
        code={(language) => (language === 'js' ? jsCode(params.queue, params.shutdown) : language === 'wasm' ? queueWasmCode(params.queue) : pythonCode(params))}
        notes={{ python: PYTHON_NOTE, wasm: WASM_TAB_NOTE }}
      />
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
