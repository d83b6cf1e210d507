// The engines load with their lab: once, on first use; Stop pressed while one loads is kept for the run.
import { describe, expect, it } from 'vitest';
import { litmusEngine } from './litmusRunSlice.ts';
import { scalingEngine } from './scalingRunSlice.ts';

describe('engine loaders', () => {
  it('load once and then hand the engine out without waiting', async () => {
    expect(litmusEngine.loaded).toBeNull();
    const [a, b] = await Promise.all([litmusEngine.load(), litmusEngine.load()]);
    expect(a).toBe(b);
    expect(litmusEngine.loaded).toBe(a);
  });

  it('a Stop pressed while the engine loads ends that run before it starts, and only that run', async () => {
    const starting = scalingEngine.forRun();
    await scalingEngine.stop();
    expect(await starting).toBeNull();
    const engine = await scalingEngine.forRun();
    expect(engine).not.toBeNull();
    expect(engine).toBe(scalingEngine.loaded);
  });
});
