// A uPlot chart in an element: loaded on demand, built when `shape` changes (a theme, other lines),
// fed new data without a rebuild, resized with its element, destroyed with the component.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type uPlot from 'uplot';
import { loadUPlot, type UPlotClass } from './loadUPlot.ts';

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
    let u: uPlot | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => u?.setSize({ width: el.clientWidth, height }));
    const build = (UPlot: UPlotClass): void => {
      if (cancelled) return;
      const options = latestBuild.current(UPlot, el.clientWidth);
      if (!options) return;
      u = new UPlot({ ...options, width: el.clientWidth, height }, latestData.current, el);
      chart.current = u;
      observer.observe(el);
    };
    loadUPlot().then(
      // In a task of its own: a new chart lays out and draws its axes (tens of milliseconds), and in
      // the task that committed the update which mounted it, the two made one frame over 50 ms.
      (UPlot) => {
        timer = setTimeout(() => build(UPlot), 0);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      observer.disconnect();
      u?.destroy();
      chart.current = null;
    };
  }, [ref, height, shape]);

  return failed;
}
