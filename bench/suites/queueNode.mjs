// Suite "queue-node": items/s and enqueue-to-dequeue latency of every queue kind on Node worker_threads.
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { bundle } from '../lib/bundle.mjs';
import { ThreadPool } from '../node/threadPool.mjs';
import { runQueueOnce } from '../queue/drive.mjs';
import { queueGrid } from '../queue/grid.mjs';
import { runQueueGrid } from '../queue/runGrid.mjs';

export async function runQueueNodeSuite(ctx) {
  const threadFile = await bundle(join(ctx.benchDir, 'node', 'queueThread.mjs'), join(ctx.buildDir, 'node', 'queue-thread.mjs'), 'node');
  const size = Math.max(...queueGrid().map((c) => c.producers + c.consumers));
  const pool = new ThreadPool(threadFile, size);
  const env = {
    channel: () => new MessageChannel(),
    call: async (i, req, transfer) => {
      const reply = await pool.call(i, req, transfer);
      if (!reply.ok) throw new Error(`queue thread ${i}: ${reply.error}`);
      return reply.result;
    },
  };
  try {
    const grid = await runQueueGrid(ctx, 'node', (run) => runQueueOnce(env, run, ctx.plan.queueDeadlineMs));
    return { threads: 'worker_threads', ...grid };
  } finally {
    await pool.close();
  }
}
