// Suite "chromium": the Counter kernels in real module Web Workers on a cross-origin-isolated page.
/* global window -- only inside callbacks that run in the page */
import { join } from 'node:path';
import { runCounterGrid } from '../counter/runGrid.mjs';
import { withBenchPage } from '../lib/benchPage.mjs';
import { hasChromium } from '../lib/chromium.mjs';

export async function runChromiumSuite(ctx) {
  if (!hasChromium()) return { skipped: 'Chromium not found (set CHROMIUM_PATH)' };
  const src = join(ctx.benchDir, 'browser');
  const files = { page: join(src, 'page.mjs'), worker: join(src, 'worker.mjs'), html: join(src, 'index.html') };
  return withBenchPage(join(ctx.buildDir, 'browser'), files, async ({ page, evaluate, isolated }) => {
    await evaluate(() => window.bench.ready);
    const grid = await runCounterGrid(ctx, {
      measure: (cell, cap) => evaluate(([c, p, n]) => window.bench.measure(c, p, n), [cell, ctx.plan, cap]),
      compare: (cell, cap) => evaluate(([c, p, n]) => window.bench.compare(c, p, n), [cell, ctx.plan, cap]),
    });
    return {
      threads: 'module Web Workers',
      crossOriginIsolated: isolated,
      hardwareConcurrency: await page.evaluate(() => navigator.hardwareConcurrency),
      ...grid,
    };
  });
}
