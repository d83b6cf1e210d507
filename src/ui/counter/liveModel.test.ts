// The live view's derived state: pipeline steps, smoothed rates, drift bounds, lost-update marks, the event log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCounter, CounterSlot, Phase, resetCounter, TraceKind, type PhaseValue } from '../../core/counter/counterLayout.ts';
import { chunkSize } from '../../core/counter/kernels.ts';
import { writeTrace } from '../../core/counter/trace.ts';
import { emptySample, type CounterSample } from '../../engine/counterSample.ts';
import { ERASE_MS, getLog, LiveModel, nextStep, PIPELINES, publishLog, TraceFollower, type LiveConfig } from './liveModel.ts';

const config = (over: Partial<LiveConfig> = {}): LiveConfig => ({
  workers: 2, iters: 100_000, dirs: [1, -1], sync: 'none', slow: false, window: 10, ...over,
});

function frame(s: CounterSample, at: number, value: number, progress: readonly number[], phase: PhaseValue = Phase.read): CounterSample {
  s.at = at;
  s.value = value;
  s.workers.forEach((w, i) => {
    w.progress = w.progressAfter = progress[i] ?? 0;
    w.phase = phase;
  });
  return s;
}

describe('nextStep', () => {
  it('lights the right one of two lock boxes in split', () => {
    const steps = PIPELINES.split;
    const phases = [Phase.lockWait, Phase.locked, Phase.read, Phase.unlock, Phase.add, Phase.lockWait, Phase.write, Phase.unlock, Phase.lockWait];
    const seen: number[] = [];
    let at = -1;
    for (const p of phases) seen.push((at = nextStep(steps, at, p)));
    expect(seen).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 0]);
  });

  it('follows a worker whose frames skipped a step', () => {
    expect(nextStep(PIPELINES.mutex, 1, Phase.unlock)).toBe(4);
    expect(nextStep(PIPELINES.none, 2, Phase.read)).toBe(0);
    expect(nextStep(PIPELINES.none, 0, Phase.publish)).toBe(-1);
  });
});

describe('LiveModel at full speed', () => {
  it('smooths each worker rate towards the true rate', () => {
    const model = new LiveModel(config());
    const s = emptySample(2);
    for (let t = 0; t <= 3000; t += 16) model.update(frame(s, t, 0, [t * 10, t * 20]), 0, true);
    expect(model.lanes[0]!.rate).toBeCloseTo(10_000, -2);
    expect(model.lanes[1]!.rate).toBeCloseTo(20_000, -2);
    expect(model.rate).toBeCloseTo(30_000, -2);
  });

  it('sums expected so far by direction and counts only drift the unpublished chunks cannot explain', () => {
    const model = new LiveModel(config());
    const chunk = chunkSize(10);
    const s = emptySample(2);
    model.update(frame(s, 0, 0, [0, 0]), 0, true);
    // Inside the band the unpublished chunks can explain: nothing lost, and expected so far is the cell.
    model.update(frame(s, 16, 5000 - 2000 + chunk, [5000, 2000]), 0, true);
    expect(model.expectedSoFar).toBe(3000 + chunk);
    expect(model.lostSoFar).toBe(0);
    model.update(frame(s, 32, 3000 - chunk - 700, [5000, 2000]), 0, true);
    expect(model.expectedSoFar).toBe(3000 - chunk);
    expect(model.lostSoFar).toBe(700);
    expect(model.driftFlashAt).toBe(32);
  });

  it('shows figures that always differ by exactly the updates lost, whatever the sample', () => {
    const chunk = chunkSize(10);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: -300_000, max: 300_000 }),
        fc.constantFrom<readonly (1 | -1)[]>([1, 1], [1, -1], [-1, -1]),
        (progress, value, dirs) => {
          const model = new LiveModel(config({ dirs, iters: 100_000 }));
          model.update(frame(emptySample(2), 0, value, progress), 0, true);
          expect(Math.abs(model.value - model.expectedSoFar)).toBe(model.lostSoFar);
          const published = progress.reduce((sum, p, i) => sum + (dirs[i] ?? 1) * p, 0);
          // Never further from the published count than the chunks in flight.
          expect(Math.abs(model.expectedSoFar - published)).toBeLessThanOrEqual(2 * chunk);
        },
      ),
    );
  });

  it('is exact once every worker is done', () => {
    const model = new LiveModel(config({ iters: 10 }));
    const s = emptySample(2);
    model.update(frame(s, 0, 3, [10, 10], Phase.done), 0, false);
    expect(model.expectedSoFar).toBe(0);
    expect(model.lostSoFar).toBe(3);
  });

  it('starts a lane afresh when a new trial resets the memory', () => {
    const model = new LiveModel(config());
    const s = emptySample(2);
    model.update(frame(s, 0, 0, [0, 0]), 0, true);
    model.update(frame(s, 100, 0, [50_000, 50_000]), 0, true);
    model.update(frame(s, 116, 0, [10, 10]), 0, true);
    expect(model.lanes[0]!.rate).toBe(0);
    expect(model.lanes[0]!.progress).toBe(10);
  });

  it('reports no change when the sample did not change and nothing moves', () => {
    const model = new LiveModel(config());
    const s = emptySample(2);
    model.update(frame(s, 0, 7, [1, 1], Phase.done), 0, false);
    expect(model.update(frame(s, 16, 7, [1, 1], Phase.done), 0, false)).toBe(false);
    expect(model.update(frame(s, 32, 8, [1, 1], Phase.done), 0, false)).toBe(true);
  });
});

