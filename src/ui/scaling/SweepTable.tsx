// Every measured point, one table per kind of series: throughput, time, lost updates (counter) and notes.
import { SERIES_KINDS, seriesId, seriesLabel, seriesUnit, type SeriesKind } from '../../core/scaling/sweepPlan.ts';
import type { MeasuredPoint } from '../../engine/scalingResult.ts';
import { useStore } from '../../state/store.ts';
import { formatCount, formatMs } from '../common/format.ts';
import { DownloadResults } from '../shell/DownloadResults.tsx';
import { bothEngines, KIND_NAMES, workersText } from './sweepView.ts';
import { formatThroughput } from './throughputChart.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';

interface Props {
  readonly points: readonly MeasuredPoint[];
  readonly planned: number;
}

export function SweepTable({ points, planned }: Props) {
  const running = useStore((s) => s.status === 'running' && s.runLab === 'scaling');
  const kinds = SERIES_KINDS.filter((k) => points.some((p) => p.series.kind === k));
  return (
    <section className="panel results sweep-results" aria-labelledby="sweep-results-title">
      <h2 id="sweep-results-title">Measured points</h2>
      {points.length === 0 ? (
        <p className="muted">{running ? 'The first point is being measured.' : 'Press Run: every point measured appears here.'}</p>
      ) : (
        <>
          <p className="muted">
            {formatCount(points.length)} of {formatCount(planned)} points{running ? ' so far' : ''}.
          </p>
          {kinds.map((kind) => (
            <KindTable key={kind} kind={kind} points={points.filter((p) => p.series.kind === kind)} />
          ))}
        </>
      )}
      <div className="export-actions">
        <DownloadResults lab="scaling" />
      </div>
    </section>
  );
}

function KindTable({ kind, points }: { kind: SeriesKind; points: readonly MeasuredPoint[] }) {
  const title = KIND_NAMES[kind];
  const engines = bothEngines(points);
  return (
    <ScrollRegion label={title}>
      <table className="sweep-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'queue' ? 'Queue' : kind === 'counter' ? 'Mode' : 'Layout'}</th>
            <th scope="col">Workers</th>
            <th scope="col">Throughput ({seriesUnit(kind)})</th>
            <th scope="col" className="wide-only">
              Elapsed
            </th>
            {kind === 'counter' && (
              <th scope="col">Lost updates</th>
            )}
            {kind === 'queue' && <th scope="col">Note</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr
              key={`${seriesId(p.series)}@${p.workers}`}
              data-testid="sweep-point" data-series={seriesId(p.series)} data-workers={p.workers} data-throughput={p.throughput}
              data-lost={p.lost}
              data-engine={p.series.kind === 'sharing' ? 'js' : p.series.engine}
            >
              <th scope="row">{seriesLabel(p.series, engines)}</th>
              <td>{kind === 'queue' ? workersText(p).replace(/ workers?/, '') : p.workers}</td>
              {/* Three figures say all a timed point can: the exact count is in the hover and the download. */}
              <td title={formatCount(p.throughput)}>{formatThroughput(p.throughput)}</td>
              <td className="wide-only">{formatMs(p.elapsedMs)}</td>
              {kind === 'counter' && <td className={(p.lost ?? 0) === 0 ? undefined : 'bad'}>{formatCount(p.lost ?? 0)}</td>}
              {kind === 'queue' && <td className="note">{p.note ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
