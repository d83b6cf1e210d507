// Smoke test: the built site is cross-origin isolated, and every response, worker scripts included, says so.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DIST } from './support/hosting.ts';

const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
} as const;

// These tests check what the host sends. The site's service worker (registered on every host, for
// offline use) fetches the whole build in the background; a file the page asks for afterwards may
// then come from the browser's cache, whose answers Chromium reports without their security headers.
// The hosting spec covers the pages the service worker serves.
test.use({ serviceWorkers: 'block' });

/** Records every response from `origin`, for the page and its workers alike. */
function recordResponses(page: Page, origin: string): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).origin === origin) responses.push(response);
  });
  return responses;
}

async function expectIsolationHeaders(responses: readonly Response[]): Promise<void> {
  for (const response of responses) {
    // allHeaders(), unlike headers(), includes the security headers.
    const headers = await response.allHeaders();
    for (const [name, value] of Object.entries(ISOLATION)) {
      expect.soft(headers[name], `${name} on ${response.url()}`).toBe(value);
    }
  }
}

/** Worker entries of the build being served: Vite names each chunk after its `*.worker.ts` source. */
function builtWorkerScripts(): string[] {
  const assets = join(DIST, 'assets');
  return readdirSync(assets)
    .filter((name) => /\.worker-[\w-]+\.js$/.test(name))
    .map((name) => `assets/${name}`);
}

test('the page is cross-origin isolated and has SharedArrayBuffer', async ({ page, baseURL }) => {
  const responses = recordResponses(page, new URL(baseURL ?? '/').origin);
  const document = await page.goto('/');
  expect(document?.ok(), 'the page loads').toBe(true);
  await page.waitForLoadState('networkidle');

  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');

  const types = responses.map((r) => r.request().resourceType());
  expect(types, 'the document and its scripts were fetched').toEqual(expect.arrayContaining(['document', 'script']));
  await expectIsolationHeaders(responses);
});

test('worker scripts carry the isolation headers and start', async ({ page, baseURL, liveWorkers }) => {
  const scripts = builtWorkerScripts();
  expect(scripts, 'the build contains at least one *.worker script').not.toHaveLength(0);
  await page.goto('/');
  const responses = recordResponses(page, new URL(baseURL ?? '/').origin);

  // A query string of our own keeps these apart from any worker the app itself has started.
  const tag = 'isolation-smoke';
  const ours = (url: string): boolean => url.endsWith(`?${tag}`);
  const fetched = scripts.map((script) => page.waitForResponse((r) => r.url().endsWith(`${script}?${tag}`)));
  await page.evaluate(
    ({ urls, tag }) => {
      const workers = urls.map((url) => new Worker(new URL(`${url}?${tag}`, document.baseURI), { type: 'module' }));
      (globalThis as { smokeWorkers?: Worker[] }).smokeWorkers = workers;
    },
    { urls: scripts, tag },
  );
  await Promise.all(fetched);
  await liveWorkers.expectCount(scripts.length, { filter: ours });
  await expectIsolationHeaders(responses.filter((r) => ours(r.url())));

  await page.evaluate(() => {
    for (const worker of (globalThis as { smokeWorkers?: Worker[] }).smokeWorkers ?? []) worker.terminate();
  });
  await liveWorkers.expectCount(0, { filter: ours });
});
