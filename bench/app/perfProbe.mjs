// Installed in the app page before its own scripts: long tasks, long animation frames, frame times.
// Runs in the browser (passed to addInitScript), so it must stay self-contained.
/* global window, requestAnimationFrame -- browser globals: these functions run in the page */

export function installPerfProbe() {
  const supported = PerformanceObserver.supportedEntryTypes ?? [];
  const perf = { supported, longtasks: [], loafs: [], frames: [] };
  window.__benchPerf = perf;
  // A long animation frame names the scripts that ran in it: the longest says what to fix.
  const worstScript = (e) => {
    const scripts = [...(e.scripts ?? [])].sort((a, b) => b.duration - a.duration);
    const s = scripts[0];
    if (!s) return null;
    const fileOf = (url) => url.replace(/^[a-z]+:\/\/[^/]*\//, '').split('/').pop() ?? '';
    const file = fileOf(s.sourceURL ?? '');
    return {
      duration: s.duration,
      // A module script's invoker is its URL: the file name is enough, the test server's port is noise.
      invoker: (s.invoker ?? '').replace(/[a-z]+:\/\/[^\s)]+/g, fileOf),
      invokerType: s.invokerType ?? '',
      source: file ? `${file}:${s.sourceCharPosition ?? -1}` : '',
      functionName: s.sourceFunctionName ?? '',
    };
  };
  const observe = (type, into) => {
    if (!supported.includes(type)) return;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        into.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration ?? null,
          script: type === 'long-animation-frame' ? worstScript(e) : null,
        });
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
