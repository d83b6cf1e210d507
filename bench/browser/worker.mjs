// Bench module worker: runs one Counter job per message, as the lab's worker does, without Comlink.
/* global self -- bundled for a module Web Worker */
import { runCounterJob } from '../../src/core/counter/runCounter.ts';

self.onmessage = ({ data }) => {
  if (data === 'ping') {
    self.postMessage('pong');
    return;
  }
  const result = runCounterJob(new Int32Array(data.buffer), data.job, data.wasm);
  // timeOrigin + now is one clock for the page and all its workers, so the run can be spanned.
  self.postMessage({ ...result, endedAt: performance.timeOrigin + performance.now() });
};
