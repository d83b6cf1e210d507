// The worker pool on real threads: a run that reuses the pool gets its workers without waiting a turn.
import { afterAll, describe, expect, it } from 'vitest';
import { queueThreadSpawner } from '../testing/nodeWebWorker.ts';
import type { QueueApi } from '../workers/queueApi.ts';
import { WorkerPool } from './workerPool.ts';

let pool: WorkerPool<QueueApi> | null = null;

afterAll(() => {
  pool?.dispose();
});

describe('WorkerPool.reuse', () => {
  it('hands over workers the pool already has, alive, and never starts one', async () => {
    const spawner = await queueThreadSpawner(() => 'real');
    pool = new WorkerPool<QueueApi>('test', spawner.spawn);
    expect(pool.reuse(2)).toBeNull();
    expect(spawner.alive()).toBe(0);
    const workers = await pool.acquire(2);
    expect(pool.reuse(2)).toEqual(workers);
    expect(pool.reuse(1)).toEqual(workers.slice(0, 1));
    expect(pool.reuse(3)).toBeNull();
    workers[1]!.dead = true;
    expect(pool.reuse(2)).toBeNull();
    expect(pool.spawned).toBe(2);
  });
});
