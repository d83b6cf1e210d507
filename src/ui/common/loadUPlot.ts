// uPlot and its stylesheet, fetched the first time a chart is drawn (not in the initial bundle).
import type uPlot from 'uplot';

export type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | null = null;

export function loadUPlot(): Promise<UPlotClass> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([m]) => m.default,
    (e: unknown) => {
      // Forget a failed fetch (offline, say), so that the next chart tries again.
      loading = null;
      throw e;
    },
  );
  return loading;
}
