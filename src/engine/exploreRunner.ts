// Explore all without freezing the page: in a worker when the browser has them (cancelled by
// terminating it), else on the main thread in short slices that yield to the browser between
// them. Either way with progress reports.
import { proxy, wrap } from 'comlink';
import { exploreInSlices, type Exploration, type ExploreProgress } from '../core/explore/explore.ts';
import type { Program } from '../core/explore/program.ts';
import type { ExploreApi } from '../workers/exploreApi.ts';
import { spawnExploreWorker } from '../workers/spawn.ts';

/** Work per slice on the main thread before the page gets it back. */
const SLICE_BUDGET_MS = 12;
/** States expanded between two clock checks. */
const CHECK_EVERY = 100;

export interface ExploreJob {
  /** The exploration, or null when it was cancelled. */
  readonly done: Promise<Exploration | null>;
  cancel(): void;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The search on the main thread, a slice per task. */
export function exploreOnMainThread(program: Program, onProgress: (p: ExploreProgress) => void): ExploreJob {
  let cancelled = false;
  const run = async (): Promise<Exploration | null> => {
    const search = exploreInSlices(program, { sliceStates: CHECK_EVERY });
    for (;;) {
      // Start on a fresh task, so the click that started it paints its "exploring" state first.
      await nextTask();
      if (cancelled) return null;
      const started = performance.now();
      for (;;) {
        const r = search.next();
        if (r.done) return r.value;
        if (performance.now() - started >= SLICE_BUDGET_MS) {
          onProgress(r.value);
          break;
        }
      }
    }
  };
  return {
    done: run(),
    cancel: () => {
      cancelled = true;
    },
  };
}

/** The search in a worker of its own; if the worker cannot start, on the main thread instead. */
function exploreInWorker(program: Program, onProgress: (p: ExploreProgress) => void): ExploreJob {
  const worker = spawnExploreWorker('explore');
  let finish!: (r: Exploration | null) => void;
  let fail!: (e: unknown) => void;
  let fallback: ExploreJob | null = null;
  let over = false;
  // The executor runs at once, so both are set before anything below can call them.
  const done = new Promise<Exploration | null>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const end = (): void => {
    over = true;
    worker.terminate();
  };
  // A worker that fails to load (a blocked script, an old browser) reports an error event.
  worker.addEventListener('error', (e) => {
    if (over) return;
    e.preventDefault();
    end();
    fallback = exploreOnMainThread(program, onProgress);
    fallback.done.then(finish, fail);
  });
  const api = wrap<ExploreApi>(worker);
  api.explore(program, proxy(onProgress)).then(
    (r) => {
      if (over) return;
      end();
      finish(r);
    },
    (e: unknown) => {
      if (over) return;
      end();
      fail(e);
    },
  );
  return {
    done,
    cancel: () => {
      if (fallback) fallback.cancel();
      else if (!over) {
        end();
        finish(null);
      }
    },
  };
}

export function startExploration(program: Program, onProgress: (p: ExploreProgress) => void): ExploreJob {
  return typeof Worker === 'function' ? exploreInWorker(program, onProgress) : exploreOnMainThread(program, onProgress);
}
