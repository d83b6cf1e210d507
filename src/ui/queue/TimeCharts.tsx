// Occupancy and throughput over the run (uPlot, loaded on demand): drawn live from the series the
// live view samples, and kept after the run until the next one starts.
import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type uPlot from 'uplot';
import { useStore } from '../../state/store.ts';
import { chartStyle } from '../common/chartStyle.ts';
import { usePalette, withAlpha, type Palette } from '../common/cssColor.ts';
import { formatCount } from '../common/format.ts';
import { SavePng } from '../shell/SavePng.tsx';
import { loadUPlot, type UPlotClass } from '../common/loadUPlot.ts';
import { mountChart } from '../common/mountChart.ts';
import { pacedDraw } from '../common/pacedDraw.ts';
import { queueSeries, secondsLabels, SeriesColumn, type TimeSeries } from './series.ts';

const CHART_HEIGHT = 170;
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function hasSamples(): boolean {
  return queueSeries.length > 1;
}

function subscribeSeries(listener: () => void): () => void {
  return queueSeries.subscribe(listener);
}

export function TimeCharts() {
  const params = useStore((s) => s.queueRunParams);
  const running = useStore((s) => s.status === 'running' && s.runLab === 'queue');
  const ready = useSyncExternalStore(subscribeSeries, hasSamples, () => false);
  const occupancyRef = useRef<HTMLDivElement>(null);
  const rateRef = useRef<HTMLDivElement>(null);
  const ring = params?.queue !== 'message';
  const ceiling = params ? (ring ? params.capacity : params.capacity * params.producers) : 1;
  const show = params !== null && (ready || running);
  const failedA = useSeriesChart(occupancyRef, show, 'occupancy', ceiling, ring);
  const failedB = useSeriesChart(rateRef, show, 'rate', ceiling, ring);

  return (
    <section className="panel queue-charts" aria-labelledby="queue-charts-title">
      <h2 id="queue-charts-title">Over time</h2>
      {!show ? (
        <p className="muted">How full the queue is and how fast items move, drawn while the run goes.</p>
      ) : (
        <div className="chart-pair">
          <figure className="chart">
            <figcaption className="chart-title">{ring ? 'Items in the queue' : 'Items in flight'}</figcaption>
            <div
              ref={occupancyRef}
              className="chart-plot"
              role="img"
              aria-label={`Line chart of the items ${ring ? 'in the queue' : 'in flight'} over time, from 0 to ${formatCount(ceiling)}.`}
            />
          </figure>
          <figure className="chart">
            <figcaption className="chart-title">
              Items per second
              <span className="chart-key">
                <span className="key-line key-taken" aria-hidden="true" /> taken
                <span className="key-line key-put" aria-hidden="true" /> put
              </span>
            </figcaption>
            <div ref={rateRef} className="chart-plot" role="img" aria-label="Line chart of items put and taken per second over time." />
          </figure>
          {(failedA || failedB) && <p className="hint">The charts could not be loaded; the results below have the numbers.</p>}
        </div>
      )}
      {show && (
        <div className="export-actions">
          <SavePng
            from={() => occupancyRef.current?.closest<HTMLElement>('.chart-pair') ?? null}
            titles={[ring ? 'Items in the queue' : 'Items in flight', 'Items per second (dashed: put, solid: taken)']}
            lab="queue"
            what="charts"
            describes="charts over time"
          />
        </div>
      )}
    </section>
  );
}

type Kind = 'occupancy' | 'rate';

/** A redraw at most this often: the series gains a sample every 100 ms, and each redraw lays out the axes again. */
const REDRAW_EVERY_MS = 250;

/**
 * A uPlot chart fed from the series, rebuilt on a theme or run change. It is built and redrawn in
 * tasks of its own, never in the Run click's task or in the live view's frames, and redrawn at most
 * every REDRAW_EVERY_MS: the last sample of a run is always drawn.
 */
function useSeriesChart(ref: RefObject<HTMLDivElement | null>, show: boolean, kind: Kind, ceiling: number, ring: boolean): boolean {
  const palette = usePalette();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!show || !el) return;
    let cancelled = false;
    let u: uPlot | null = null;
    let drawn = -1;
    const redraw = pacedDraw(() => {
      if (!u || drawn === queueSeries.version) return;
      drawn = queueSeries.version;
      u.setData(toData(queueSeries, kind));
    }, REDRAW_EVERY_MS);
    const unsubscribe = queueSeries.subscribe(() => redraw.request());
    let unmount = (): void => undefined;
    loadUPlot().then(
      (UPlot) => {
        if (cancelled) return;
        let builtVersion = -1;
        unmount = mountChart(UPlot, el, {
          options: (width) => options(UPlot, palette, kind, ceiling, ring, width),
          data: () => {
            builtVersion = queueSeries.version;
            return toData(queueSeries, kind);
          },
          height: CHART_HEIGHT,
          onReady: (made) => {
            u = made;
            drawn = builtVersion;
            redraw.request();
          },
        });
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      unsubscribe();
      redraw.cancel();
      unmount();
      u = null;
    };
  }, [ref, show, kind, ceiling, ring, palette]);
  return failed;
}

function toData(s: TimeSeries, kind: Kind): uPlot.AlignedData {
  const n = s.length;
  const t = s.t.subarray(0, n);
  if (kind === 'occupancy') return [t, s.columns[SeriesColumn.occupancy]!.subarray(0, n)];
  return [t, s.columns[SeriesColumn.producedRate]!.subarray(0, n), s.columns[SeriesColumn.consumedRate]!.subarray(0, n)];
}

function options(UPlot: UPlotClass, p: Palette, kind: Kind, ceiling: number, ring: boolean, width: number): uPlot.Options {
  const { scale, axis } = chartStyle(p);
  const x: uPlot.Axis = { ...axis, values: (_u, splits) => secondsLabels(splits) };
  const common = {
    width,
    height: CHART_HEIGHT,
    cursor: { show: false },
    legend: { show: false },
  };
  if (kind === 'occupancy') {
    return {
      ...common,
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, ring ? ceiling : Math.max(max * 1.1, 1))] } },
      axes: [x, { ...axis, size: Math.round(48 * scale), values: (_u, splits) => splits.map((v) => compact.format(v)) }],
      series: [
        {},
        { label: ring ? 'In the queue' : 'In flight', stroke: p.accent, fill: withAlpha(p.accent, 0.18), width: 1.5, points: { show: false }, paths: UPlot.paths.stepped?.({ align: 1 }) },
      ],
    };
  }
  return {
    ...common,
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
    axes: [x, { ...axis, size: Math.round(52 * scale), values: (_u, splits) => splits.map((v) => compact.format(v)) }],
    series: [
      {},
      { label: 'Put', stroke: p.muted, width: 1.5, dash: [5, 4], points: { show: false } },
      { label: 'Taken', stroke: p.accent, width: 2, points: { show: false } },
    ],
  };
}
