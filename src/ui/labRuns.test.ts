// The run slice runs what the registry hands it: each lab's Run starts that lab's own run, once, and
// nothing else; a lab without a run (the Explorer) has no Run to start.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABS } from '../core/params/link.ts';
import { useStore, type AppState } from '../state/store.ts';
import { labDefinition } from './labs.ts';

const ACTIONS = ['runCounter', 'runQueue', 'runLitmus', 'runScaling'] as const satisfies readonly (keyof AppState)[];

const initial = useStore.getState();
afterEach(() => useStore.setState(initial, true));

describe('run dispatch', () => {
  it('gives every lab that runs its own run action, and the Explorer none', () => {
    const called = new Map<string, string>();
    for (const lab of LABS) {
      const run = labDefinition(lab).run;
      if (run === null) continue;
      const spies = Object.fromEntries(ACTIONS.map((name) => [name, vi.fn(() => Promise.resolve({ status: 'done' as const }))]));
      useStore.setState({ ...spies, lab });
      void run.start(useStore.getState());
      const hit = ACTIONS.filter((name) => spies[name]!.mock.calls.length > 0);
      expect(hit, lab).toHaveLength(1);
      called.set(lab, hit[0]!);
    }
    // No two labs share a run action: no lab falls back to another's run.
    expect(new Set(called.values()).size).toBe(called.size);
    expect(called.size).toBe(LABS.filter((l) => labDefinition(l).run !== null).length);
    expect(labDefinition('explore').run).toBeNull();
  });

  it('startRun records the open lab as the running one and ends with the status its run reports', async () => {
    for (const lab of LABS) {
      const run = labDefinition(lab).run;
      if (run === null) continue;
      useStore.setState({ lab, status: 'idle' });
      const start = vi.spyOn(run, 'start').mockResolvedValue({ status: 'stopped' });
      await useStore.getState().startRun(run);
      expect(start).toHaveBeenCalledTimes(1);
      expect(useStore.getState()).toMatchObject({ runLab: lab, status: 'stopped', error: null });
      start.mockRestore();
    }
  });

  it('a run that throws ends failed with its message, and a second Run waits for the first', async () => {
    const run = labDefinition('queue').run;
    useStore.setState({ lab: 'queue' });
    let finish: (() => void) | null = null;
    const start = vi.spyOn(run, 'start').mockImplementation(
      () =>
        new Promise((_, reject) => {
          finish = () => reject(new Error('the workers could not load'));
        }),
    );
    const first = useStore.getState().startRun(run);
    await useStore.getState().startRun(run);
    expect(start).toHaveBeenCalledTimes(1);
    finish!();
    await first;
    expect(useStore.getState()).toMatchObject({ status: 'failed', error: 'the workers could not load' });
    start.mockRestore();
  });
});
