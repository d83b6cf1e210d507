// The sweep's three charts (counter modes, queue kinds, false sharing), the false-sharing ratio under
// the last one, and Save as PNG of them all.
import { useEffect, useRef } from 'react';
import { SERIES_KINDS, type SweepPoint } from '../../core/scaling/sweepPlan.ts';
import type { MeasuredPoint } from '../../engine/scalingResult.ts';
import { usePalette } from '../common/cssColor.ts';
import { loadUPlot } from '../common/loadUPlot.ts';
import { SavePng } from '../shell/SavePng.tsx';
import { SharingRatio } from './SharingRatio.tsx';
import { CHART_TITLES, chartData, type ChartData } from './sweepView.ts';
import { ThroughputChart } from './ThroughputChart.tsx';
import { warmTextWidth } from './throughputChart.ts';

interface Props {
  readonly plan: readonly SweepPoint[];
  readonly points: readonly MeasuredPoint[];
  readonly cores: number;
  readonly ms: number;
}

export function SweepCharts({ plan, points, cores, ms }: Props) {
  const grid = useRef<HTMLDivElement>(null);
  const palette = usePalette();
  // Before any point arrives: fetch the chart library and look the chart font up while nothing runs.
  useEffect(() => {
    const warm = (): void => {
      warmTextWidth(palette);
      void loadUPlot().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(warm, 200);
    return () => clearTimeout(id);
  }, [palette]);
  const charts = SERIES_KINDS.map((kind) => chartData(kind, plan, points)).filter((c): c is ChartData => c !== null);
  return (
    <section className="panel sweep-charts" aria-labelledby="sweep-charts-title">
      <h2 id="sweep-charts-title">Throughput against workers</h2>
      {charts.length === 0 ? (
        <p className="muted">Press Run: each point runs for {ms} ms, and the lines grow as the points come in.</p>
      ) : (
        <>
          <p className="muted sweep-caption">
            Each point ran for {ms} ms on this machine. The scale is logarithmic: equal heights are equal ratios, so a line
            that halves drops by the same height wherever it is.
          </p>
          <div className="sweep-chart-grid" ref={grid}>
            {charts.map((c) => (
              <div key={c.kind} className={`sweep-chart-cell sweep-chart-${c.kind}`}>
                <ThroughputChart chart={c} title={CHART_TITLES[c.kind]} cores={cores} />
                {c.kind === 'sharing' && <SharingRatio points={points} cores={cores} />}
              </div>
            ))}
          </div>
          <div className="export-actions">
            <SavePng from={grid} titles={charts.map((c) => CHART_TITLES[c.kind])} lab="scaling" what="charts" describes="sweep charts" />
          </div>
        </>
      )}
    </section>
  );
}
