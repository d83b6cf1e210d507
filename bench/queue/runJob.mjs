// Worker side of a queue bench run (Node thread or module Web Worker): one producer or consumer job.
import { attachQueue } from '../../src/core/queue/queueLayout.ts';
import { runMessageConsumer, runMessageProducer } from '../../src/core/queue/messageRun.ts';
import { runConsumer, runProducer } from '../../src/core/queue/runQueue.ts';

/**
 * Runs the job exactly as the lab's worker does and adds when it ended on a clock every thread
 * shares (timeOrigin + now), so that the driver can span the run from first start to last end.
 */
export async function runQueueJob({ buffer, job, ports, wasm }) {
  const mem = attachQueue(buffer);
  let result;
  if (job.queue !== 'message') {
    result = job.role === 'producer' ? runProducer(mem, job, wasm) : runConsumer(mem, job, wasm);
  } else if (job.role === 'producer') {
    result = await runMessageProducer(mem, job, ports);
  } else {
    result = await runMessageConsumer(mem, job, ports);
  }
  const endedAt = performance.timeOrigin + performance.now();
  // The consumer has read every message it will read: closing its side ends the channel.
  if (job.queue === 'message' && job.role === 'consumer') for (const p of ports) p.close();
  return { ...result, endedAt };
}
