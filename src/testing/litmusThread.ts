// Node worker_threads entry for real-thread tests and benchmarks: runs one litmus role per request.
import { parentPort } from 'node:worker_threads';
import { attachLitmus } from '../core/litmus/litmusLayout.ts';
import { runLitmus } from '../core/litmus/runLitmus.ts';
import type { LitmusJob, LitmusWorkerResult } from '../core/litmus/litmusJob.ts';

export interface LitmusRequest {
  readonly buffer: SharedArrayBuffer;
  readonly job: LitmusJob;
}
export type LitmusReply = LitmusWorkerResult;

const port = parentPort;
if (!port) throw new Error('litmusThread must run in a worker thread');
port.on('message', ({ buffer, job }: LitmusRequest) => {
  port.postMessage(runLitmus(attachLitmus(buffer), job));
});
