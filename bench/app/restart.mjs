// How long Run takes to get the workers going, on the first run (the pool loads) and on the next ones (reused).
import { max, median, round } from '../lib/stats.mjs';
import { withAppPage } from './appPage.mjs';

/** Time between the end of one run and the next press of Run, as a learner would leave it. */
const PAUSE_MS = 500;

/**
 * Presses Run `presses` times on the short run's link, each once the last has ended, then reads the
 * engine's `racelab:<lab>:start-line` measures (src/engine/startMeasure.ts): Run to every worker
 * past the start line. The first includes loading the workers; the others reuse the pool.
 */
export function measureRestarts(browser, url, run, presses, quiet) {
  return withAppPage(browser, url + run.query, async (app) => {
    const busyBefore = [];
    for (let i = 0; i < presses; i++) {
      if (i > 0) await app.page.waitForTimeout(PAUSE_MS);
      busyBefore.push(await quiet());
      await app.runButton.click();
      await app.waitForStatus(['done', 'stopped', 'failed', 'deadlocked'], 30_000);
      if ((await app.status()) !== 'done') throw new Error(`${run.lab} run ${i + 1} ended ${await app.status()}`);
    }
    const name = `racelab:${run.lab}:start-line`;
    const starts = await app.page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
    app.check();
    if (starts.length !== presses) throw new Error(`${name}: ${starts.length} measures for ${presses} runs`);
    const again = starts.slice(1);
    return {
      ...run,
      busyBefore,
      firstMs: round(starts[0]),
      againMs: again.map((ms) => round(ms)),
      againMedianMs: round(median(again)),
      againMaxMs: round(max(again)),
    };
  });
}
