// Final values over many trials: a bar chart (uPlot, loaded on demand) on a numeric axis with the
// expected value marked, and beside it a table of the same bins with their verdicts.
import { Fragment, useEffect, useMemo, useRef, type RefObject } from 'react';
import type uPlot from 'uplot';
import type { UPlotClass } from '../common/loadUPlot.ts';
import { useUPlot } from '../common/useUPlot.ts';
import { chartStyle, countChart, drawMark } from '../common/chartStyle.ts';
import type { CounterTrial } from '../../engine/counterResult.ts';
import { usePalette, withAlpha, type Palette } from '../common/cssColor.ts';
import { formatCompact, formatCount, formatPct } from '../common/format.ts';
import { SavePng } from '../shell/SavePng.tsx';
import { bucketise, caption, outcomeRows, type Bucket } from './histogram.ts';
import './Histogram.css';
import { HistogramChart, OutcomeTable } from '../common/OutcomeTable.tsx';

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
  const rows = useMemo(() => outcomeRows(buckets, values.length), [buckets, values.length]);
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
        <HistogramChart chartRef={plotRef} label={`Bar chart of final values. ${summary}.`} failed={failed} />
        <OutcomeTable label="Trials by final value" outcome="Outcome" count="Count" verdicts={['Verdict']}>
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
              <td className="num">{formatPct(r.pct)}</td>
              <td>{r.expected ? <span className="verdict ok">Expected</span> : <span className="verdict bad">Lost updates</span>}</td>
            </tr>
          ))}
        </OutcomeTable>
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
  // The bars are drawn from the latest buckets, which a chart built earlier cannot be handed.
  const latest = useRef(buckets);
  useEffect(() => {
    latest.current = buckets;
  }, [buckets]);
  const shape = useMemo(() => ({ palette, expected }), [palette, expected]);
  const data = useMemo(() => toData(buckets), [buckets]);
  return useUPlot(ref, CHART_HEIGHT, shape, (UPlot) => chartOptions(UPlot, palette, expected, latest), data);
}

/** One point per bucket at its lower edge, and one past the last: the scales span every value. */
function toData(buckets: readonly Bucket[]): uPlot.AlignedData {
  const last = buckets.at(-1);
  return [
    [...buckets.map((b) => b.lo), last ? last.hi + 1 : 0],
    [...buckets.map((b) => b.count), 0],
  ];
}

/** Narrowest a bar is drawn, in CSS pixels: the expected value's bucket is one integer wide. */
const MIN_BAR_PX = 6;

function chartOptions(UPlot: UPlotClass, p: Palette, expected: number, data: RefObject<Bucket[]>): uPlot.Options {
  const { scale, axis } = chartStyle(p);
  const r = UPlot.pxRatio;
  return {
    // A real numeric axis: a bar's place and width are its values'.
    ...countChart(CHART_HEIGHT, (_u, min, max) => [Math.min(min, expected), Math.max(max, expected + 1)], 0.1),
    axes: [
      { ...axis, grid: { show: false }, space: Math.round(70 * scale), values: (_u, splits) => splits.map((v) => formatAxis(v)) },
      { ...axis, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], size: Math.round(44 * scale), label: 'trials', labelSize: Math.round(18 * scale) },
    ],
    // The counts set the y scale; the bars are drawn below, each from lo to hi + 1.
    series: [{}, { label: 'Trials', stroke: 'transparent', paths: () => null, points: { show: false } }],
    hooks: {
      drawAxes: [
        (u) => {
          // A dashed line where the exact value sits (behind the bars), visible even when no trial reached it.
          drawMark(u, r, p, { x: Math.round(u.valToPos(expected + 0.5, 'x', true)), colour: p.ok });
        },
      ],
      draw: [
        (u) => {
          const ctx = u.ctx;
          const y0 = u.valToPos(0, 'y', true);
          ctx.save();
          for (const b of data.current) {
            if (b.count === 0) continue;
            let x0 = u.valToPos(b.lo, 'x', true);
            let x1 = u.valToPos(b.hi + 1, 'x', true);
            if (x1 - x0 < MIN_BAR_PX * r) {
              const mid = (x0 + x1) / 2;
              x0 = mid - (MIN_BAR_PX * r) / 2;
              x1 = mid + (MIN_BAR_PX * r) / 2;
            }
            const y = u.valToPos(b.count, 'y', true);
            ctx.fillStyle = withAlpha(b.expected ? p.ok : p.bad, b.expected ? 0.85 : 0.55);
            ctx.strokeStyle = b.expected ? p.ok : p.bad;
            ctx.lineWidth = r;
            // A one-pixel gap between neighbours, so that adjacent bins read as bars.
            ctx.fillRect(x0 + r / 2, y, Math.max(r, x1 - x0 - r), y0 - y);
            ctx.strokeRect(x0 + r / 2, y, Math.max(r, x1 - x0 - r), y0 - y);
          }
          ctx.restore();
        },
      ],
    },
  };
}

/** Axis values: compact beyond ten thousand ("−120K"), with the page's minus sign. */
function formatAxis(v: number): string {
  return Math.abs(v) >= 10_000 ? formatCompact(v) : formatCount(v);
}
