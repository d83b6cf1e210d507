// The WebAssembly engine through the page: each engine in the Counter, Queue and Scaling labs from a
// link, the fallback to JavaScript where WebAssembly threads are missing, and the WebAssembly code tab.
import { CounterLab } from './pages/counterLab.ts';
import { EngineSetting, withoutWasmThreads, type EngineName } from './pages/engineSetting.ts';
import { QueueLab } from './pages/queueLab.ts';
import { ScalingLab } from './pages/scalingLab.ts';
import { expect, test } from './fixtures.ts';

const ENGINES = { js: 'JavaScript', wasm: 'WebAssembly' } as const satisfies Record<string, EngineName>;

test.describe('Counter lab on each engine', () => {
  // Each link in a fresh load of the same tab: a browser context per link cost more than its run.
  test('mutex and atomic are exact on JavaScript and on WebAssembly', async ({ page }) => {
    // Each case keeps the time a test of its own had.
    test.setTimeout(4 * 60_000);
    const lab = new CounterLab(page);
    const setting = new EngineSetting(page);
    for (const [engine, name] of Object.entries(ENGINES)) {
      for (const sync of ['mutex', 'atomic'] as const) {
        await test.step(`${sync} is exact on ${name}`, async () => {
          await lab.open(`sync=${sync}&workers=2&dirs=%2B%2B&iters=200000&window=10&engine=${engine}`);
          await setting.expectChosen(name);
          await lab.runToEnd();
          expect(await lab.results()).toMatchObject({ expected: 400_000, actual: 400_000, lost: 0 });
          // "Your runs" names the engine the run used.
          expect((await lab.runRows())[0]).toMatchObject({ Engine: name });
        });
      }
    }
  });

  test('none loses updates on WebAssembly', async ({ page }) => {
    const lab = new CounterLab(page);
    await lab.open('sync=none&workers=2&dirs=%2B%2B&iters=1000000&window=10&trials=3&engine=wasm');
    await lab.runToEnd('done', 60_000);
    const { exact, of } = await lab.exactTrials();
    expect(of).toBe(3);
    expect(exact, 'trials that ended exact').toBeLessThan(3);
    const r = await lab.results();
    expect(r.actual).toBe(r.expected - r.lost);
    expect((await lab.runRows())[0]).toMatchObject({ Engine: 'WebAssembly' });
  });

  test('the setting changes the link, and Copy link keeps it', async ({ page }) => {
    const lab = new CounterLab(page);
    const setting = new EngineSetting(page);
    await lab.open('sync=atomic');
    await setting.expectChosen('JavaScript');
    await setting.choice('WebAssembly').check();
    await expect(page).toHaveURL(/[?&]engine=wasm(&|$)/);
  });
});

test.describe('Queue lab on each engine', () => {
  test('spsc delivers every item exactly once on JavaScript and on WebAssembly', async ({ page }) => {
    test.setTimeout(2 * 60_000);
    const lab = new QueueLab(page);
    for (const [engine, name] of Object.entries(ENGINES)) {
      await test.step(`on ${name}`, async () => {
        await lab.open(`queue=spsc&producers=1&consumers=1&capacity=64&items=200000&shutdown=close&engine=${engine}`);
        await new EngineSetting(page).expectChosen(name);
        await lab.runToEnd();
        expect(await lab.counts()).toMatchObject({ produced: 200_000, consumed: 200_000, lost: 0, duplicated: 0, left: 0 });
        expect((await lab.runRows())[0]).toMatchObject({ Engine: name });
      });
    }
  });
});

