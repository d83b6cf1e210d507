// Installed in the app page before its own scripts: long tasks, long animation frames, frame times.
// Runs in the browser (passed to addInitScript), so it must stay self-contained.
/* global window, requestAnimationFrame -- browser globals: these functions run in the page */

export function installPerfProbe() {
  const supported = PerformanceObserver.supportedEntryTypes ?? [];
  const perf = { supported, longtasks: [], loafs: [], frames: [] };
  window.__benchPerf = perf;
  const observe = (type, into) => {
    if (!supported.includes(type)) return;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        into.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration ?? null });
      }
    }).observe({ type, buffered: true });
  };
  observe('longtask', perf.longtasks);
  observe('long-animation-frame', perf.loafs);
  let last = null;
  const tick = (t) => {
    if (last !== null) perf.frames.push([t, t - last]);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The probe's findings between two performance.now() readings. */
export function collectPerf([from, to]) {
  const perf = window.__benchPerf;
  const inRun = (e) => e.start + e.duration >= from && e.start <= to;
  return {
    supported: perf.supported.filter((t) => t === 'longtask' || t === 'long-animation-frame'),
    longtasks: perf.longtasks.filter(inRun),
    loafs: perf.loafs.filter(inRun),
    frames: perf.frames.filter(([t]) => t >= from && t <= to).map(([, d]) => d),
  };
}
