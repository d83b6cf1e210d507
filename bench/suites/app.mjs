// Suite "app": main-thread smoothness during a full-speed Counter run, and the initial JS weight.
/* global document, crossOriginIsolated -- only inside callbacks that run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { initialJs } from '../app/initialJs.mjs';
import { collectPerf, installPerfProbe } from '../app/perfProbe.mjs';
import { hasChromium, launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/server.mjs';
import { max, quantile, round } from '../lib/stats.mjs';

const ITERS = 100_000_000;

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
  const run = await measureRun(ctx, site);
  return { initialJs: js, run };
}

async function measureRun(ctx, site) {
  const workers = Math.max(1, ctx.machine.cores - 1);
  const query = `?lab=counter&workers=${workers}&iters=${ITERS}&sync=atomic`;
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(installPerfProbe);
    await page.goto(server.url + query);
    const runButton = page.getByRole('button', { name: 'Run', exact: true });
    await runButton.waitFor({ timeout: 15_000 });
    const statusOf = () => page.getByTestId('run-status').getAttribute('data-status');

    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (!isolated) throw new Error('the built app is not cross-origin isolated: check the server headers');

    const from = await page.evaluate(() => performance.now());
    await runButton.click();
    await waitForStatus(page, ['running', 'done', 'failed'], 10_000);
    if ((await statusOf()) === 'failed') throw new Error('the Counter run failed to start');
    // Full speed for the plan's duration, unless the run finishes first.
    await waitForStatus(page, ['done', 'stopped', 'failed'], ctx.plan.appRunMs).catch(() => null);
    let stoppedByBench = false;
    if ((await statusOf()) === 'running') {
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      stoppedByBench = true;
    }
    await waitForStatus(page, ['done', 'stopped'], 5_000);
    const to = await page.evaluate(() => performance.now());
    const perf = await page.evaluate(collectPerf, [from, to]);
    // The app's own readout proves the workers really ran at full speed during the window.
    const throughput = Number(await page.getByTestId('result-throughput').textContent({ timeout: 2_000 }).catch(() => NaN));
    if (errors.length > 0) throw new Error(`app page error: ${errors.join('; ')}`);
    const summary = summarize(perf);
    ctx.log(`run ${round(to - from)} ms: ${summary.longTasks.count} long tasks, frame p95 ${summary.frames.p95Ms} ms`);
    return {
      query,
      workers,
      crossOriginIsolated: isolated,
      status: await statusOf(),
      stoppedByBench,
      runMs: round(to - from),
      opsPerSecond: Number.isFinite(throughput) ? throughput : null,
      ...summary,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function waitForStatus(page, statuses, timeout) {
  return page.waitForFunction(
    (wanted) => wanted.includes(document.querySelector('[data-testid="run-status"]')?.getAttribute('data-status')),
    statuses,
    { timeout, polling: 50 },
  );
}

function summarize({ supported, longtasks, loafs, frames }) {
  return {
    observed: supported,
    longTasks: { count: longtasks.length, maxMs: round(max(longtasks.map((e) => e.duration)) ?? 0) },
    longAnimationFrames: {
      count: loafs.length,
      maxMs: round(max(loafs.map((e) => e.duration)) ?? 0),
      maxBlockingMs: round(max(loafs.map((e) => e.blocking ?? 0)) ?? 0),
    },
    frames: {
      count: frames.length,
      p50Ms: round(quantile(frames, 0.5)),
      p95Ms: round(quantile(frames, 0.95)),
      maxMs: round(max(frames)),
    },
  };
}
