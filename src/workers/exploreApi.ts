// The Explorer worker's API, exposed over Comlink: explores every interleaving of a program off
// the main thread, reporting progress about ten times a second. The page cancels by terminating it.
import { exploreInSlices, type Exploration, type ExploreProgress } from '../core/explore/explore.ts';
import type { Program } from '../core/explore/program.ts';

const PROGRESS_EVERY_MS = 100;

export const exploreApi = {
  /** Answers at once: proves the worker loaded. */
  ping(): 'pong' {
    return 'pong';
  },
  /** Runs the whole search here; `onProgress` is a Comlink proxy, so each report is one message. */
  explore(program: Program, onProgress: (p: ExploreProgress) => void): Exploration {
    const search = exploreInSlices(program, { sliceStates: 500 });
    let last = performance.now();
    for (;;) {
      const r = search.next();
      if (r.done) return r.value;
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        onProgress(r.value);
      }
    }
  },
};

export type ExploreApi = typeof exploreApi;
