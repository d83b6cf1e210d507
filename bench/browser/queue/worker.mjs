// Queue bench module worker: runs one producer or consumer job per message, as the lab's worker does, without Comlink.
/* global self -- bundled for a module Web Worker */
import { runQueueJob } from '../../queue/runJob.mjs';

self.onmessage = ({ data }) => {
  if (data === 'ping') {
    self.postMessage({ ok: true, result: 'pong' });
    return;
  }
  runQueueJob(data).then(
    (result) => self.postMessage({ ok: true, result }),
    (e) => self.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
};
