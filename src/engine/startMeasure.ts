// A user-timing measure of how long a run takes to get its workers going, read by `npm run bench`.
// Main thread only: it never blocks (Atomics.waitAsync) and never delays the run it watches.

type WaitAsync = (
  m: Int32Array,
  index: number,
  value: number,
  timeoutMs: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

// Not in the ES2022 library types, and missing from some browsers that share memory: then no measure.
const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;

/** Long enough for any pooled worker to take its job; a run stopped before its start line is not measured. */
const WATCH_MS = 5_000;

/**
 * Adds one `racelab:<lab>:start-line` measure, from `pressedAt` (the engine's run began) to every
 * one of `parties` workers having arrived at the start line word `slot` (the last one to arrive
 * wakes the others, and this watch). The watch runs when the main thread is free, after Run's own
 * rendering, so the measure is an upper bound. The bench checks that a second run, which reuses
 * the pool, gets there within 20 ms.
 */
export async function measureStartLine(lab: string, pressedAt: number, m: Int32Array, slot: number, parties: number): Promise<void> {
  if (!waitAsync) return;
  const deadline = pressedAt + WATCH_MS;
  // The first look comes after the work already queued here (the page's render for Run), not
  // after a frame: by then the workers, which got their jobs first, have usually arrived.
  await Promise.resolve();
  for (;;) {
    const seen = Atomics.load(m, slot);
    if (seen >= parties) break;
    const left = deadline - performance.now();
    if (left <= 0) return;
    const wait = waitAsync(m, slot, seen, left);
    if (wait.async) await wait.value;
  }
  performance.measure(`racelab:${lab}:start-line`, { start: pressedAt, end: performance.now(), detail: { workers: parties } });
}
