// Split searches' workers run on one thread for the property tests: each worker's generator takes a
// turn of `turns[i]` slices (the list cycled), so fast-check can pick how the workers race for work.
// Concurrency contract: none; one thread drives every generator.

/** Every run's answer, in worker order; `onSlice` hears each slice's number (1, 2, …) before it runs. */
export function interleave<P>(runs: readonly Generator<unknown, P, unknown>[], turns: readonly number[], onSlice?: (slice: number) => void): P[] {
  const parts: (P | undefined)[] = [];
  const done = new Set<number>();
  let t = 0;
  let slices = 0;
  while (done.size < runs.length) {
    runs.forEach((run, w) => {
      if (done.has(w)) return;
      for (let k = 0; k < turns[t++ % turns.length]!; k++) {
        onSlice?.(++slices);
        const r = run.next();
        if (r.done) {
          parts[w] = r.value;
          done.add(w);
          return;
        }
      }
    });
  }
  return parts as P[];
}
