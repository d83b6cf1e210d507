// Builds a bench page (a page script and a worker script, bundled) and opens it cross-origin isolated in headless Chromium.
/* global crossOriginIsolated -- only inside callbacks that run in the page */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './bundle.mjs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './server.mjs';

/**
 * Bundles `files.page` and `files.worker` (which may import TypeScript from src/) to page.js and
 * worker.js beside a copy of `files.html` in `siteDir`, serves that folder with COOP/COEP, and
 * runs `use({ page, evaluate })` on it. `evaluate` fails as soon as the page reported an error.
 * `browserArgs` are extra Chromium flags (V8's tiering, say).
 */
export async function withBenchPage(siteDir, files, use, browserArgs = []) {
  mkdirSync(siteDir, { recursive: true });
  await bundle(files.page, join(siteDir, 'page.js'), 'browser');
  await bundle(files.worker, join(siteDir, 'worker.js'), 'browser');
  copyFileSync(files.html, join(siteDir, 'index.html'));

  const server = await serveStatic(siteDir);
  const browser = await launchChromium(browserArgs);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (!isolated) throw new Error('the bench page is not cross-origin isolated: check the server headers');
    const evaluate = async (fn, arg) => {
      const r = await page.evaluate(fn, arg);
      if (errors.length > 0) throw new Error(`bench page error: ${errors.join('; ')}`);
      return r;
    };
    return await use({ page, evaluate, isolated });
  } finally {
    await browser.close();
    await server.close();
  }
}
