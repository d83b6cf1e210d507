// Node worker_threads entry for real-thread tests and benchmarks: runs Counter jobs on request.
import { parentPort } from 'node:worker_threads';
import { runCounterJob } from '../core/counter/runCounter.ts';
import type { CounterJob, CounterWorkerResult } from '../core/counter/counterJob.ts';

export interface CounterRequest {
  readonly buffer: SharedArrayBuffer;
  readonly job: CounterJob;
}
export type CounterReply = CounterWorkerResult;

const port = parentPort;
if (!port) throw new Error('counterThread must run in a worker thread');
port.on('message', ({ buffer, job }: CounterRequest) => {
  port.postMessage(runCounterJob(new Int32Array(buffer), job));
});
