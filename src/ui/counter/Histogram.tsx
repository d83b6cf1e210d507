// Final values over many trials: a bar chart (uPlot, loaded on demand) with the expected value
// marked, and a jcstress-style table of outcomes with their verdicts.
import { Fragment, useEffect, useMemo, useRef, type RefObject } from 'react';
import type uPlot from 'uplot';
import type { UPlotClass } from '../common/loadUPlot.ts';
import { useUPlot } from '../common/useUPlot.ts';
import { chartStyle, drawMark } from '../common/chartStyle.ts';
import type { CounterTrial } from '../../engine/counterResult.ts';
import { usePalette, withAlpha, type Palette } from '../common/cssColor.ts';
import { formatCount } from '../common/format.ts';
import { SavePng } from '../shell/SavePng.tsx';
import { bucketise, caption, formatShare, outcomeRows, type Bucket } from './histogram.ts';
import './Histogram.css';

export interface HistogramProps {
  readonly trials: readonly CounterTrial[];
  readonly expected: number;
}

const CHART_HEIGHT = 220;

export function Histogram({ trials, expected }: HistogramProps) {
  // A trial cut short by Stop did fewer iterations: its total says nothing about lost updates.
  const values = useMemo(() => trials.filter((t) => !t.stopped).map((t) => t.actual), [trials]);
  const stopped = trials.length - values.length;
  const buckets = useMemo(() => bucketise(values, expected), [values, expected]);
  const rows = useMemo(() => outcomeRows(values, expected), [values, expected]);
  const summary = caption(values, expected);
  const plotRef = useRef<HTMLDivElement>(null);
  const failed = useBarChart(plotRef, buckets, expected);

  if (values.length === 0) return null;
  return (
    <section className="panel histogram" aria-labelledby="histogram-title">
      <h3 className="histogram-title" id="histogram-title">
        Final values over {values.length} trials
      </h3>
      <p className="histogram-caption">
        {summary}
        {stopped > 0 && <span className="histogram-note"> ({stopped} stopped {stopped === 1 ? 'trial' : 'trials'} not counted)</span>}
      </p>
      <div className="histogram-body">
        <div className="histogram-chart" ref={plotRef} role="img" aria-label={`Bar chart of final values. ${summary}.`}>
          {failed && <p className="histogram-note">The chart could not be loaded; the table has the same numbers.</p>}
        </div>
        <div className="histogram-table">
          <table className="outcome-table">
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col" className="num">Count</th>
                <th scope="col" className="num">%</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label} className={r.expected ? 'expected' : undefined}>
                  <td className="outcome">
                    {r.label.split(' … ').map((part, k, all) => (
                      <Fragment key={k}>
                        <span className="bound">{k < all.length - 1 ? `${part} …` : part}</span>
                        {k < all.length - 1 && ' '}
                      </Fragment>
                    ))}
                  </td>
                  <td className="num">{formatCount(r.count)}</td>
                  <td className="num">{formatShare(r.pct)}</td>
                  <td>
                    {r.expected ? <span className="verdict ok">Expected</span> : <span className="verdict bad">Lost updates</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="export-actions">
        <SavePng from={plotRef} titles={[`Final values over ${values.length} trials`]} lab="counter" what="histogram" describes="histogram of final values" />
      </div>
    </section>
  );
}

/** Draws the buckets into `ref`; rebuilt on a theme change, fed new data as trials finish. */
function useBarChart(ref: RefObject<HTMLDivElement | null>, buckets: Bucket[], expected: number): boolean {
  const palette = usePalette();
  // The axis reads the buckets of the latest data, which a chart built earlier cannot be handed.
  const latest = useRef(buckets);
  useEffect(() => {
    latest.current = buckets;
  }, [buckets]);
  const shape = useMemo(() => ({ palette, expected }), [palette, expected]);
  const data = useMemo(() => toData(buckets), [buckets]);
  return useUPlot(ref, CHART_HEIGHT, shape, (UPlot) => chartOptions(UPlot, palette, expected, latest), data);
}

function toData(buckets: readonly Bucket[]): uPlot.AlignedData {
  return [
    buckets.map((_, i) => i),
    buckets.map((b) => (b.expected ? b.count : null)),
    // An empty bin draws nothing (not a flat sliver); the axis still leaves its place.
    buckets.map((b) => (b.expected || b.count === 0 ? null : b.count)),
  ];
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function tickLabel(b: Bucket | undefined): string {
  if (!b) return '';
  if (b.lo === b.hi) return Math.abs(b.lo) >= 100_000 ? compact.format(b.lo).replace('-', '−') : formatCount(b.lo);
  return compact.format(b.lo).replace('-', '−');
}

function chartOptions(UPlot: UPlotClass, p: Palette, expected: number, data: RefObject<Bucket[]>): uPlot.Options {
  const bars = UPlot.paths.bars?.({ size: [0.8, 64], align: 0, gap: 1 });
  const { scale, axis } = chartStyle(p);
  return {
    width: 0,
    height: CHART_HEIGHT,
    cursor: { show: false },
    legend: { live: false },
    scales: {
      // Buckets sit at 0..n-1: the split around the expected value keeps every bar the same width.
      x: { time: false, range: () => [-0.5, Math.max(0.5, data.current.length - 0.5)] },
      y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        // Ticks step out from the expected bar, so that it is always labelled and its neighbours
        // (the ends of a split range) are skipped when space is short.
        splits: (u) => {
          const n = data.current.length;
          const step = Math.max(1, Math.ceil((n * 72) / Math.max(1, u.bbox.width / UPlot.pxRatio)));
          const at = Math.max(0, data.current.findIndex((b) => b.expected));
          const out: number[] = [];
          for (let i = at % step; i < n; i += step) out.push(i);
          return out;
        },
        values: (_u, splits) => splits.map((i) => tickLabel(data.current[i])),
      },
      { ...axis, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], size: Math.round(44 * scale) },
    ],
    series: [
      {},
      { label: `Expected (${formatCount(expected)})`, stroke: p.ok, fill: withAlpha(p.ok, 0.8), width: 1, paths: bars, points: { show: false } },
      { label: 'Lost updates', stroke: p.bad, fill: withAlpha(p.bad, 0.5), width: 1, paths: bars, points: { show: false } },
    ],
    hooks: {
      // A dashed line where the exact value sits (behind the bars), visible even when no trial reached it.
      drawAxes: [
        (u) => {
          const at = data.current.findIndex((b) => b.expected);
          if (at >= 0) drawMark(u, UPlot.pxRatio, p, { x: Math.round(u.valToPos(at, 'x', true)), colour: p.ok });
        },
      ],
    },
  };
}
