// Helpers for the hosting tests: count page loads, read the isolation service worker, run the Counter lab once.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';
import { CounterLab } from '../pages/counterLab.ts';

// RACELAB_E2E_DIST, like RACELAB_E2E_PORT, keeps two test runs on one machine on their own build.
export const DIST = resolve(import.meta.dirname, '..', '..', process.env.RACELAB_E2E_DIST ?? 'dist');

/** A short, exact run: enough to prove that real threads share memory here. */
export const QUICK_RUN = 'sync=atomic&workers=2&iters=20000';

/** Counts document requests of the page's main frame (or of its child frames): one per load, reloads included. */
export function countLoads(page: Page, which: 'main' | 'child' = 'main'): { readonly count: number } {
  const loads = { count: 0 };
  page.on('request', (request) => {
    if (!request.isNavigationRequest()) return;
    let frame: Frame;
    try {
      frame = request.frame();
    } catch {
      return; // a service worker's own request
    }
    if ((frame === page.mainFrame()) === (which === 'main')) loads.count++;
  });
  return loads;
}

/** Waits until the page is isolated, across the one reload the service worker may need. */
export async function expectIsolated(page: Page): Promise<void> {
  await page.waitForFunction(() => crossOriginIsolated && typeof SharedArrayBuffer === 'function');
}

/** The scope of the page's controlling service worker, or null when it has none. */
export function serviceWorkerScope(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return null;
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.scope ?? null;
  });
}

/**
 * Waits until a service worker controls the page, which it does without a reload (`clients.claim`),
 * and returns its scope.
 */
export function controllingScope(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { scope } = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return scope;
  });
}

/**
 * Whether the page's service worker, which answers every request of the page, can reach a file that
 * no cache holds: false once it is really offline. Asked in the worker, whose console the test's
 * error guard does not watch, since a failed fetch logs an error.
 */
export async function serviceWorkerReachesNetwork(page: Page): Promise<boolean> {
  const scope = await controllingScope(page);
  const worker = page.context().serviceWorkers().find((candidate) => candidate.url().startsWith(scope));
  if (!worker) throw new Error(`no service worker for ${scope}`);
  return worker.evaluate(() =>
    fetch(`./not-cached-${Date.now()}.txt`).then(
      () => true,
      () => false,
    ),
  );
}

/** Presses Run on the Counter lab and checks that the run ends with a number. */
export async function runCounterLab(page: Page): Promise<number> {
  const lab = new CounterLab(page);
  await expect(lab.run).toBeEnabled();
  await lab.runToEnd('done', 30_000);
  return lab.number('result-actual');
}

/** A throw-away copy of dist/, which a test may change as a new deploy would. */
export async function copyOfDist(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'racelab-site-'));
  await cp(DIST, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Turns a copy of dist/ into the "next deploy": the page's title changes, and the service worker,
 * restamped with a new version and that page, replaces the cached build.
 */
export async function deployNextVersion(dir: string, title: string): Promise<void> {
  const indexFile = join(dir, 'index.html');
  const index = (await readFile(indexFile, 'utf8')).replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
  await writeFile(indexFile, index);
  const workerFile = join(dir, 'isolation-sw.js');
  const worker = await readFile(workerFile, 'utf8');
  const line = /^const BUILD = (.*);$/m.exec(worker);
  if (!line?.[1]) throw new Error('isolation-sw.js is not stamped: run `npx vite build` first');
  const build = JSON.parse(line[1]) as { version: string; index: string; files: string[] };
  const next = { ...build, version: `${build.version}-next`, index };
  await writeFile(workerFile, worker.replace(line[0], () => `const BUILD = ${JSON.stringify(next)};`));
}