describe('LiveModel in slow motion', () => {
  it('sees a worker waiting for a lock someone else holds', () => {
    const model = new LiveModel(config({ sync: 'mutex', slow: true }));
    const s = emptySample(2);
    s.workers[0]!.phase = Phase.write;
    s.workers[0]!.holds = true;
    s.workers[1]!.phase = Phase.lockWait;
    model.update(s, 1, true);
    expect(model.lanes.map((l) => [l.step, l.holds, l.waiting])).toEqual([[3, true, false], [0, false, true]]);
  });

  it('sees a worker checking a busy flag as waiting, and a clear flag as not', () => {
    const model = new LiveModel(config({ sync: 'flag', slow: true }));
    const s = emptySample(2);
    s.workers[1]!.phase = Phase.check;
    model.update(s, 1, true);
    expect(model.lanes[1]!.waiting).toBe(true);
    model.update(s, 0, true);
    expect(model.lanes[1]!.waiting).toBe(false);
  });
});

describe('TraceFollower', () => {
  const mem = allocateCounter();
  const m = mem.ints;

  it('turns the trace into words and finds the erased write', () => {
    resetCounter(mem);
    const follow = new TraceFollower('none');
    writeTrace(m, 0, TraceKind.read, 0);
    writeTrace(m, 1, TraceKind.read, 0);
    writeTrace(m, 0, TraceKind.write, 1);
    writeTrace(m, 1, TraceKind.write, -1);
    const news = follow.poll(m, Atomics.load(m, CounterSlot.traceSeq))!;
    expect(news.entries.map((e) => e.text)).toEqual([
      'Worker 1 read 0',
      'Worker 2 read 0',
      'Worker 1 wrote 1',
      "Worker 2 wrote −1 — erased Worker 1's write of 1",
    ]);
    expect(news.entries.map((e) => e.lost)).toEqual([false, false, false, true]);
    expect(follow.poll(m, Atomics.load(m, CounterSlot.traceSeq))).toBeNull();

    const model = new LiveModel(config({ slow: true }));
    expect(news.lostSoFar).toBe(1);
    model.applyTrace(news.records, news.overwrites, news.lostSoFar, 1000);
    expect(model.lostSeen).toBe(1);
    expect(model.lanes[0]!.erasedBy).toBe(1);
    expect(model.lanes[0]!.erasedValue).toBe(1);
    expect(model.lanes[1]!.hasWritten).toBe(true);
    expect(model.flashUntil()).toBe(1000 + ERASE_MS);
  });

  it('says when a stale write evens out an update lost before, and counts it back', () => {
    resetCounter(mem);
    const follow = new TraceFollower('none');
    // Worker 1 adds, Worker 2 subtracts: each erases the other's update once, and nothing is missing.
    for (const [w, kind, v] of [[0, 'read', 0], [1, 'read', 0], [0, 'write', 1], [1, 'write', -1], [1, 'read', -1], [0, 'read', -1], [1, 'write', -2], [0, 'write', 0]] as const) {
      writeTrace(m, w, TraceKind[kind], v);
    }
    const news = follow.poll(m, Atomics.load(m, CounterSlot.traceSeq))!;
    expect(news.entries.at(-1)?.text).toBe('Worker 1 wrote 0 — a stale value that cancels out a lost update');
    expect(news.entries.filter((e) => e.lost)).toHaveLength(1);
    expect(news.lostSoFar).toBe(0);
  });

  it('names lock traffic by mode and notices a new trial', () => {
    resetCounter(mem);
    const follow = new TraceFollower('flag');
    writeTrace(m, 0, TraceKind.lock, 0);
    writeTrace(m, 0, TraceKind.unlock, 0);
    expect(follow.poll(m, 2)!.entries.map((e) => e.text)).toEqual(['Worker 1 set the flag', 'Worker 1 cleared the flag']);
    resetCounter(mem);
    writeTrace(m, 1, TraceKind.lock, 0);
    const next = follow.poll(m, 1)!;
    expect(next.reset).toBe(true);
    expect(next.entries.map((e) => e.text)).toEqual(['Worker 2 set the flag']);
  });
});

describe('event log store', () => {
  it('keeps the newest entries and clears on reset', () => {
    publishLog([], true);
    const many = Array.from({ length: 150 }, (_, seq) => ({ seq, worker: 0, text: `e${seq}`, lost: false }));
    publishLog(many, false);
    expect(getLog()).toHaveLength(100);
    expect(getLog().at(-1)!.seq).toBe(149);
    const before = getLog();
    publishLog([], false);
    expect(getLog()).toBe(before);
    publishLog([], true);
    expect(getLog()).toHaveLength(0);
  });
});
