// One definition of a lost update across the trace, the live panel and the Results, checked on the
// exact slow-motion schedule lesson 3 plays (the engine's pacer, seed 1) and on random schedules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCounter, TraceKind, WorkerSlot, workerBase } from '../../core/counter/counterLayout.ts';
import { OverwriteDetector, type TraceRecord } from '../../core/counter/trace.ts';
import { describeRecord } from './liveModel.ts';
import { Pacer } from '../../engine/pacer.ts';
import { summariseTrial } from '../../engine/counterResult.ts';

/** A worker of the racing counter as the slow-motion kernel runs it: step to read, to add, to write. */
interface SimWorker {
  readonly dir: 1 | -1;
  iter: number;
  phase: 0 | 1 | 2;
  read: number;
}

/**
 * Plays `iters` iterations of each worker under the real Pacer: each tick grants permits, and each
 * permitted worker takes one step (in worker order within a tick, as the pacer notifies them).
 */
function playPaced(dirs: readonly (1 | -1)[], iters: number, seed: number): { trace: TraceRecord[]; actual: number } {
  const mem = allocateCounter();
  const m = mem.ints;
  const pacer = new Pacer(m, dirs.length, 4, seed);
  const workers: SimWorker[] = dirs.map((dir) => ({ dir, iter: 0, phase: 0, read: 0 }));
  const trace: TraceRecord[] = [];
  let cell = 0;
  const record = (worker: number, kind: TraceRecord['kind'], value: number): void => {
    trace.push({ seq: trace.length, worker, kind, value });
  };
  while (workers.some((w) => w.iter < iters)) {
    pacer.tick();
    workers.forEach((w, i) => {
      const tokens = workerBase(i) + WorkerSlot.tokens;
      if (w.iter >= iters || Atomics.load(m, tokens) === 0) return;
      Atomics.sub(m, tokens, 1);
      if (w.phase === 0) {
        w.read = cell;
        record(i, TraceKind.read, cell);
        w.phase = 1;
      } else if (w.phase === 1) {
        w.phase = 2;
      } else {
        cell = w.read + w.dir;
        record(i, TraceKind.write, cell);
        w.phase = 0;
        w.iter++;
      }
    });
  }
  return { trace, actual: cell };
}

const results = (dirs: readonly (1 | -1)[], iters: number) => dirs.map((_, index) => ({ index, ops: iters, waits: 0, retries: 0, elapsedMs: 1, stopped: false }));

describe('lesson 3: a lost update, step by step (2 workers, +1 four times each, slow motion, seed 1)', () => {
  const dirs = [1, 1] as const;
  const { trace, actual } = playPaced(dirs, 4, 1);
  const trial = summariseTrial(0, results(dirs, 4), dirs, actual);

  it('the trace, the live count and the Results agree', () => {
    const detector = new OverwriteDetector();
    const overwrites = detector.feed(trace);
    expect(trial.expected).toBe(8);
    expect(trial.lost).toBeGreaterThan(0);
    expect(overwrites).toHaveLength(trial.lost);
    expect(detector.restored.size).toBe(0);
    expect(detector.lostSoFar).toBe(trial.lost);
  });

  it('the log marks the four writes that erased an update, and not the write that only carried its own on', () => {
    const overwrites = new OverwriteDetector().feed(trace);
    const log = trace.map((r) => describeRecord(r, overwrites.filter((o) => o.by.seq === r.seq), 'none'));
    expect(log.filter((e) => e.lost).map((e) => e.text)).toEqual([
      "Worker 1 wrote 1 — erased Worker 2's write of 1",
      "Worker 1 wrote 2 — erased Worker 2's write of 2",
      "Worker 2 wrote 3 — erased Worker 1's write of 3",
      "Worker 1 wrote 4 — erased Worker 2's write of 4",
    ]);
    // Worker 2 read its own 1 and wrote 2 over Worker 1's stale 1: nothing of Worker 1's was lost there.
    expect(log.map((e) => e.text)).toContain('Worker 2 wrote 2');
    expect(actual).toBe(4);
  });
});

describe('lost updates on any schedule', () => {
  it('the updates a trace shows erased, less those put back, are |expected − actual|, for workers that all add or all subtract', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer(), fc.boolean(), (n, iters, seed, down) => {
        const dirs = Array.from({ length: n }, () => (down ? -1 : 1));
        const { trace, actual } = playPaced(dirs, iters, seed);
        const trial = summariseTrial(0, results(dirs, iters), dirs, actual);
        const detector = new OverwriteDetector();
        const erased = detector.feed(trace).reduce((a, o) => a + o.updates, 0);
        const restored = [...detector.restored.values()].reduce((a, b) => a + b, 0);
        expect(erased - restored).toBe(trial.lost);
        expect(detector.lostSoFar).toBe(trial.lost);
      }),
    );
  });

  it('with workers adding and subtracting, the live count is the Results count at every step', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer(), (ups, iters, seed) => {
        const dirs = ups.map((up) => (up ? 1 : -1));
        const { trace } = playPaced(dirs, iters, seed);
        const detector = new OverwriteDetector();
        let expected = 0;
        for (const r of trace) {
          detector.feed([r]);
          if (r.kind === TraceKind.write) {
            expected += dirs[r.worker]!;
            expect(detector.lostSoFar).toBe(Math.abs(expected - r.value));
          }
        }
      }),
    );
  });
});
