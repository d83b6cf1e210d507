// A uPlot chart in an element: loaded on demand, built when `shape` changes (a theme, other lines)
// in tasks of its own, fed new data without a rebuild, resized with its element, destroyed with the component.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type uPlot from 'uplot';
import { loadUPlot, type UPlotClass } from './loadUPlot.ts';
import { mountChart } from './mountChart.ts';

/** The options of a chart `width` CSS pixels wide, or null to draw nothing. */
export type BuildChart = (UPlot: UPlotClass, width: number) => uPlot.Options | null;

/**
 * `shape` is compared by identity: a new value rebuilds the chart with the latest `build`; new
 * `data` only calls setData. Returns true when uPlot could not be loaded.
 */
export function useUPlot(ref: RefObject<HTMLElement | null>, height: number, shape: unknown, build: BuildChart, data: uPlot.AlignedData): boolean {
  const [failed, setFailed] = useState(false);
  const chart = useRef<uPlot | null>(null);
  const latestBuild = useRef(build);
  const latestData = useRef(data);

  // Declared before the chart's own effect, so that a rebuild sees this render's build and data.
  useEffect(() => {
    latestBuild.current = build;
  });
  useEffect(() => {
    latestData.current = data;
    chart.current?.setData(data);
  }, [data]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    let unmount = (): void => undefined;
    loadUPlot().then(
      (UPlot) => {
        if (cancelled) return;
        unmount = mountChart(UPlot, el, {
          options: (width) => latestBuild.current(UPlot, width),
          data: () => latestData.current,
          height,
          onReady: (made, built) => {
            // Data that arrived while the chart was being built (the setData effect had no chart yet).
            if (latestData.current !== built) made.setData(latestData.current);
            chart.current = made;
          },
        });
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      unmount();
      chart.current = null;
    };
  }, [ref, height, shape]);

  return failed;
}
