// One throughput-against-workers chart of the sweep: its lines grow as the points arrive; the key is
// drawn in the canvas (a saved PNG keeps it), and the label says every line in words.
import { useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { seriesUnit } from '../../core/scaling/sweepPlan.ts';
import { usePalette } from '../common/cssColor.ts';
import { useUPlot } from '../common/useUPlot.ts';
import { formatThroughput, throughputOptions } from './throughputChart.ts';
import type { ChartData } from './sweepView.ts';

const CHART_HEIGHT = 260;

interface Props {
  readonly chart: ChartData;
  readonly title: string;
  readonly cores: number;
}

export function ThroughputChart({ chart, title, cores }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const palette = usePalette();
  const unit = seriesUnit(chart.kind);
  const columns = chart.workers.join(',');
  const ids = chart.lines.map((l) => l.id).join(',');
  // Built again only for another theme or another set of lines and columns; points come by setData.
  const shape = useMemo(() => ({ palette, columns, ids, cores, unit }), [palette, columns, ids, cores, unit]);
  // The same numbers keep the same data, so that the chart is drawn again only when a point of its
  // own arrives: every store update builds new chart objects, and redrawing all three charts at the
  // end of a sweep cost one task of over 70 ms (axis text on the canvas is slow to draw).
  const dataKey = JSON.stringify([chart.workers, ...chart.lines.map((l) => l.values)]);
  const data = useMemo(() => JSON.parse(dataKey) as uPlot.AlignedData, [dataKey]);
  const failed = useUPlot(ref, CHART_HEIGHT, shape, (UPlot) => throughputOptions(UPlot, palette, chart, cores, unit), data);

  return (
    <figure className="chart sweep-chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div ref={ref} className="chart-plot sweep-plot" role="img" aria-label={describe(chart, title, unit, cores)}>
        {failed && <p className="hint">The chart could not be loaded; the table below has every point.</p>}
      </div>
    </figure>
  );
}

/** The chart in words: each line from its first measured point to its last. */
function describe(chart: ChartData, title: string, unit: string, cores: number): string {
  const lines = chart.lines.map((l) => {
    const at = l.values.flatMap((v, i) => (v === null ? [] : [{ n: chart.workers[i] ?? 0, v }]));
    const a = at[0];
    const b = at[at.length - 1];
    if (!a || !b) return `${l.label}: not measured yet`;
    if (a === b) return `${l.label}: ${formatThroughput(a.v)} at ${a.n}`;
    return `${l.label}: ${formatThroughput(a.v)} at ${a.n} to ${formatThroughput(b.v)} at ${b.n}`;
  });
  return `${title}: ${unit} against workers, log scale, a line at ${cores} cores. ${lines.join('; ')}.`;
}
