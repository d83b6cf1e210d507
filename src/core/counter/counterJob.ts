// What one worker is asked to do in a Counter run, and what it reports back.
import type { SyncMode } from './syncModes.ts';

export interface CounterJob {
  /** This worker's lane, 0-based. */
  readonly index: number;
  /** Workers in the run: the start line releases them together. */
  readonly workers: number;
  readonly sync: SyncMode;
  readonly iters: number;
  /** +1 or -1: what this worker adds each iteration. */
  readonly dir: 1 | -1;
  /** Race window: busy-work units between the read and the write. */
  readonly window: number;
  /** Publish progress while running (the live view); off measures the bare kernel. */
  readonly live: boolean;
  /** Slow motion: one step per permit from the main thread, every access traced. */
  readonly slow: boolean;
}

export interface CounterWorkerResult {
  readonly index: number;
  /** Iterations completed (less than asked when stopped). */
  readonly ops: number;
  readonly waits: number;
  readonly retries: number;
  readonly elapsedMs: number;
  readonly stopped: boolean;
}
