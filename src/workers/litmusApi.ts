// The Litmus worker's API, exposed over Comlink: the control plane only (run one role, get its
// report). The races, the meetings and the live tally all live in the SharedArrayBuffer.
import { attachLitmus, runLitmus, type LitmusJob, type LitmusWorkerResult } from '../core/litmus/index.ts';

export const litmusApi = {
  /** Answers at once: proves the worker loaded and is not stuck in a job. */
  ping(): 'pong' {
    return 'pong';
  },
  /** Runs one role of a litmus test to the end (or until stopped) on this worker's thread. */
  runLitmus(buffer: SharedArrayBuffer, job: LitmusJob): LitmusWorkerResult {
    return runLitmus(attachLitmus(buffer), job);
  },
};

export type LitmusApi = typeof litmusApi;
