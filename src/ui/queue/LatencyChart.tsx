// After a run: how long items waited between put and get, as log2 bars (uPlot, loaded on demand)
// with the median (p50) and the 99th percentile (p99) marked.
import { useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import type { LatencySummary } from '../../core/queue/verify.ts';
import { chartStyle, countChart, drawMark } from '../common/chartStyle.ts';
import { usePalette, withAlpha, type Palette } from '../common/cssColor.ts';
import { formatCount, formatCountOf } from '../common/format.ts';
import { SavePng } from '../shell/SavePng.tsx';
import { formatMicros, latencyBars, latencyPosition, type LatencyBars } from './latencyBars.ts';
import type { UPlotClass } from '../common/loadUPlot.ts';
import { useUPlot } from '../common/useUPlot.ts';

const CHART_HEIGHT = 200;

export function LatencyChart({ latency, sampledEvery }: { latency: LatencySummary; sampledEvery: number }) {
  const bars = useMemo(() => latencyBars(latency.histogram), [latency]);
  const ref = useRef<HTMLDivElement>(null);
  const palette = usePalette();
  // An empty bucket draws nothing (not a flat sliver); the axis still keeps its place.
  const data = useMemo<uPlot.AlignedData>(() => [bars.counts.map((_, i) => i), bars.counts.map((n) => (n > 0 ? n : null))], [bars]);
  const shape = useMemo(() => ({ palette, bars, latency }), [palette, bars, latency]);
  const failed = useUPlot(ref, CHART_HEIGHT, shape, (UPlot) => (bars.counts.length > 0 ? options(UPlot, palette, bars, latency) : null), data);

  if (bars.counts.length === 0) return null;
  const p50 = formatMicros(latency.p50Us);
  const p99 = formatMicros(latency.p99Us);
  const sampled = sampledEvery > 1 ? `, one item in ${sampledEvery} timed` : '';
  return (
    <section className="panel latency" aria-labelledby="latency-title">
      <h2 id="latency-title">Time in the queue</h2>
      <p className="muted latency-caption">
        From put to get: half the items waited less than <strong>{p50}</strong> (p50), 99 in 100 less than{' '}
        <strong>{p99}</strong> (p99). {formatCountOf(latency.samples, 'item')}{sampled}; each bar is twice as wide as the one before.
      </p>
      <div
        ref={ref}
        className="chart-plot latency-plot"
        role="img"
        aria-label={`Bar chart of put-to-get latency, from ${bars.labels[0] ?? ''} to ${bars.labels[bars.labels.length - 1] ?? ''}: p50 ${p50}, p99 ${p99}.`}
      >
        {failed && <p className="hint">The chart could not be loaded.</p>}
      </div>
      <div className="export-actions">
        <SavePng from={ref} titles={['Time in the queue, from put to get']} lab="queue" what="latency" describes="latency chart" />
      </div>
    </section>
  );
}

function options(UPlot: UPlotClass, p: Palette, bars: LatencyBars, latency: LatencySummary): uPlot.Options {
  const { scale, axis } = chartStyle(p);
  const n = bars.counts.length;
  const paths = UPlot.paths.bars?.({ size: [0.85, 80], align: 0, gap: 1 });
  const marks: readonly [string, number, string][] = [
    ['p50', latency.p50Us, p.ok],
    ['p99', latency.p99Us, p.warn],
  ];
  return {
    ...countChart(CHART_HEIGHT, () => [-0.5, n - 0.5], 0.18),
    axes: [
      {
        ...axis,
        grid: { show: false },
        splits: (u) => {
          const step = Math.max(1, Math.ceil((n * 64) / Math.max(1, u.bbox.width / UPlot.pxRatio)));
          const out: number[] = [];
          for (let i = 0; i < n; i += step) out.push(i);
          return out;
        },
        values: (_u, splits) => splits.map((i) => bars.labels[i] ?? ''),
      },
      { ...axis, size: Math.round(48 * scale), values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? formatCount(v) : '')) },
    ],
    series: [{}, { label: 'Items', stroke: p.accent, fill: withAlpha(p.accent, 0.6), width: 1, paths, points: { show: false } }],
    hooks: {
      draw: [
        (u) => {
          for (const [name, us, colour] of marks) {
            if (!Number.isFinite(us)) continue;
            const x = Math.round(u.valToPos(latencyPosition(us, bars.from), 'x', true));
            // The p99 label goes one line lower, so the two never overlap when they sit close.
            drawMark(u, UPlot.pxRatio, p, { x, colour, width: 2, label: `${name} ${formatMicros(us)}`, labelTop: name === 'p99' ? Math.round(18 * scale) : 2 });
          }
        },
      ],
    },
  };
}
