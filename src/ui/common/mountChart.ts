// A uPlot chart put into an element in tasks of its own, never in the one that asked for it, then
// resized with the element (for a new width only).
import type uPlot from 'uplot';
import type { UPlotClass } from './loadUPlot.ts';

export interface ChartMount {
  /** The options of a chart `width` CSS pixels wide, or null to draw nothing. */
  readonly options: (width: number) => uPlot.Options | null;
  /** The data to draw, read when the chart is set up. */
  readonly data: () => uPlot.AlignedData;
  readonly height: number;
  /** The chart is in the element, laid out and drawn with `built`; newer data goes in with setData. */
  readonly onReady: (chart: uPlot, built: uPlot.AlignedData) => void;
}

/**
 * Mounts the chart over two tasks: uPlot sets up its series and axes in the first, lays out and
 * draws the chart (its init) in the next. A chart's first build in one task took 70 ms on a quiet
 * machine, and in the task that committed the update which mounted it (a Run click, say) the two
 * made one frame over 50 ms. Returns what cancels a mount under way or destroys the chart.
 */
export function mountChart(UPlot: UPlotClass, el: HTMLElement, mount: ChartMount): () => void {
  let cancelled = false;
  let chart: uPlot | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // uPlot redraws on every setSize, same size or not, and the observer reports the size it starts
  // with and every change of the page around the chart: only a new width is worth a redraw.
  const observer = new ResizeObserver(() => {
    if (chart && el.clientWidth !== chart.width) chart.setSize({ width: el.clientWidth, height: mount.height });
  });
  const setUp = (): void => {
    if (cancelled) return;
    const options = mount.options(el.clientWidth);
    if (!options) return;
    const built = mount.data();
    chart = new UPlot({ ...options, width: el.clientWidth, height: mount.height }, built, (made, init) => {
      timer = setTimeout(() => {
        if (cancelled) return;
        el.appendChild(made.root);
        (init as () => void)();
        observer.observe(el);
        mount.onReady(made, built);
      }, 0);
    });
  };
  timer = setTimeout(setUp, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    observer.disconnect();
    chart?.destroy();
  };
}
