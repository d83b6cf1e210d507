// The Scaling engine on real threads (Node worker_threads dressed as Web Workers): every planned point
// measured for real, exact modes exact, Stop mid-sweep leaves no worker busy, pause between points,
// and workers that hang or crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXACT_MODES } from '../core/counter/syncModes.ts';
import { DEFAULT_SCALING, sweepOf, type ScalingParams } from '../core/params/scalingParams.ts';
import { seriesId } from '../core/scaling/sweepPlan.ts';
import { waitUntil } from '../testing/counterTrials.ts';
import type { ThreadMode } from '../testing/nodeEndpoint.ts';
import { threadSpawner, type ThreadSpawner } from '../testing/nodeWebWorker.ts';
import { guarded } from './guard.ts';
import { ScalingEngine } from './scalingEngine.ts';
import type { MeasuredPoint } from './scalingResult.ts';

let mode: ThreadMode = 'real';
let scaling: ThreadSpawner;
let queue: ThreadSpawner;
let engine: ScalingEngine;

beforeAll(async () => {
  scaling = await threadSpawner('scalingApiThread.ts', () => mode);
  queue = await threadSpawner('queueApiThread.ts');
  engine = new ScalingEngine(scaling.spawn, queue.spawn);
});

afterAll(() => {
  engine.dispose();
});

const CORES = 2;
const sweep = (patch: Partial<ScalingParams>): ScalingParams => ({ ...DEFAULT_SCALING, modes: [], queues: [], sharing: false, upto: 3, ms: 30, ...patch });

/** Every pooled scaling worker answers a ping at once: none is still inside a job. */
async function expectAllIdle(e: ScalingEngine): Promise<void> {
  const slots = await e.pool.acquire(e.pool.size);
  await Promise.all(slots.map((s) => guarded(s.remote.ping(), s.failure, 2000, 'ping after Stop')));
}

describe('a sweep', () => {
  it('measures exactly the planned points, each for real: positive throughput, at least its time, exact modes exact', async () => {
    const params = sweep({ modes: ['none', 'mutex', 'spin', 'atomic', 'local'], queues: ['locked', 'spsc', 'mpmc', 'message'], sharing: true });
    const seen: MeasuredPoint[] = [];
    const out = await engine.run(params, CORES, { onPoint: (p, done, total) => {
      seen.push(p);
      expect(done).toBe(seen.length);
      expect(total).toBe(sweepOf(params, CORES).length);
    } });
    expect(out.status).toBe('done');
    const plan = sweepOf(params, CORES);
    const r = out.result;
    expect(r.points.map((p) => [seriesId(p.series), p.workers])).toEqual(plan.map((p) => [seriesId(p.series), p.workers]));
    expect(seen).toEqual(r.points);
    expect(r).toMatchObject({ cores: CORES, upto: 3, ms: 30, planned: plan.length, stopped: false });
    for (const p of r.points) {
      const id = `${seriesId(p.series)} at ${p.workers}`;
      expect(p.throughput, id).toBeGreaterThan(0);
      expect(p.ops, id).toBeGreaterThan(0);
      if (p.series.kind !== 'queue') expect(p.elapsedMs, id).toBeGreaterThanOrEqual(params.ms);
      if (p.series.kind === 'counter' && EXACT_MODES.has(p.series.mode)) expect(p.lost, id).toBe(0);
      if (p.series.kind === 'queue') expect(p.producers + p.consumers, id).toBe(p.workers);
    }
  });

  it('sweeps both engines: a series per engine and mode, the WebAssembly kernels exact where they must be', async () => {
    const params = sweep({ modes: ['none', 'mutex', 'atomic'], queues: ['spsc', 'mpmc', 'message'], upto: 2, engine: 'both' });
    expect(engine.runnable(params)).toBe(params);
    const out = await engine.run(params, CORES);
    expect(out.status).toBe('done');
    const ids = [...new Set(out.result.points.map((p) => seriesId(p.series)))];
    expect(ids).toEqual(['counter:none', 'counter:none:wasm', 'counter:mutex', 'counter:mutex:wasm', 'counter:atomic', 'counter:atomic:wasm', 'queue:spsc', 'queue:spsc:wasm', 'queue:mpmc', 'queue:mpmc:wasm', 'queue:message']);
    for (const p of out.result.points) {
      const id = `${seriesId(p.series)} at ${p.workers}`;
      expect(p.throughput, id).toBeGreaterThan(0);
      if (p.series.kind === 'counter' && EXACT_MODES.has(p.series.mode)) expect(p.lost, id).toBe(0);
      if (p.series.kind === 'queue') expect(p.note, id).toBeUndefined();
    }
  });

  it('a second sweep reuses the pool', async () => {
    const params = sweep({ modes: ['atomic'], upto: 3 });
    await engine.run(params, CORES);
    const spawned = engine.pool.spawned;
    expect((await engine.run(params, CORES)).status).toBe('done');
    expect(engine.pool.spawned).toBe(spawned);
  });

  it('with nothing chosen, fails with a clear message and starts no worker', async () => {
    const out = await engine.run(sweep({}), CORES);
    expect(out.status).toBe('failed');
    expect(out.error).toMatch(/Choose at least one/);
    expect(out.result.points).toEqual([]);
  });
});

