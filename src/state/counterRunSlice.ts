// Counter run slice: the settings the run used and its trials as they finish (the live view reads shared memory, never the store).
import type { CounterTrial } from '../engine/counterResult.ts';
import { EngineLoader } from './engineLoader.ts';
import { makeLabRun, type LabRunSlice } from './labRunSlice.ts';
import { counterRecord, ranOn } from './runRecords.ts';

/** The lab's engine, loaded with the lab. */
export const counterEngine = new EngineLoader(async () => new (await import('../engine/counterEngine.ts')).CounterEngine());

interface CounterFields {
  /** Trials of the current or last run, in order. */
  counterTrials: readonly CounterTrial[];
}

interface CounterActions {
  /** Slow-motion steps per second. */
  pace: number;
  setPace: (stepsPerSecond: number) => void;
}

const FRESH: CounterFields = { counterTrials: [] };

export type CounterRunSlice = LabRunSlice<'counter', CounterFields, CounterActions>;

const made = makeLabRun({
  lab: 'counter',
  engine: counterEngine,
  fresh: FRESH,
  go: async (engine, params, { get, update }) => {
    engine.setPace(get().pace);
    const outcome = await engine.run(params, {
      onTrial: (trial) => update((f) => ({ counterTrials: [...f.counterTrials, trial] })),
      onStall: (ms) => get().setStall(ms),
    });
    const ran = ranOn(params, outcome.engine);
    return { status: outcome.status, error: outcome.error, ran, record: counterRecord(ran, outcome.status, outcome.trials) };
  },
  actions: (set): CounterActions => ({
    pace: 4,
    setPace: (stepsPerSecond) => {
      counterEngine.loaded?.setPace(stepsPerSecond);
      set({ pace: stepsPerSecond });
    },
  }),
  problem: () => null,
  stepping: (s) => s.status === 'running' && (s.counterRunParams ?? s.counter).speed === 'slow',
});

export const createCounterRunSlice = made.slice;
export const COUNTER_RUN = made.run;
