// The numbers after a run: expected, actual, lost, speed, contention, per worker; and a verdict.
import { contentionMetric, EXACT_MODES } from '../../core/counter/syncModes.ts';
import type { CounterTrial } from '../../engine/counterResult.ts';
import { useStore } from '../../state/store.ts';
import { formatCount, formatMs, formatPct, formatRate } from '../common/format.ts';
import { DownloadResults } from '../shell/DownloadResults.tsx';
import { ExplainButton } from './ExplainButton.tsx';
import { ResultCard } from '../common/ResultCard.tsx';
import { WorkerHead, WorkerTable } from '../common/WorkerTable.tsx';

export function Results() {
  const trials = useStore((s) => s.counterTrials);
  const params = useStore((s) => s.counterRunParams);
  const running = useStore((s) => s.status === 'running' && s.runLab === 'counter');
  const last = trials[trials.length - 1];
  if (!params || !last) {
    return (
      <section className="panel results empty" aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <p className="muted">
          {running
            ? 'The workers are running: the numbers appear here when they finish.'
            : 'Press Run: the workers start together and the numbers appear here when they finish.'}
        </p>
      </section>
    );
  }
  const metric = contentionMetric(params.sync);
  const exactTrials = trials.filter((t) => t.lost === 0).length;
  return (
    <section className="panel results" aria-labelledby="results-title">
      <h2 id="results-title">
        Results{trials.length > 1 ? ` · trial ${last.trial} of ${params.trials}` : ''}
        {last.stopped ? ' · stopped early' : ''}
      </h2>
      <Verdict trial={last} racy={!EXACT_MODES.has(params.sync)} />
      <ExplainButton />
      <dl className="cards">
        <ResultCard label="Expected" testId="result-expected" value={last.expected} />
        <ResultCard label="Actual" testId="result-actual" value={last.actual} tone={last.lost === 0 ? 'ok' : 'bad'} />
        <ResultCard
          label={last.lostIsNet ? 'Lost updates, at least' : 'Lost updates'}
          testId="result-lost"
          value={last.lost}
          tone={last.lost === 0 ? 'ok' : 'bad'}
          note={`${formatPct(last.lostPct)} of ${formatCount(last.ops)}${last.lostIsNet ? ' · net: lost +1s and −1s cancel' : ''}`}
        />
        <ResultCard label="Throughput (ops/s)" testId="result-throughput" value={last.throughput} note={formatRate(last.throughput)} />
        <div className="card">
          <dt>Elapsed</dt>
          <dd className="card-value">{formatMs(last.elapsedMs)}</dd>
        </div>
        {metric && (
          <div className="card">
            <dt>{metric === 'waits' ? 'Lock waits' : 'Compare-exchange retries'}</dt>
            <dd className="card-value" data-testid={`result-${metric}`}>
              {formatCount(metric === 'waits' ? last.waits : last.retries)}
            </dd>
          </div>
        )}
      </dl>
      {trials.length > 1 && (
        <p className="trials-line">
          Exact in <strong>{exactTrials}</strong> of {trials.length} trials.
        </p>
      )}
      <PerWorker trial={last} metric={metric} />
      <div className="export-actions">
        <DownloadResults lab="counter" />
      </div>
    </section>
  );
}

function Verdict({ trial, racy }: { trial: CounterTrial; racy: boolean }) {
  if (trial.lost === 0) {
    return (
      <p className="verdict verdict-ok">
        Exact: the cell holds {formatCount(trial.actual)}, the sum of every update.
        {trial.lostIsNet && racy && ' Yet updates may have been lost: workers added and subtracted, and a lost +1 and a lost −1 cancel.'}
      </p>
    );
  }
  return (
    <p className="verdict verdict-bad">
      {trial.lostIsNet ? 'At least ' : ''}
      {formatCount(trial.lost)} updates vanished: workers read the same value and one write erased another.
      {trial.lostIsNet && ' This is the net error: lost +1s and lost −1s cancel, so more may have vanished.'}
    </p>
  );
}

function PerWorker({ trial, metric }: { trial: CounterTrial; metric: 'waits' | 'retries' | null }) {
  const columns = [{ head: 'Adds' }, { head: 'Operations' }, { head: 'Ops/s' }, ...(metric ? [{ head: metric === 'waits' ? 'Waits' : 'Retries' }] : []), { head: 'Time' }];
  return (
    <WorkerTable caption="Per worker" first="Worker" columns={columns}>
      {trial.workers.map((w) => (
        <tr key={w.index}>
          <WorkerHead swatch={w.index}>Worker {w.index + 1}</WorkerHead>
          <td>{w.dir > 0 ? '+1' : '−1'}</td>
          <td>{formatCount(w.ops)}</td>
          <td>{formatRate(w.opsPerSec)}</td>
          {metric && <td>{formatCount(metric === 'waits' ? w.waits : w.retries)}</td>}
          <td>{formatMs(w.elapsedMs)}</td>
        </tr>
      ))}
    </WorkerTable>
  );
}