describe('Stop and Pause', () => {
  it.each([['spin'], ['mutex'], ['none']] as const)('Stop in the middle of a %s point ends the sweep and leaves no worker busy', async (sync) => {
    // Long points on more workers than cores: Stop lands while they contend.
    const params = sweep({ modes: [sync], upto: 4, ms: 2000 });
    const run = engine.run(params, CORES);
    await waitUntil(() => engine.pointInProgress, 10_000, 'a point to start');
    await engine.stop();
    const out = await run;
    expect(out.status).toBe('stopped');
    expect(out.result.stopped).toBe(true);
    expect(out.result.points.length).toBeLessThan(out.result.planned);
    expect(engine.running).toBe(false);
    await expectAllIdle(engine);
    expect(scaling.alive()).toBe(engine.pool.size);
  });

  it('Stop during a queue point ends it through the queue engine', async () => {
    const run = engine.run(sweep({ queues: ['locked'], upto: 4, ms: 2000 }), CORES);
    await waitUntil(() => engine.pointInProgress && engine.queues.running, 10_000, 'a queue point to start');
    await engine.stop();
    const out = await run;
    expect(out.status).toBe('stopped');
    expect(engine.queues.running).toBe(false);
  });

  it('Stop while a queue point is still loading its workers ends the sweep, not as a failure', async () => {
    const fresh = new ScalingEngine(scaling.spawn, queue.spawn);
    try {
      const run = fresh.run(sweep({ queues: ['mpmc'], upto: 2 }), CORES);
      await waitUntil(() => fresh.queues.running, 10_000, 'the queue point to begin');
      await fresh.stop();
      const out = await run;
      expect(out.status).toBe('stopped');
      expect(out.result.points).toEqual([]);
    } finally {
      fresh.dispose();
    }
  });

  it('Pause holds the sweep between points; Resume finishes it', async () => {
    const params = sweep({ modes: ['atomic', 'local'], upto: 2 });
    const holds: boolean[] = [];
    let measured = 0;
    const run = engine.run(params, CORES, {
      onPoint: (_, done) => {
        measured = done;
        if (done === 1) engine.pause();
      },
      onHold: (held) => holds.push(held),
    });
    await waitUntil(() => holds.length > 0, 10_000, 'the sweep to be held');
    // Held means between points: nothing runs, and nothing more was measured since the pause.
    expect(engine.pointInProgress).toBe(false);
    expect(measured).toBe(1);
    engine.resume();
    const out = await run;
    expect(holds).toEqual([true, false]);
    expect(out.status).toBe('done');
    expect(out.result.points).toHaveLength(sweepOf(params, CORES).length);
  });
});

describe('workers that misbehave', () => {
  it('workers that never answer are replaced after Stop; the next sweep works', async () => {
    mode = 'hang';
    engine.pool.dispose();
    const run = engine.run(sweep({ modes: ['atomic'], upto: 2 }), CORES);
    await waitUntil(() => engine.pointInProgress, 10_000, 'a point to start');
    mode = 'real';
    await engine.stop();
    const out = await run;
    expect(out.status).toBe('stopped');
    const next = await engine.run(sweep({ modes: ['atomic'], upto: 2 }), CORES);
    expect(next.status).toBe('done');
    expect(scaling.alive()).toBe(engine.pool.size);
  });

  it('a worker that crashes fails the sweep with a message, keeping the points measured before', async () => {
    const params = sweep({ modes: ['atomic', 'mutex'], upto: 2 });
    let broke = false;
    const run = engine.run(params, CORES, {
      onPoint: (_, done) => {
        if (done === 1 && !broke) {
          // The next point takes fresh workers that crash on their job.
          broke = true;
          mode = 'crash';
          engine.pool.dispose();
        }
      },
    });
    const out = await run;
    mode = 'real';
    expect(out.status).toBe('failed');
    expect(out.error).toMatch(/crashed on purpose|failed/);
    expect(out.result.points).toHaveLength(1);
    expect((await engine.run(params, CORES)).status).toBe('done');
  });
});
