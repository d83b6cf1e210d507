// A course page that is itself cross-origin isolated frames RaceLab, on its own origin and on another:
// with the headers every hosting target sends (header files, vite preview), the frame is isolated and
// real threads run in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from '@playwright/test';
import { isolationHeaders } from '../vite.config.ts';
import { expect, test } from './fixtures.ts';
import { DIST, QUICK_RUN } from './support/hosting.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

/** The headers `_headers` (Netlify, Cloudflare Pages) sends on every path. */
function netlifyHeaders(): Record<string, string> {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  const block = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

/** The headers vercel.json sends on every path. */
function vercelHeaders(): Record<string, string> {
  const config = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'vercel.json'), 'utf8')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  const all = config.headers.find((h) => h.source === '/(.*)');
  return Object.fromEntries((all?.headers ?? []).map((h) => [h.key, h.value]));
}

const HOSTS = [
  ['vite preview', { ...isolationHeaders }],
  ['_headers', netlifyHeaders()],
  ['vercel.json', vercelHeaders()],
] as const;

/** What a course page needs to be isolated itself; it names no resource policy. */
const COURSE_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

// The framed site registers its service worker, as on a real course page.
test.use({ serviceWorkers: 'allow' });

const servers: StaticServer[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function coursePage(src: string): string {
  return `<!doctype html><title>Course</title><link rel="icon" href="data:,"><h1>Week 3</h1><iframe src="${src}" title="RaceLab" width="1100" height="760" allow="cross-origin-isolated; clipboard-write"></iframe>`;
}

async function expectRunsInFrame(frame: FrameLocator): Promise<void> {
  await expect(frame.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 20_000 });
  expect(await frame.locator('body').evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(frame.getByRole('alert')).toHaveCount(0);
  await frame.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(frame.getByTestId('run-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(frame.getByTestId('result-actual')).toHaveText('0');
}

test('every hosting target sends the same isolation headers', () => {
  for (const [, headers] of HOSTS) expect(headers).toEqual(isolationHeaders);
});

for (const [host, headers] of HOSTS) {
  test.describe(`RaceLab served with ${host}'s headers`, () => {
    test('framed by an isolated page of the same origin: isolated, and a lab runs', async ({ page }) => {
      const site = await serveStatic(DIST, headers, { base: '/racelab/', pages: { '/course.html': coursePage(`/racelab/?${QUICK_RUN}&embed=1`) } });
      servers.push(site);
      await page.goto(`${site.origin}/course.html`);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await expectRunsInFrame(page.frameLocator('iframe'));
    });

    test('framed by an isolated page of another origin: isolated, and a lab runs', async ({ page }) => {
      const site = await serveStatic(DIST, headers, { base: '/racelab/' });
      const course = await serveStatic(DIST, COURSE_ISOLATION, { base: '/nothing/', pages: { '/course.html': coursePage(`${site.url}?${QUICK_RUN}&embed=1`) } });
      servers.push(site, course);
      expect(new URL(site.url).origin).not.toBe(course.origin);
      await page.goto(`${course.origin}/course.html`);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await expectRunsInFrame(page.frameLocator('iframe'));
    });
  });
}
