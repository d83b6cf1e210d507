// The built site is isolated and runs a lab on every kind of host: one that sends the isolation headers
// (vite preview, a sub-path), one that sends none (the service worker adds them after one reload); on
// both, offline after a first visit and updated as a whole by a new deploy; and where the service
// worker cannot help, the page says so without looping.
import { isolationHeaders } from '../vite.config.ts';
import { expect, test } from './fixtures.ts';
import {
  controllingScope,
  copyOfDist,
  countLoads,
  deployNextVersion,
  DIST,
  expectIsolated,
  QUICK_RUN,
  runCounterLab,
  serviceWorkerReachesNetwork,
  serviceWorkerScope,
} from './support/hosting.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

// The service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const servers: StaticServer[] = [];

async function serve(...args: Parameters<typeof serveStatic>): Promise<StaticServer> {
  const server = await serveStatic(...args);
  servers.push(server);
  return server;
}

test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

test.describe('a host that sends the headers', () => {
  test('vite preview: isolated at once, a lab runs, and the service worker takes over without a reload', async ({ page, baseURL }) => {
    const loads = countLoads(page);
    await page.goto(`./?${QUICK_RUN}`);
    await expectIsolated(page);
    expect(await runCounterLab(page)).toBe(0);
    expect(await controllingScope(page)).toBe(baseURL);
    expect(loads.count, 'page loads').toBe(1);
  });

  test('vite preview: offline after the first visit, a reload is isolated and a lab runs', async ({ page, context }) => {
    await page.goto(`./?${QUICK_RUN}`);
    await expectIsolated(page);
    await controllingScope(page);

    expect(await serviceWorkerReachesNetwork(page), 'the network, online').toBe(true);
    // The preview server stays up for the other tests: only the browser goes offline, its service worker included.
    await context.setOffline(true);
    expect(await serviceWorkerReachesNetwork(page), 'the network, offline').toBe(false);
    await page.reload();
    await expectIsolated(page);
    await expect(page.getByRole('heading', { name: 'Counter lab' })).toBeVisible();
    expect(await runCounterLab(page)).toBe(0);
  });

  test('under a sub-path: isolated at once, every file from under it, a lab runs', async ({ page }) => {
    const server = await serve(DIST, isolationHeaders, { base: '/racelab/' });
    const paths: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin) paths.push(url.pathname);
    });
    const loads = countLoads(page);
    await page.goto(`${server.url}?${QUICK_RUN}`);
    await expectIsolated(page);
    expect(await runCounterLab(page)).toBe(0);
    expect(await controllingScope(page)).toBe(server.url);
    expect(loads.count, 'page loads').toBe(1);
    expect(paths, 'the worker script was fetched').toContainEqual(expect.stringMatching(/^\/racelab\/assets\/counter\.worker-/));
    expect(paths.filter((path) => !path.startsWith('/racelab/')), 'requests outside the sub-path').toEqual([]);
  });
});

test.describe('a host that sends no headers', () => {
  test('at the root: the service worker isolates the page after one reload, and a lab runs', async ({ page }) => {
    const server = await serve(DIST);
    const loads = countLoads(page);
    await page.goto(`${server.url}?${QUICK_RUN}`);
    await expectIsolated(page);
    expect(await serviceWorkerScope(page)).toBe(server.url);
    expect(await runCounterLab(page)).toBe(0);
    expect(loads.count, 'page loads: the first and one reload').toBe(2);
    // The link survives the reload.
    expect(new URL(page.url()).searchParams.get('sync')).toBe('atomic');
  });

  test('under a sub-path: the service worker is scoped to it, and a lab runs', async ({ page }) => {
    const server = await serve(DIST, {}, { base: '/racelab/' });
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin && !url.pathname.startsWith('/racelab/')) outside.push(url.pathname);
    });
    const loads = countLoads(page);
    await page.goto(`${server.url}?${QUICK_RUN}`);
    await expectIsolated(page);
    expect(await serviceWorkerScope(page)).toBe(`${server.origin}/racelab/`);
    expect(await runCounterLab(page)).toBe(0);
    expect(loads.count, 'page loads: the first and one reload').toBe(2);
    expect(outside, 'requests outside the sub-path').toEqual([]);
  });

  test('offline after the first visit: a reload still shows the lab, isolated, and it runs', async ({ page, context }) => {
    const server = await serve(DIST, {}, { base: '/racelab/' });
    await page.goto(`${server.url}?${QUICK_RUN}`);
    await expectIsolated(page);
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await expectIsolated(page);
    await expect(page.getByRole('heading', { name: 'Counter lab' })).toBeVisible();
    expect(await runCounterLab(page)).toBe(0);
  });
});

for (const [host, headers] of [
  ['sends no headers', {}],
  ['sends the headers', isolationHeaders],
] as const) {
  test(`a host that ${host}: a new deploy replaces the cached build as a whole`, async ({ page, context }) => {
    const site = await copyOfDist();
    try {
      const server = await serve(site.dir, headers);
      await page.goto(`${server.url}?${QUICK_RUN}`);
      await expectIsolated(page);
      await controllingScope(page);
      const cacheNames = (): Promise<string[]> => page.evaluate(() => caches.keys());
      expect(await cacheNames()).toHaveLength(1);

      await deployNextVersion(site.dir, 'RaceLab next');
      await page.reload();
      // Network first: the new page at once; its service worker then takes over and drops the old build.
      await expect(page).toHaveTitle('RaceLab next');
      // The browser looks for a new worker after each navigation, and takes a few seconds to swap it in.
      await expect.poll(cacheNames, { timeout: 20_000 }).toEqual([expect.stringMatching(/-next$/)]);

      await context.setOffline(true);
      await server.close();
      await page.reload();
      await expect(page).toHaveTitle('RaceLab next');
      await expectIsolated(page);
      expect(await runCounterLab(page)).toBe(0);
    } finally {
      await site.remove();
    }
  });
}

test.describe('where the service worker cannot help', () => {
  test.use({ serviceWorkers: 'block' });

  test('service workers blocked: the banner says why, after a single load', async ({ page, axe }) => {
    const server = await serve(DIST, {}, { base: '/racelab/' });
    const loads = countLoads(page);
    await page.goto(`${server.url}?${QUICK_RUN}`);
    const banner = page.getByRole('alert').filter({ hasText: 'Real threads cannot run on this page' });
    await expect(banner).toContainText('could not enable them');
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    expect(loads.count, 'page loads').toBe(1);
    await axe.check();
  });
});

test('in a frame of a page that is not isolated: the banner says so, and the frame never reloads', async ({ page }) => {
  const server = await serve(DIST, {}, {
    base: '/racelab/',
    pages: { '/course.html': `<title>Course</title><link rel="icon" href="data:,"><iframe src="/racelab/?${QUICK_RUN}" title="RaceLab"></iframe>` },
  });
  const frameLoads = countLoads(page, 'child');
  const frame = page.frameLocator('iframe');
  const banner = frame.getByRole('alert').filter({ hasText: 'Real threads cannot run on this page' });
  await page.goto(`${server.origin}/course.html`);
  await expect(banner).toContainText('inside a frame');
  // Again, now that the service worker is installed and may serve the frame with the headers.
  await page.reload();
  await expect(banner).toContainText('inside a frame');
  await page.waitForLoadState('networkidle');
  expect(frameLoads.count, 'frame loads: one per page load').toBe(2);
});
