// One full-speed run in the built app: Run, watch the main thread for the plan's run time, Stop.
import { max, quantile, round } from '../lib/stats.mjs';
import { collectPerf } from './perfProbe.mjs';
import { withAppPage } from './appPage.mjs';

/**
 * Opens the run's link, presses Run and, after `plan.appRunMs` (or when the run ends first),
 * Stop; the window measured spans from just before Run to the run's end, verification included.
 */
export function measureFullSpeed(ctx, browser, url, run) {
  return withAppPage(browser, url + run.query, async (app) => {
    const from = await app.now();
    await app.runButton.click();
    await app.waitForStatus(['running', 'done', 'failed'], 10_000);
    if ((await app.status()) === 'failed') throw new Error(`the ${run.lab} run failed to start`);
    await app.waitForStatus(['done', 'stopped', 'failed', 'deadlocked'], ctx.plan.appRunMs).catch(() => null);
    let stoppedByBench = false;
    if ((await app.status()) === 'running') {
      await app.page.getByRole('button', { name: 'Stop', exact: true }).click();
      stoppedByBench = true;
    }
    await app.waitForStatus(['done', 'stopped', 'failed', 'deadlocked'], 5_000);
    const to = await app.now();
    const perf = await app.page.evaluate(collectPerf, [from, to]);
    app.check();
    return { ...run, status: await app.status(), stoppedByBench, runMs: round(to - from), ...(await readout(app.page, run.lab)), ...summarize(perf) };
  });
}

/** The lab's own figures prove the workers really ran at full speed during the window. */
async function readout(page, lab) {
  // The bare number: a data-value where the text is formatted for reading, else the text itself.
  const number = (testId) =>
    page
      .getByTestId(testId)
      .first()
      .evaluate((el) => Number(el.dataset.value ?? el.textContent), null, { timeout: 2_000 })
      .catch(() => NaN);
  if (lab === 'scaling') return { rate: await page.getByTestId('sweep-point').count(), rateUnit: 'points' };
  const value = lab === 'litmus' ? await number('litmus-total') : await number('result-throughput');
  if (!Number.isFinite(value)) return { rate: null };
  return lab === 'litmus' ? { rate: value, rateUnit: 'iterations' } : { rate: value, rateUnit: lab === 'queue' ? 'items/s' : 'operations/s' };
}

function summarize({ supported, longtasks, loafs, frames }) {
  const worst = loafs.reduce((w, e) => (w === null || e.duration > w.duration ? e : w), null);
  return {
    observed: supported,
    longTasks: { count: longtasks.length, maxMs: round(max(longtasks.map((e) => e.duration)) ?? 0) },
    longAnimationFrames: {
      count: loafs.length,
      maxMs: round(worst?.duration ?? 0),
      maxBlockingMs: round(max(loafs.map((e) => e.blocking ?? 0)) ?? 0),
      worstScript: worst?.script ? { ...worst.script, duration: round(worst.script.duration) } : null,
    },
    frames: {
      count: frames.length,
      p50Ms: round(quantile(frames, 0.5)),
      p95Ms: round(quantile(frames, 0.95)),
      maxMs: round(max(frames)),
    },
  };
}
