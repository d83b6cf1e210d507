// Node worker_threads entry of the bench: runs one Counter job per message, says when it ended.
import { parentPort } from 'node:worker_threads';
import { runCounterJob } from '../../src/core/counter/runCounter.ts';

parentPort.on('message', ({ buffer, job }) => {
  const result = runCounterJob(new Int32Array(buffer), job);
  // timeOrigin + now is one clock for every thread, so the driver can span the whole run.
  parentPort.postMessage({ ...result, endedAt: performance.timeOrigin + performance.now() });
});
