// The outcome histogram: one bar per outcome on a log scale (a rare relaxed outcome stays visible beside
// millions of ordinary ones), allowed outcomes in the "ok" colour, the forbidden one in the "bad" colour.
import { useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import { litmusOutcomes, LITMUS_TESTS, type LitmusTestId } from '../../core/litmus/index.ts';
import { chartStyle } from '../common/chartStyle.ts';
import { usePalette, withAlpha, type Palette } from '../common/cssColor.ts';
import type { UPlotClass } from '../common/loadUPlot.ts';
import { formatCount } from '../common/format.ts';
import { useUPlot } from '../common/useUPlot.ts';
import { HistogramChart } from '../common/OutcomeTable.tsx';

const CHART_HEIGHT = 220;

interface Props {
  readonly test: LitmusTestId;
  readonly counts: readonly number[];
}

export function OutcomeChart({ test, counts }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const palette = usePalette();
  // The labels follow the test, so a new test rebuilds the chart; counts arrive through setData.
  const shape = useMemo(() => ({ palette, test }), [palette, test]);
  const data = useMemo(() => toData(test, counts), [test, counts]);
  const failed = useUPlot(ref, CHART_HEIGHT, shape, (UPlot) => chartOptions(UPlot, palette, litmusOutcomes(test).map((o) => `${o.r0} ${o.r1}`)), data);
  const described = litmusOutcomes(test)
    .map((o) => `${o.label}: ${formatCount(counts[o.index] ?? 0)}`)
    .join(', ');

  return (
    <HistogramChart chartRef={ref} className="litmus-chart" label={`Bar chart of outcome counts, log scale. ${described}.`} failed={failed} />
  );
}

/** Zero counts draw nothing (log scale); the forbidden outcome gets its own series for its colour. */
function toData(test: LitmusTestId, counts: readonly number[]): uPlot.AlignedData {
  const relaxed = LITMUS_TESTS[test].relaxed;
  const bar = (keep: (i: number) => boolean) => [0, 1, 2, 3].map((i) => (keep(i) && (counts[i] ?? 0) > 0 ? (counts[i] ?? 0) : null));
  return [[0, 1, 2, 3], bar((i) => i !== relaxed), bar((i) => i === relaxed)];
}

function chartOptions(UPlot: UPlotClass, p: Palette, labels: readonly string[]): uPlot.Options {
  const bars = UPlot.paths.bars?.({ size: [0.6, 80], align: 0 });
  const { scale, axis } = chartStyle(p);
  return {
    width: 0,
    height: CHART_HEIGHT,
    cursor: { show: false },
    legend: { live: false },
    scales: {
      x: { time: false, range: [-0.5, 3.5] },
      y: {
        // uPlot declares Distr as a const enum, which erasable-only TypeScript cannot name: 3 is Logarithmic.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        distr: 3,
        log: 10,
        range: (_u, _min, max) => [1, 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(1, max) * 2)))],
      },
    },
    axes: [
      {
        ...axis,
        grid: { show: false },
        label: 'r0 r1',
        labelSize: Math.round(20 * scale),
        splits: () => [0, 1, 2, 3],
        values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
      },
      {
        ...axis,
        size: Math.round(52 * scale),
        // One line per power of ten: the decades are what a log scale is read by.
        splits: (u) => {
          const out: number[] = [];
          for (let v = 1; v <= (u.scales.y?.max ?? 10); v *= 10) out.push(v);
          return out;
        },
        values: (_u, splits) => splits.map((v) => (Math.log10(v) % 1 === 0 ? compact(v) : '')),
      },
    ],
    series: [
      {},
      { label: 'Allowed under SC', stroke: p.ok, fill: withAlpha(p.ok, 0.8), width: 1, paths: bars, points: { show: false }, fillTo: 1 },
      { label: 'Forbidden under SC', stroke: p.bad, fill: withAlpha(p.bad, 0.8), width: 1, paths: bars, points: { show: false }, fillTo: 1 },
    ],
  };
}

const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 0 });

function compact(v: number): string {
  return compactFormat.format(v);
}