test('Scaling lab sweeps both engines on one chart, a line per engine and mode', async ({ page }) => {
  const lab = new ScalingLab(page);
  await lab.open('modes=atomic,mutex&queues=spsc&sharing=0&upto=2&ms=40&engine=both');
  await new EngineSetting(page).expectChosen('Both');
  await lab.runToEnd('done', 60_000);
  const points = await lab.points();
  expect(points.map((p) => `${p.series}@${p.workers}`)).toEqual([
    'counter:mutex@1',
    'counter:mutex@2',
    'counter:mutex:wasm@1',
    'counter:mutex:wasm@2',
    'counter:atomic@1',
    'counter:atomic@2',
    'counter:atomic:wasm@1',
    'counter:atomic:wasm@2',
    'queue:spsc@2',
    'queue:spsc:wasm@2',
  ]);
  expect(await lab.planned()).toBe(points.length);
  for (const p of points) {
    expect(p.throughput, `${p.series} at ${p.workers}`).toBeGreaterThan(0);
    if (p.lost !== null) expect(p.lost, `${p.series} at ${p.workers}`).toBe(0);
  }
  // The chart's words name each line with its engine.
  const chart = page.getByRole('img', { name: /^Counter modes/ });
  await expect(chart).toHaveAttribute('aria-label', /Atomics\.add · WebAssembly/);
  await expect(chart).toHaveAttribute('aria-label', /Atomics\.add · JavaScript/);
  expect((await lab.runRows())[0]).toMatchObject({ Engine: 'Both' });
});

test.describe('without WebAssembly threads', () => {
  test.beforeEach(async ({ page }) => {
    await withoutWasmThreads(page);
  });

  test('engine=wasm explains why and runs the JavaScript engine', async ({ page }) => {
    const lab = new CounterLab(page);
    const setting = new EngineSetting(page);
    await lab.open('sync=atomic&workers=2&dirs=%2B%2B&iters=200000&engine=wasm');
    await setting.expectChosen('WebAssembly');
    await expect(setting.fallback).toHaveText(/not available in this browser, so the JavaScript engine runs/);
    await lab.runToEnd();
    expect(await lab.results()).toMatchObject({ expected: 400_000, actual: 400_000, lost: 0 });
    expect((await lab.runRows())[0]).toMatchObject({ Engine: 'JavaScript' });
    // The link keeps what was asked: on a browser with WebAssembly threads it runs there.
    await expect(page).toHaveURL(/[?&]engine=wasm(&|$)/);
  });

  test('a queue and a sweep asked for WebAssembly run on JavaScript', async ({ page }) => {
    const queue = new QueueLab(page);
    await queue.open('queue=spsc&producers=1&consumers=1&items=50000&shutdown=close&engine=wasm');
    await expect(new EngineSetting(page).fallback).toBeVisible();
    await queue.runToEnd();
    expect(await queue.counts()).toMatchObject({ produced: 50_000, consumed: 50_000, lost: 0, duplicated: 0, left: 0 });
    expect((await queue.runRows())[0]).toMatchObject({ Engine: 'JavaScript' });

    const scaling = new ScalingLab(page);
    await scaling.open('modes=atomic&queues=&sharing=0&upto=2&ms=40&engine=both');
    await expect(new EngineSetting(page).fallback).toBeVisible();
    await scaling.runToEnd('done', 60_000);
    expect((await scaling.points()).map((p) => p.series)).toEqual(['counter:atomic', 'counter:atomic']);
  });
});

test.describe('the WebAssembly tab of the code panel', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`shows the chosen kernel's text and passes axe in the ${scheme} theme`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const lab = new CounterLab(page);
      const setting = new EngineSetting(page);
      await lab.open('sync=mutex&engine=wasm');
      await setting.tab('WebAssembly').click();
      await expect(setting.tab('WebAssembly')).toHaveAttribute('aria-selected', 'true');
      await expect(setting.code).toContainText('(func $mutex (export "mutex")');
      await expect(setting.code).toContainText('memory.atomic.wait32');
      // Arrow keys move between the three tabs, as ARIA tabs do.
      await setting.tab('WebAssembly').press('ArrowRight');
      await expect(setting.tab('Python')).toBeFocused();
      await setting.tab('Python').press('ArrowLeft');
      await expect(setting.tab('WebAssembly')).toHaveAttribute('aria-selected', 'true');
      await page.getByRole('radio', { name: /^Atomics\.add/ }).check();
      await expect(setting.code).toContainText('i32.atomic.rmw.add');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await axe.check();

      const queue = new QueueLab(page);
      await queue.open('queue=mpmc');
      await setting.tab('WebAssembly').click();
      await expect(setting.code).toContainText('(func $mpmc_put');
      await axe.check();
    });
  }
});
