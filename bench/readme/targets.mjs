// The quality bars of DESIGN.md that the bench checks.
export const TARGETS = {
  /** JS Atomics.add ns/op over native fetch_add ns/op, at each thread count. */
  atomicVsNative: 3,
  /** Live view on over live view off, ns/op. */
  liveRatio: 1.1,
  /** 95th percentile of requestAnimationFrame intervals during a run. */
  frameP95Ms: 33,
  /** Gzip size of the JavaScript loaded before any lab, in kB of 1000 bytes. */
  initialJsKB: 120,
  /** Lock-free SPSC items/s in Chromium, 1 producer and 1 consumer (median of the runs). */
  spscChromiumItemsPerSec: 10_000_000,
  /** SPSC items/s over the MessageChannel baseline's, both 1P1C, in the same Chromium run. */
  spscVsMessage: 50,
  /** Locked queue items/s at 1 producer and 1 consumer, in Node and in Chromium. */
  lockedItemsPerSec: 1_000_000,
};
