// Sample's report beside the outcome list (and Download results after either search): a bar per sampled outcome (uPlot, loaded on demand) with a
// table of the same bars, each with its witness (the run's seed and schedule) to replay step by
// step; how many workers shared the runs; and what PCT promises for this program (its n threads
// and k choice points filled in).
import { useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { describePct } from '../../core/python/runtime/pctWords.ts';
import { withWitness } from '../../core/python/runtime/merge.ts';
import type { OtherOutcomes, OutcomeTally } from '../../core/python/runtime/types.ts';
import { replayWitness } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';
import { orderOutcomes, outcomeLabels } from './outcomeLabels.ts';
import { chartStyle } from '../common/chartStyle.ts';
import { usePalette, withAlpha, type Palette } from '../common/cssColor.ts';
import { formatCount, formatPct } from '../common/format.ts';
import type { UPlotClass } from '../common/loadUPlot.ts';
import { HistogramChart, OutcomeTable } from '../common/OutcomeTable.tsx';
import { DownloadResults } from '../shell/DownloadResults.tsx';
import { useUPlot } from '../common/useUPlot.ts';
import '../counter/Histogram.css';

const CHART_HEIGHT = 200;
function OutcomeBars({ outcomes, labels, axisLabel }: { outcomes: readonly OutcomeTally[]; labels: readonly string[]; axisLabel: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const palette = usePalette();
  const shape = useMemo(() => ({ palette, n: outcomes.length, labels: labels.join('\u0000'), axisLabel }), [palette, outcomes.length, labels, axisLabel]);
  const data = useMemo(() => toData(outcomes), [outcomes]);
  const failed = useUPlot(ref, CHART_HEIGHT, shape, (UPlot) => chartOptions(UPlot, palette, labels, axisLabel), data);
  const described = outcomes.map((o, i) => `${labels[i]}: ${formatCount(Number(o.count))}`).join(', ');
  return (
    <HistogramChart chartRef={ref} className="py-histogram-chart" label={`Bar chart of sampled outcomes. ${described}.`} failed={failed} />
  );
}

/** Finished runs in one series, the rest (deadlock, error, budget) in another for its colour. */
function toData(outcomes: readonly OutcomeTally[]): uPlot.AlignedData {
  const xs = outcomes.map((_, i) => i);
  const bar = (keep: (o: OutcomeTally) => boolean) => outcomes.map((o) => (keep(o) ? Number(o.count) : null));
  return [xs, bar((o) => o.outcome.end === 'finished'), bar((o) => o.outcome.end !== 'finished')];
}

function chartOptions(UPlot: UPlotClass, p: Palette, labels: readonly string[], axisLabel: string): uPlot.Options {
  const bars = UPlot.paths.bars?.({ size: [0.6, 80], align: 0 });
  const { scale, axis } = chartStyle(p);
  const n = labels.length;
  return {
    width: 0,
    height: CHART_HEIGHT,
    cursor: { show: false },
    legend: { live: false },
    scales: { x: { time: false, range: [-0.5, n - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [
      {
        ...axis,
        grid: { show: false },
        label: axisLabel,
        labelSize: Math.round(20 * scale),
        splits: () => labels.map((_, i) => i),
        values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
      },
      { ...axis, size: Math.round(52 * scale), label: 'runs', labelSize: Math.round(20 * scale) },
    ],
    series: [
      {},
      { label: 'Finished', stroke: p.accent, fill: withAlpha(p.accent, 0.8), width: 1, paths: bars, points: { show: false } },
      { label: 'Deadlock, error or budget', stroke: p.bad, fill: withAlpha(p.bad, 0.8), width: 1, paths: bars, points: { show: false } },
    ],
  };
}

/** The schedules of outcomes left off the list, drawn as one more bar so that the bars add up. */
const OTHER_KEY = 'other';

function asTallies(outcomes: readonly OutcomeTally[], other: OtherOutcomes | undefined): readonly OutcomeTally[] {
  if (!other) return outcomes;
  return [...outcomes, { outcome: { stdout: '(the rest)', end: 'finished', key: OTHER_KEY, why: 'The rest, together.' }, count: other.count }];
}

interface WitnessesProps {
  readonly outcomes: readonly OutcomeTally[];
  readonly labels: readonly string[];
  readonly heading: string;
  readonly total: number;
  readonly replayable: boolean;
}

function Witnesses({ outcomes, labels, heading, total, replayable }: WitnessesProps) {
  return (
    <OutcomeTable label="Sampled outcomes with a witness each" outcome={heading} count="Runs" verdicts={['Witness']}>
      {outcomes.map((o, i) => {
        const w = withWitness(o);
        return (
          <tr key={o.outcome.key} data-testid={o.outcome.key === OTHER_KEY ? 'histogram-other' : 'histogram-bar'} data-value={o.outcome.stdout} data-count={String(o.count)} data-seed={w?.seed}>
            <td className="outcome">{labels[i]}</td>
            <td className="num">{formatCount(Number(o.count))}</td>
            <td className="num">{formatPct((100 * Number(o.count)) / Math.max(1, total))}</td>
            <td>
              {w?.seed !== undefined && <span className="hint">seed {w.seed}, {formatCount(w.witness.length)} moves </span>}
              {replayable && w && w.witness.length > 0 && (
                <button type="button" className="button small" onClick={() => void replayWitness(w.witness)}>
                  Replay<span className="visually-hidden"> the run that printed {labels[i]}</span>
                </button>
              )}
            </td>
          </tr>
        );
      })}
    </OutcomeTable>
  );
}

export function SampleReport() {
  const search = useStore((s) => s.pySearch);
  const source = useStore((s) => s.pySource);
  if (!search) return null;
  if (search.kind !== 'sample') {
    return search.status === 'running' ? null : (
      <div className="export-actions">
        <DownloadResults lab="python" />
      </div>
    );
  }
  const pct = search.result?.pct ?? search.progress?.pct;
  const listed = search.result ?? search.progress;
  const ordered = orderOutcomes(listed?.outcomes ?? []);
  const named = outcomeLabels(ordered);
  const outcomes = asTallies(ordered, listed?.other);
  const labels = listed?.other ? [...named.labels, '(the rest)'] : named.labels;
  const printed = named.shared === '' ? 'printed' : `printed after “${named.shared}”`;
  const total = outcomes.reduce((n, o) => n + Number(o.count), 0);
  return (
    <section className="py-sample-report histogram" aria-label="Sample report">
      <p className="hint" data-testid="sample-workers">
        {search.workers === 1 ? 'One worker runs the samples.' : `${search.workers} workers share the runs, one per core.`}
      </p>
      {pct && (
        <p className="hint" data-testid="pct-guarantee">
          {describePct(pct)}
        </p>
      )}
      {outcomes.length > 0 && (
        <div className="histogram-body">
          <OutcomeBars outcomes={outcomes} labels={labels} axisLabel={printed} />
          <Witnesses
            outcomes={outcomes}
            labels={labels}
            heading={printed.charAt(0).toUpperCase() + printed.slice(1)}
            total={total}
            replayable={search.result !== null && source === search.source}
          />
        </div>
      )}
      {search.status !== 'running' && (
        <div className="export-actions">
          <DownloadResults lab="python" />
        </div>
      )}
    </section>
  );
}
