// Suite "app": the built app against its budgets: initial JS, first paint, a smooth main thread during
// full-speed runs of every lab, and how fast a second run gets its workers going.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureFirstPaint } from '../app/firstPaint.mjs';
import { measureFullSpeed } from '../app/fullSpeed.mjs';
import { initialJs, lazyChunk } from '../app/initialJs.mjs';
import { measureRestarts } from '../app/restart.mjs';
import { fullSpeedRuns, restartRuns } from '../app/runs.mjs';
import { hasChromium, launchChromium } from '../lib/chromium.mjs';
import { quietGate } from '../lib/quiet.mjs';
import { serveStatic } from '../lib/server.mjs';

/** A quick run proves each lab's path once: one full-speed run per lab, the first listed. */
function quickRuns(ctx, runs) {
  return ctx.quick ? runs.filter((run, i) => runs.findIndex((r) => r.lab === run.lab) === i) : runs;
}

export async function runAppSuite(ctx) {
  if (!existsSync(join(ctx.root, 'index.html')) || !existsSync(join(ctx.root, 'src/main.tsx'))) {
    return { skipped: 'app not built: index.html and src/main.tsx do not exist yet' };
  }
  if (!hasChromium()) return { skipped: 'Chromium not found (set CHROMIUM_PATH)' };
  // Built into the bench's own folder so a concurrent `npm run build` of dist/ is left alone.
  const site = join(ctx.buildDir, 'site');
  const built = spawnSync('npx', ['vite', 'build', '--outDir', site, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ctx.root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr || built.stdout}`);
  const js = initialJs(site);
  ctx.log(`initial JS: ${js.files.length} files, ${js.gzipBytes} bytes gzip`);
  // The Python lab's editor and interpreter front end load with the lab, not with the page.
  const pythonLab = lazyChunk(site, 'PythonLab', js);
  if (pythonLab) ctx.log(`Python lab chunk: ${pythonLab.files.length} files, ${pythonLab.gzipBytes} bytes gzip`);

  const { plan, machine, log } = ctx;
  // Page loads and runs are short: wait for a lull before each one, with a budget of its own.
  const quiet = quietGate({ ...plan, quietBudgetMs: plan.appQuietBudgetMs });
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const firstPaint = await measureFirstPaint(browser, server.url, plan.appLoads, quiet);
    log(`first contentful paint: median ${firstPaint.medianMs} ms of ${plan.appLoads} cold loads`);
    const runs = [];
    for (const run of quickRuns(ctx, fullSpeedRuns(machine.cores))) {
      const busyBefore = await quiet();
      const r = { ...(await measureFullSpeed(ctx, browser, server.url, run)), busyBefore };
      log(`${run.lab} ${run.mode} ×${run.workers}, ${r.runMs} ms, ${r.status}: ${r.longTasks.count} long tasks (longest ${r.longTasks.maxMs} ms), frame p95 ${r.frames.p95Ms} ms`);
      runs.push(r);
    }
    const restarts = [];
    for (const run of restartRuns(machine.cores)) {
      const r = await measureRestarts(browser, server.url, run, plan.appPresses, quiet);
      log(`${run.lab} ×${run.workers} start: first run ${r.firstMs} ms, then ${r.againMs.join(', ')} ms`);
      restarts.push(r);
    }
    return { initialJs: js, pythonLab, firstPaint, runs, restarts };
  } finally {
    await browser.close();
    await server.close();
  }
}
