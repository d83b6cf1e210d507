// The engines load with their lab: once, on first use; Stop pressed while one loads is kept for the run.
import { describe, expect, it } from 'vitest';
import { engineForRun, engineOf, loadedEngine, loadEngine, stopEngine } from './engines.ts';

describe('engines', () => {
  it('are loaded once and then handed out without waiting', async () => {
    expect(loadedEngine('litmus')).toBeNull();
    expect(engineOf('litmus')).toBeNull();
    const [a, b] = await Promise.all([loadEngine('litmus'), loadEngine('litmus')]);
    expect(a).toBe(b);
    expect(loadedEngine('litmus')).toBe(a);
    expect(engineOf('litmus')).toBe(a);
    expect(engineOf('explore')).toBeNull();
  });

  it('a Stop pressed while the engine loads ends that run before it starts, and only that run', async () => {
    const starting = engineForRun('scaling');
    await stopEngine('scaling');
    expect(await starting).toBeNull();
    const engine = await engineForRun('scaling');
    expect(engine).not.toBeNull();
    expect(engine).toBe(loadedEngine('scaling'));
  });
});
