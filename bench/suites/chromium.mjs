// Suite "chromium": the Counter kernels in real module Web Workers on a cross-origin-isolated page.
/* global window, crossOriginIsolated -- only inside callbacks that run in the page */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCounterGrid } from '../counter/runGrid.mjs';
import { bundle } from '../lib/bundle.mjs';
import { hasChromium, launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/server.mjs';

export async function runChromiumSuite(ctx) {
  if (!hasChromium()) return { skipped: 'Chromium not found (set CHROMIUM_PATH)' };
  const src = join(ctx.benchDir, 'browser');
  const site = join(ctx.buildDir, 'browser');
  mkdirSync(site, { recursive: true });
  await bundle(join(src, 'page.mjs'), join(site, 'page.js'), 'browser');
  await bundle(join(src, 'worker.mjs'), join(site, 'worker.js'), 'browser');
  copyFileSync(join(src, 'index.html'), join(site, 'index.html'));

  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (!isolated) throw new Error('the bench page is not cross-origin isolated: check the server headers');
    await page.evaluate(() => window.bench.ready);
    const evaluate = async (fn, cell, cap) => {
      const r = await page.evaluate(fn, [cell, ctx.plan, cap]);
      if (errors.length > 0) throw new Error(`bench page error: ${errors.join('; ')}`);
      return r;
    };
    const grid = await runCounterGrid(ctx, {
      measure: (cell, cap) => evaluate(([c, p, n]) => window.bench.measure(c, p, n), cell, cap),
      compare: (cell, cap) => evaluate(([c, p, n]) => window.bench.compare(c, p, n), cell, cap),
    });
    return {
      threads: 'module Web Workers',
      crossOriginIsolated: isolated,
      hardwareConcurrency: await page.evaluate(() => navigator.hardwareConcurrency),
      ...grid,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
