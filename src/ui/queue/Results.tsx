// The numbers after a Queue run: every item accounted for, speed, backpressure, per producer and per worker.
import type { QueueParams } from '../../core/params/queueParams.ts';
import { Exit } from '../../core/queue/queueLayout.ts';
import type { QueueRunResult, QueueWorkerResult } from '../../engine/queueResult.ts';
import { useStore } from '../../state/store.ts';
import { formatCount, formatMs, formatRate } from '../common/format.ts';
import { DownloadResults } from '../shell/DownloadResults.tsx';
import { queueVerdict } from './verdict.ts';
import { ResultCard } from '../common/ResultCard.tsx';
import { WorkerHead, WorkerTable } from '../common/WorkerTable.tsx';

export function Results() {
  const result = useStore((s) => s.queueResult);
  const params = useStore((s) => s.queueRunParams);
  const running = useStore((s) => s.status === 'running' && s.runLab === 'queue');
  if (!params || !result) {
    return (
      <section className="panel results empty" aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <p className="muted">
          {running ? 'When the run ends, every item is checked and the counts appear here.' : 'Press Run: every item is checked when the run ends, and the counts appear here.'}
        </p>
      </section>
    );
  }
  const v = result.verdict;
  const verdict = queueVerdict(result, params);
  const producers = result.workers.filter((w) => w.role === 'producer');
  const consumers = result.workers.filter((w) => w.role === 'consumer');
  const sum = (ws: readonly QueueWorkerResult[], f: (w: QueueWorkerResult) => number): number => ws.reduce((t, w) => t + f(w), 0);
  const fullWaits = sum(producers, (w) => w.blocked);
  const emptyWaits = sum(consumers, (w) => w.blocked);
  return (
    <section className="panel results" aria-labelledby="results-title">
      <h2 id="results-title">
        Results{result.status === 'stopped' ? ' · stopped early' : result.status === 'deadlocked' ? ' · deadlocked' : ''}
      </h2>
      <p className={`verdict verdict-${verdict.tone}`}>{verdict.text}</p>
      <dl className="cards">
        <ResultCard label="Produced" testId="result-produced" value={v.produced} note={`of ${formatCount(params.producers * params.items)}`} />
        <ResultCard label="Consumed" testId="result-consumed" value={v.consumed} />
        <ResultCard label="Lost" testId="result-lost" value={v.lost} tone={v.lost === 0 ? 'ok' : 'bad'} />
        <ResultCard label="Duplicated" testId="result-duplicated" value={v.duplicated} tone={v.duplicated === 0 ? 'ok' : 'bad'} />
        <ResultCard label="Left in queue" testId="result-left" value={v.left} tone={v.left === 0 ? 'ok' : 'bad'} />
        <ResultCard label="Out of order" testId="result-out-of-order" value={v.outOfOrder} tone={v.outOfOrder === 0 ? 'ok' : 'bad'} />
        <ResultCard label="Throughput (items/s)" testId="result-throughput" value={result.throughput} note={formatRate(result.throughput)} />
        <div className="card">
          <dt>Elapsed</dt>
          <dd className="card-value">{formatMs(result.elapsedMs)}</dd>
        </div>
        <ResultCard label="Blocked on full" testId="result-blocked-full" value={fullWaits} note="producer waits for room" />
        <ResultCard label="Blocked on empty" testId="result-blocked-empty" value={emptyWaits} note="consumer waits for items" />
      </dl>
      <PerProducer result={result} />
      <PerWorker workers={result.workers} params={params} />
      <div className="export-actions">
        <DownloadResults lab="queue" />
      </div>
    </section>
  );
}

// Soft hyphens let the longer headings break on a phone.
const PRODUCER_COLUMNS = [{ head: 'Pro\u00ADduced' }, { head: 'Delivered', wide: true }, { head: 'Dupli\u00ADcated' }, { head: 'Out of order' }, { head: 'Left' }, { head: 'Lost' }];

function PerProducer({ result }: { result: QueueRunResult }) {
  return (
    <WorkerTable caption="Per producer" first="Producer" columns={PRODUCER_COLUMNS}>
      {result.verdict.perProducer.map((v, i) => (
        <tr key={i}>
          <WorkerHead swatch={i}>
            <WorkerName role="producer" index={i} />
          </WorkerHead>
          <td>{formatCount(v.produced)}</td>
          <td className="wide-only">{formatCount(v.delivered)}</td>
          <td className={v.duplicated > 0 ? 'bad' : undefined}>{formatCount(v.duplicated)}</td>
          <td className={v.outOfOrder > 0 ? 'bad' : undefined}>{formatCount(v.outOfOrder)}</td>
          <td className={v.left > 0 ? 'bad' : undefined}>{formatCount(v.left)}</td>
          <td className={v.lost > 0 ? 'bad' : undefined}>{formatCount(v.lost)}</td>
        </tr>
      ))}
    </WorkerTable>
  );
}

const ENDINGS: Record<number, string> = {
  [Exit.running]: 'did not answer',
  [Exit.finished]: 'put all its items',
  [Exit.empty]: 'saw the queue empty',
  [Exit.pill]: 'took its pill',
  [Exit.closed]: 'saw it closed',
  [Exit.stopped]: 'stopped',
};

/** Why a worker ended, with the pills it put or took under the sentinel policy. */
function ending(w: QueueWorkerResult, params: QueueParams): string {
  const why = ENDINGS[w.exit] ?? '—';
  if (params.shutdown !== 'sentinel' || w.pills === 0 || w.role === 'consumer') return why;
  return `${why}, then ${w.pills} ${w.pills === 1 ? 'pill' : 'pills'}`;
}

const WORKER_COLUMNS = [{ head: 'Items' }, { head: 'Times blocked' }, { head: 'Time blocked', wide: true }, { head: 'Ended because it' }, { head: 'Time', wide: true }];

function PerWorker({ workers, params }: { workers: readonly QueueWorkerResult[]; params: QueueParams }) {
  return (
    <WorkerTable caption="Per worker" first="Worker" columns={WORKER_COLUMNS}>
      {workers.map((w) => (
        <tr key={`${w.role}-${w.index}`}>
          <WorkerHead swatch={w.role === 'producer' ? w.index : 'consumer-swatch'}>
            <WorkerName role={w.role} index={w.index} />
          </WorkerHead>
          <td>{formatCount(w.items)}</td>
          <td>{formatCount(w.blocked)}</td>
          <td className="wide-only">{formatMs(w.blockedMs)}</td>
          <td className="ending">{ending(w, params)}</td>
          <td className="wide-only">{w.elapsedMs > 0 ? formatMs(w.elapsedMs) : '—'}</td>
        </tr>
      ))}
    </WorkerTable>
  );
}

/** "Producer 1", shortened to "P1" on a phone (screen readers always hear the full name, and only it). */
function WorkerName({ role, index }: { role: QueueWorkerResult['role']; index: number }) {
  const full = `${role === 'producer' ? 'Producer' : 'Consumer'} ${index + 1}`;
  return (
    <>
      <span className="visually-hidden">{full}</span>
      <span className="name-full" aria-hidden="true">
        {full}
      </span>
      <span className="name-short" aria-hidden="true">
        {role === 'producer' ? 'P' : 'C'}
        {index + 1}
      </span>
    </>
  );
}
