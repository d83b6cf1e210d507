// Explore all on the main thread without freezing the page: the search runs in short slices and
// yields to the browser between them, reporting progress; it can be cancelled between slices.
import { exploreInSlices, type Exploration, type ExploreOptions, type ExploreProgress } from '../core/explore/explore.ts';
import type { Program } from '../core/explore/program.ts';

/** Work per slice before the page gets the thread back: well under one 50 ms long task. */
const SLICE_BUDGET_MS = 12;
/** States expanded between two clock checks. */
const CHECK_EVERY = 250;

export interface ExploreJob {
  /** The exploration, or null when it was cancelled. */
  readonly done: Promise<Exploration | null>;
  cancel(): void;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function startExploration(
  program: Program,
  onProgress: (p: ExploreProgress) => void,
  options: ExploreOptions = {},
): ExploreJob {
  let cancelled = false;
  const run = async (): Promise<Exploration | null> => {
    const search = exploreInSlices(program, { sliceStates: CHECK_EVERY, ...options });
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
