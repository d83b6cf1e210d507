// The runs of this visit, newest first, to compare modes side by side.
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { useStore } from '../../state/store.ts';
import { formatCount, formatRate } from '../common/format.ts';

export function History() {
  const history = useStore((s) => s.history);
  const clear = useStore((s) => s.clearHistory);
  if (history.length === 0) return null;
  return (
    <section className="panel history" aria-labelledby="history-title">
      <div className="panel-head">
        <h2 id="history-title">Your runs</h2>
        <button type="button" className="button ghost small" onClick={clear}>
          Clear
        </button>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Mode</th>
              <th scope="col">Workers</th>
              <th scope="col">Iterations</th>
              <th scope="col">Window</th>
              <th scope="col">Exact trials</th>
              <th scope="col">Lost</th>
              <th scope="col">Throughput</th>
            </tr>
          </thead>
          <tbody>
            {history.map((r) => (
              <tr key={r.id}>
                <th scope="row">{SYNC_LABELS[r.params.sync]}</th>
                <td>{r.params.workers}</td>
                <td>{formatCount(r.params.iters)}</td>
                <td>{r.params.window}</td>
                <td className={r.exact === r.trials ? 'ok' : 'bad'}>
                  {r.exact} / {r.trials}
                  {r.status === 'stopped' ? ' (stopped)' : ''}
                </td>
                <td>{formatCount(r.lost)}</td>
                <td>{formatRate(r.throughput)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
