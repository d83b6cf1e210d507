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
    // uPlot redraws on every setSize, same size or not, and the observer reports the size it starts
    // with and every change of the page around the chart: only a new width is worth a redraw.
    const observer = new ResizeObserver(() => {
      if (u && el.clientWidth !== u.width) u.setSize({ width: el.clientWidth, height });
    });
    const build = (UPlot: UPlotClass): void => {
      if (cancelled) return;
      const options = latestBuild.current(UPlot, el.clientWidth);
      if (!options) return;
      const built = latestData.current;
      // Two tasks: uPlot sets up its series and axes here, and lays out and draws the chart (its
      // init) in the next one. A chart's first build, in one task, took 70 ms on a quiet machine.
      u = new UPlot({ ...options, width: el.clientWidth, height }, built, (made, init) => {
        timer = setTimeout(() => {
          if (cancelled) return;
          el.appendChild(made.root);
          (init as () => void)();
          // Data that arrived between the two tasks (the setData effect had no chart yet).
          if (latestData.current !== built) made.setData(latestData.current);
          chart.current = made;
          observer.observe(el);
        }, 0);
      });
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
