// Replay, and the Explorer program built from a trace of a real racy Counter run.
import { describe, expect, it } from 'vitest';
import { TraceKind } from '../counter/counterLayout.ts';
import type { TraceRecord } from '../counter/trace.ts';
import { exploreAll } from './explore.ts';
import { outcome } from './outcome.ts';
import { raceFromTrace, replay } from './replay.ts';
import { buildScenario } from './scenarios.ts';

let seq = 0;
function rec(worker: number, kind: 'read' | 'write', value: number): TraceRecord {
  return { seq: seq++, worker, kind: kind === 'read' ? TraceKind.read : TraceKind.write, value };
}

describe('replay', () => {
  it('returns every state along the schedule', () => {
    const p = buildScenario('lost-update', { threads: 2, incs: 1 });
    const states = replay(p, [0, 1, 1, 0]);
    expect(states).toHaveLength(5);
    expect(states.map((s) => s.vars[0])).toEqual([0, 0, 0, 1, 1]);
  });

  it('throws at a step that cannot run', () => {
    expect(() => replay(buildScenario('two-locks'), [0, 1, 0])).toThrow(/blocked/);
  });
});

describe('a captured race', () => {
  it('rebuilds the window from the stale read to the overwriting write, with the real values', () => {
    seq = 100;
    const trace = [
      rec(0, 'read', 40), rec(0, 'write', 41), // before the window
      rec(1, 'read', 41), // the stale read
      rec(0, 'read', 41), rec(0, 'write', 42),
      rec(0, 'read', 42), rec(0, 'write', 43),
      rec(1, 'write', 42), // erases Worker 1's 43
      rec(0, 'read', 42), rec(0, 'write', 43), // after the window
    ];
    const race = raceFromTrace(trace)!;
    expect(race).not.toBeNull();
    expect(race.records.map((r) => r.seq)).toEqual([102, 103, 104, 105, 106, 107]);
    expect(race.workers).toEqual([1, 0]);
    expect(race.program.threads.map((t) => t.name)).toEqual(['Worker 2', 'Worker 1']);
    expect(race.program.vars).toEqual([{ name: 'counter', init: 41 }]);
    expect(race.schedule).toEqual([0, 1, 1, 1, 1, 0]);
    const states = replay(race.program, race.schedule);
    const end = states.at(-1)!;
    expect(end.vars).toEqual([42]);
    expect(outcome(race.program, end)).toMatchObject({ key: '42', bad: true });
    expect(end.last?.text).toBe("Worker 2 wrote counter = 42 from a stale read, erasing Worker 1's write: a lost update.");
    // The captured program is an ordinary Explorer program: every interleaving can be explored.
    expect(exploreAll(race.program).outcomes.map((o) => o.outcome.key)).toEqual(['42', '43', '44']);
  });

  it('handles decrements and picks the n-th lost update', () => {
    seq = 0;
    const trace = [
      rec(0, 'read', 0), rec(1, 'read', 0), rec(0, 'write', 1), rec(1, 'write', -1),
      rec(1, 'read', -1), rec(0, 'read', -1), rec(0, 'write', 0), rec(1, 'write', -2),
    ];
    const first = raceFromTrace(trace, 0)!;
    expect(first.program.threads[1]!.source).toEqual(['x = counter', 'counter = x - 1']);
    expect(replay(first.program, first.schedule).at(-1)!.vars).toEqual([-1]);
    const second = raceFromTrace(trace, 1)!;
    expect(second.records.map((r) => r.seq)).toEqual([4, 5, 6, 7]);
    expect(replay(second.program, second.schedule).at(-1)!.vars).toEqual([-2]);
    expect(raceFromTrace(trace, 2)).toBeNull();
  });

  it('finds nothing in a race-free trace, and refuses a window with accesses it cannot replay', () => {
    seq = 0;
    expect(raceFromTrace([rec(0, 'read', 0), rec(0, 'write', 1), rec(1, 'read', 1), rec(1, 'write', 2)])).toBeNull();
    seq = 0;
    const withRmw: TraceRecord[] = [rec(0, 'read', 0), { seq: seq++, worker: 2, kind: TraceKind.rmw, value: 5 }, rec(1, 'read', 5), rec(1, 'write', 6), rec(0, 'write', 1)];
    expect(raceFromTrace(withRmw)).toBeNull();
  });
});
