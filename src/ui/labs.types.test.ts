// The compiler refuses a lab that misses a piece: each `@ts-expect-error` below is a lab put together
// wrongly, and the typecheck fails if any of them compiles. The runtime checks hold the same rules
// for the registry as it is.
import { describe, expect, it } from 'vitest';
import { LABS } from '../core/params/link.ts';
import type { HistoryLab } from '../state/historySlice.ts';
import { makeLabRun } from '../state/labRunSlice.ts';
import { QUEUE_RUN, queueEngine } from '../state/queueRunSlice.ts';
import { counterRecord } from '../state/runRecords.ts';
import { useStore } from '../state/store.ts';
import { LAB_REGISTRY, type LabDefinition } from './labs.ts';

describe('a lab that misses a piece does not compile', () => {
  it('the registry needs every lab of the link list', () => {
    const { python: _python, ...withoutPython } = LAB_REGISTRY;
    // @ts-expect-error the Python lab has no entry
    const registry: typeof LAB_REGISTRY = withoutPython;
    expect(Object.keys(registry)).not.toContain('python');
  });

  it('a lab that keeps runs needs its run, its export and its history columns', () => {
    // @ts-expect-error the Queue lab keeps runs, so it must export them
    const noExport: LabDefinition<'queue'> = { ...LAB_REGISTRY.queue, results: null };
    // @ts-expect-error ... and run
    const noRun: LabDefinition<'queue'> = { ...LAB_REGISTRY.queue, run: null };
    // @ts-expect-error ... and list its runs
    const noHistory: LabDefinition<'queue'> = { ...LAB_REGISTRY.queue, history: null };
    expect([noExport.results, noRun.run, noHistory.history]).toEqual([null, null, null]);
  });

  it('a lab without a run cannot be given one', () => {
    // @ts-expect-error the Explorer keeps no runs: a run of its own would have nowhere to record them
    const explore: LabDefinition<'explore'> = { ...LAB_REGISTRY.explore, run: QUEUE_RUN };
    expect(explore.run).toBe(QUEUE_RUN);
  });

  it('a run slice records its own lab’s runs, under its own keys', () => {
    const wrongRecord = makeLabRun({
      lab: 'queue',
      engine: queueEngine,
      fresh: {},
      // @ts-expect-error a Counter record is not what the Queue lab's history keeps
      go: (_engine, params) => Promise.resolve({ status: 'done', record: counterRecord({ ...useStore.getState().counter, engine: params.engine }, 'done', []) }),
      problem: () => null,
    });
    expect(wrongRecord.run.engine).toBe(queueEngine);
    // The slices the factory made are in the store under each lab's own names.
    const s = useStore.getState();
    expect([s.counterRunParams, s.queueRunParams, s.litmusRunParams, s.scalingRunParams]).toEqual([null, null, null, null]);
    expect([typeof s.runCounter, typeof s.runQueue, typeof s.runLitmus, typeof s.runScaling]).toEqual(['function', 'function', 'function', 'function']);
  });

  it('a lab that records its runs itself (the Python lab) must list and export them, and has no shared run', () => {
    // @ts-expect-error the Python lab keeps runs, so it must list them
    const noHistory: LabDefinition<'python'> = { ...LAB_REGISTRY.python, history: null };
    // @ts-expect-error ... and export them
    const noExport: LabDefinition<'python'> = { ...LAB_REGISTRY.python, results: null };
    // @ts-expect-error its run slice is not in the store: the shared Run could not start it
    const sharedRun: LabDefinition<'python'> = { ...LAB_REGISTRY.python, run: QUEUE_RUN };
    expect([noHistory.history, noExport.results, sharedRun.run]).toEqual([null, null, QUEUE_RUN]);
  });

  it('the labs that keep runs are exactly the labs with history columns, and every lab that runs keeps its runs', () => {
    const kept = Object.keys(useStore.getState().history).sort();
    const listed = LABS.filter((lab) => LAB_REGISTRY[lab].history !== null).sort();
    expect(listed).toEqual(kept);
    expect(kept).toContain('python');
    for (const lab of kept) {
      const def = LAB_REGISTRY[lab as HistoryLab];
      expect(def.results).not.toBeNull();
      expect(def.history.length).toBeGreaterThan(0);
    }
    const running = LABS.filter((lab) => LAB_REGISTRY[lab].run !== null);
    for (const lab of running) expect(kept).toContain(lab);
  });
});
