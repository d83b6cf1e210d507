// What false sharing cost on this machine: the padded-over-adjacent ratio, big, and per worker count.
import { headlineRatio, pointAt, sharingRatios, type MeasuredPoint } from '../../engine/scalingResult.ts';
import { CLEAR_GAIN, formatRatio, ratioWords } from './sweepView.ts';
import { formatThroughput } from './throughputChart.ts';
import { ScrollRegion } from '../common/ScrollRegion.tsx';

interface Props {
  readonly points: readonly MeasuredPoint[];
  readonly cores: number;
}

export function SharingRatio({ points, cores }: Props) {
  const ratios = sharingRatios(points);
  const headline = headlineRatio(ratios, cores);
  return (
    <div className="sharing-ratio">
      {headline === null ? (
        <p className="muted">The ratio appears once both layouts have run with 2 workers or more.</p>
      ) : (
        <p className="ratio-headline">
          <span className={`ratio-value${headline.ratio >= CLEAR_GAIN ? '' : ' ratio-flat'}`} aria-hidden="true" data-testid="sharing-ratio" data-value={Math.round(headline.ratio * 100) / 100}>
            {formatRatio(headline.ratio)}
          </span>{' '}
          <span className="ratio-words">{ratioWords(headline.ratio, headline.workers)}</span>
        </p>
      )}
      {ratios.length > 0 && (
        <ScrollRegion label="Padded against adjacent, per worker count">
          <table className="ratio-table">
            <caption>Padded against adjacent, operations per second</caption>
            <thead>
              <tr>
                <th scope="col">Workers</th>
                <th scope="col">Adjacent</th>
                <th scope="col">Padded</th>
                <th scope="col">Ratio</th>
              </tr>
            </thead>
            <tbody>
              {ratios.map((r) => (
                <tr key={r.workers} data-testid="sharing-ratio-row" data-workers={r.workers} data-value={Math.round(r.ratio * 100) / 100}>
                  <th scope="row">{r.workers}</th>
                  <td>{formatThroughput(pointAt(points, 'sharing:adjacent', r.workers)?.throughput ?? 0)}</td>
                  <td>{formatThroughput(pointAt(points, 'sharing:padded', r.workers)?.throughput ?? 0)}</td>
                  <td>{formatRatio(r.ratio)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
