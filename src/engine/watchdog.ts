// Watches a run's progress counter and reports when it stops moving (and when it moves again).

export interface WatchdogOptions {
  /** A number that grows while the run makes progress. */
  readonly progress: () => number;
  /** A paused run is not stalled. */
  readonly paused: () => boolean;
  /** Called with the stalled time once stalled, then with 0 when progress resumes. */
  readonly onStall: (ms: number) => void;
  readonly stallMs: number;
  readonly everyMs?: number;
  readonly now?: () => number;
}

export function startWatchdog(o: WatchdogOptions): () => void {
  const now = o.now ?? (() => performance.now());
  let last = o.progress();
  let since = now();
  let stalled = false;
  const timer = setInterval(() => {
    const t = now();
    const p = o.progress();
    if (p !== last || o.paused()) {
      last = p;
      since = t;
      if (stalled) o.onStall(0);
      stalled = false;
    } else if (t - since >= o.stallMs) {
      stalled = true;
      o.onStall(t - since);
    }
  }, o.everyMs ?? 500);
  return () => clearInterval(timer);
}
