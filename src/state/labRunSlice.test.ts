// The run-slice factory: a lab made by it keeps the settings its run used, starts each run from its
// fresh fields, stores progress as it comes, records the run in its own lab's history, and a Stop
// pressed while the engine loads ends the run before it starts.
import { afterEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { LitmusRunResult } from '../engine/litmusResult.ts';
import type { LabEngine } from '../engine/labEngine.ts';
import { EngineLoader } from './engineLoader.ts';
import { createHistorySlice } from './historySlice.ts';
import { makeLabRun } from './labRunSlice.ts';
import { litmusRecord } from './runRecords.ts';
import { createRunSlice } from './runSlice.ts';
import { createSettingsSlice } from './settingsSlice.ts';
import type { AppState } from './store.ts';

/** An engine whose run ends when the test says, after reporting each step it is given. */
class FakeEngine implements LabEngine {
  running = false;
  paused = false;
  steps: number[] = [];
  private finish: ((counted: number) => void) | null = null;
  run(report: (step: number) => void): Promise<number> {
    this.running = true;
    for (const step of this.steps) report(step);
    return new Promise((resolve) => {
      this.finish = (counted) => {
        this.running = false;
        resolve(counted);
      };
    });
  }
  end(counted: number): void {
    this.finish?.(counted);
  }
  stop(): Promise<void> {
    this.end(0);
    return Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  step(): void {
    this.steps.push(this.steps.length);
  }
}

const result = (counted: number): LitmusRunResult => ({ counted, relaxed: 1 }) as LitmusRunResult;

function labWith(engine: EngineLoader<FakeEngine>) {
  const made = makeLabRun({
    lab: 'litmus',
    engine,
    fresh: { litmusResult: null as LitmusRunResult | null, seen: [] as readonly number[] },
    go: async (e, params, { update }) => {
      const counted = await e.run((step) => update((f) => ({ seen: [...f.seen, step] })));
      return { status: 'done', fields: { litmusResult: result(counted) }, record: litmusRecord(params, 'done', result(counted)) };
    },
    problem: () => null,
  });
  const store = create<AppState>()((...a) => ({ ...createSettingsSlice(...a), ...createRunSlice(...a), ...createHistorySlice(...a), ...made.slice(...a) }) as unknown as AppState);
  return { made, store };
}

let engines: FakeEngine[] = [];
afterEach(() => (engines = []));
const loader = () => new EngineLoader(() => Promise.resolve(engines[engines.push(new FakeEngine()) - 1]!));

describe('makeLabRun', () => {
  it('keeps the settings the run used, fresh fields at the start, progress as it comes, the result and the record', async () => {
    const engine = loader();
    const { made, store } = labWith(engine);
    const fake = await engine.load();
    fake.steps = [3, 5];
    store.getState().setParams('litmus', { iters: 2000 });
    store.setState({ litmusResult: result(9), seen: [1] } as Partial<AppState>);
    const running = store.getState().startRun(made.run);
    await Promise.resolve();
    const during = store.getState() as AppState & { seen: readonly number[] };
    expect(during.litmusRunParams?.iters).toBe(2000);
    expect(during.litmusResult).toBeNull();
    expect(during.seen).toEqual([3, 5]);
    // The form may change while the run goes: the run keeps the settings it started with.
    store.getState().setParams('litmus', { iters: 5000 });
    fake.end(40);
    await running;
    const after = store.getState();
    expect(after.status).toBe('done');
    expect(after.litmusRunParams?.iters).toBe(2000);
    expect(after.litmusResult?.counted).toBe(40);
    expect(after.history.litmus.map((r) => [r.counted, r.params.iters])).toEqual([[40, 2000]]);
    expect(after.history.counter).toEqual([]);
  });

  it('ends as stopped, with nothing stored or recorded, when Stop comes while the engine loads', async () => {
    const { made, store } = labWith(loader());
    const running = store.getState().startRun(made.run);
    await store.getState().stopRun();
    await running;
    const after = store.getState();
    expect(after.status).toBe('stopped');
    expect(after.litmusRunParams).toBeNull();
    expect(after.history.litmus).toEqual([]);
    expect(engines).toHaveLength(1);
  });
});
