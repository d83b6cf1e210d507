// Suite "queue-chromium": items/s and enqueue-to-dequeue latency of every queue kind in module Web Workers.
/* global window -- only inside callbacks that run in the page */
import { join } from 'node:path';
import { withBenchPage } from '../lib/benchPage.mjs';
import { hasChromium } from '../lib/chromium.mjs';
import { runQueueGrid } from '../queue/runGrid.mjs';

export async function runQueueChromiumSuite(ctx) {
  if (!hasChromium()) return { skipped: 'Chromium not found (set CHROMIUM_PATH)' };
  const src = join(ctx.benchDir, 'browser', 'queue');
  const files = { page: join(src, 'page.mjs'), worker: join(src, 'worker.mjs'), html: join(src, 'index.html') };
  return withBenchPage(join(ctx.buildDir, 'browser-queue'), files, async ({ page, evaluate, isolated }) => {
    await evaluate(() => window.queueBench.ready);
    // One page call per run: the driver waits for a quiet moment between runs, outside the clock.
    const runOnce = (run) => evaluate(([r, ms]) => window.queueBench.run(r, ms), [run, ctx.plan.queueDeadlineMs]);
    const grid = await runQueueGrid(ctx, 'chromium', runOnce);
    return {
      threads: 'module Web Workers',
      crossOriginIsolated: isolated,
      hardwareConcurrency: await page.evaluate(() => navigator.hardwareConcurrency),
      ...grid,
    };
  });
}
