// Node worker_threads entry of the queue bench: runs one producer or consumer job per message.
import { parentPort } from 'node:worker_threads';
import { runQueueJob } from '../queue/runJob.mjs';

parentPort.on('message', (req) => {
  runQueueJob(req).then(
    (result) => parentPort.postMessage({ ok: true, result }),
    (e) => parentPort.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
