// The Counter live view's controller, on a real counter memory: it picks the memory up when the engine
// appears after Run, follows the trace in slow motion into the model and the event log, and a run
// started again begins from a fresh model and an empty log.
import { describe, expect, it } from 'vitest';
import { allocateCounter, CounterSlot, TraceKind, WorkerSlot, workerBase } from '../../core/counter/counterLayout.ts';
import { writeTrace } from '../../core/counter/trace.ts';
import { CounterLiveController } from './liveController.ts';
import { getLog, type LiveConfig } from './liveModel.ts';

const config = (over: Partial<LiveConfig> = {}): LiveConfig => ({
  workers: 2, iters: 10, dirs: [1, 1], sync: 'none', slow: true, window: 0, ...over,
});

/** Two workers each read 0 and write 1: one update lost, as the trace shows it. */
function raceOnce(m: Int32Array): void {
  writeTrace(m, 0, TraceKind.read, 0);
  writeTrace(m, 1, TraceKind.read, 0);
  writeTrace(m, 0, TraceKind.write, 1);
  writeTrace(m, 1, TraceKind.write, 1);
  Atomics.store(m, CounterSlot.value, 1);
  for (const w of [0, 1]) Atomics.store(m, workerBase(w) + WorkerSlot.progress, 1);
}

describe('CounterLiveController', () => {
  it('picks up the memory of an engine that loads after Run, and follows its trace', () => {
    let memory: Int32Array | null = null;
    const live = new CounterLiveController(config(), () => memory);
    live.frame(0, true);
    expect(live.model.value).toBe(0);
    memory = allocateCounter().ints;
    raceOnce(memory);
    expect(live.frame(16, true)).toBe(true);
    expect(live.model.value).toBe(1);
    expect(live.model.lostSeen).toBe(1);
    expect(getLog().map((e) => e.text)).toEqual(['Worker 1 read 0', 'Worker 2 read 0', 'Worker 1 wrote 1', "Worker 2 wrote 1 — erased Worker 1's write of 1"]);
    // Nothing new in memory: nothing new in the log.
    live.frame(32, true);
    expect(getLog()).toHaveLength(4);
  });

  it('starts a run again from a fresh model and an empty log', () => {
    const m = allocateCounter().ints;
    const live = new CounterLiveController(config(), () => m);
    raceOnce(m);
    live.frame(0, true);
    const first = live.model;
    expect(first.lostSeen).toBe(1);
    m.fill(0);
    live.restart();
    expect(live.model).not.toBe(first);
    expect(live.model.lostSeen).toBe(0);
    expect(getLog()).toEqual([]);
    raceOnce(m);
    live.frame(16, true);
    expect(live.model.lostSeen).toBe(1);
    expect(getLog()).toHaveLength(4);
  });

  it('at full speed reads the counter but keeps no log', () => {
    const m = allocateCounter().ints;
    const live = new CounterLiveController(config({ slow: false }), () => m);
    raceOnce(m);
    expect(live.frame(0, true)).toBe(true);
    expect(live.model.value).toBe(1);
    expect(live.model.lostSeen).toBe(0);
    expect(getLog()).toEqual([]);
  });
});
