// Node worker_threads entry for real-thread tests and benchmarks: runs Counter jobs on request.
import { parentPort } from 'node:worker_threads';
import { runCounterJob } from '../core/counter/runCounter.ts';
import type { CounterJob } from '../core/counter/counterJob.ts';

interface Request {
  readonly buffer: SharedArrayBuffer;
  readonly job: CounterJob;
}

const port = parentPort;
if (!port) throw new Error('counterThread must run in a worker thread');
port.on('message', ({ buffer, job }: Request) => {
  port.postMessage(runCounterJob(new Int32Array(buffer), job));
});
