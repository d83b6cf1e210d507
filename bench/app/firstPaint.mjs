// First contentful paint of the built app: cold loads, each in a fresh browser context.
import { median, round } from '../lib/stats.mjs';

/**
 * Loads `url` `loads` times, each time in a new context (empty cache, no service worker), and
 * reads the `first-contentful-paint` entry; `quiet()` runs before each load and its result is
 * kept with it. Each load waits for the lab's Run button, so that it ends with the page usable.
 */
export async function measureFirstPaint(browser, url, loads, quiet) {
  const samples = [];
  for (let i = 0; i < loads; i++) {
    const busyBefore = await quiet();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 15_000 });
      const fcp = await page.evaluate(async () => {
        const entry = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        // The paint entry is queued after the frame that drew it: give it a frame or two.
        for (let tries = 0; entry() === null && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
        return entry();
      });
      if (fcp === null) throw new Error('no first-contentful-paint entry: is the paint timing API available?');
      samples.push({ fcpMs: round(fcp), busyBefore });
    } finally {
      await context.close();
    }
  }
  return {
    loads: samples,
    medianMs: round(median(samples.map((s) => s.fcpMs))),
    maxMs: round(Math.max(...samples.map((s) => s.fcpMs))),
  };
}
