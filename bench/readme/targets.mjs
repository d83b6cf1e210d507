// The project's quality bars that the bench checks.
export const TARGETS = {
  /** JS Atomics.add ns/op over native fetch_add ns/op, at each thread count. */
  atomicVsNative: 3,
  /** Live view on over live view off, ns/op. */
  liveRatio: 1.1,
  /** No main-thread task (longtask entry) longer than this during a full-speed run. */
  longTaskMs: 50,
  /** 95th percentile of requestAnimationFrame intervals during a run. */
  frameP95Ms: 33,
  /** First contentful paint of a cold load of the built app, median of the loads. */
  firstPaintMs: 1000,
  /** Gzip size of the JavaScript loaded before any lab, in kB of 1000 bytes. */
  initialJsKB: 120,
  /** Run pressed to every worker past the start line, on every run after the first (pool reused). */
  restartMs: 20,
  /** Lock-free SPSC items/s in Chromium, 1 producer and 1 consumer (median of the runs). */
  spscChromiumItemsPerSec: 10_000_000,
  /** SPSC items/s over the MessageChannel baseline's, both 1P1C, in the same Chromium run. */
  spscVsMessage: 50,
  /** Locked queue items/s at 1 producer and 1 consumer, in Node and in Chromium. */
  lockedItemsPerSec: 1_000_000,
  /** WebAssembly engine, contended add with 2 workers: ns/op over native fetch_add's, at most. */
  wasmAtomicVsNative: 2,
  /** The JavaScript engine's ns/op over the WebAssembly engine's for that add, at least. */
  wasmAtomicVsJs: 2,
  /** WebAssembly spsc in Chromium, 1P1C, items/s (median of the runs). */
  wasmSpscItemsPerSec: 20_000_000,
  /** WebAssembly spsc over the message baseline, same run. */
  wasmSpscVsMessage: 150,
};
