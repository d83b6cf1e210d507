// Step mode history: random walks undone step by step return to the initial state; redo and
// branching behave like an editor's undo list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, currentState, historyFrom, pastSchedule, pushStep, redo, rewind, startHistory, undo, type StepLog } from './history.ts';
import { buildScenario, SCENARIO_IDS, SCENARIOS, type Scenario } from './scenarios.ts';
import { canStep } from './scheduler.ts';

/** Walks the history forward, each pick choosing among the threads that can step. */
function walk(h: StepLog, picks: readonly number[]): StepLog {
  for (const pick of picks) {
    const s = currentState(h);
    const ready = s.threads.map((_, t) => t).filter((t) => canStep(s, t));
    if (ready.length === 0) break;
    h = pushStep(h, ready[pick % ready.length]!);
  }
  return h;
}

describe('history', () => {
  it('undoing every step of a random schedule returns to the initial state, and redoing replays it', () => {
    const scenario = fc.constantFrom(...SCENARIO_IDS);
    fc.assert(
      fc.property(scenario, fc.boolean(), fc.array(fc.nat(7), { maxLength: 60 }), (id, fixed, picks) => {
        const s: Scenario = SCENARIOS[id];
        const program = buildScenario(id, { threads: s.params.threads?.max, incs: 2, fixed });
        const start = startHistory(program);
        const h = walk(start, picks);
        const endKey = currentState(h).key;
        let back = h;
        while (canUndo(back)) back = undo(back);
        expect(back.at).toBe(0);
        expect(currentState(back).key).toBe(currentState(start).key);
        let forward = back;
        while (canRedo(forward)) forward = redo(forward);
        expect(currentState(forward).key).toBe(endKey);
        expect(pastSchedule(forward)).toEqual(h.schedule);
        expect(historyFrom(program, h.schedule, h.schedule.length).states.map((x) => x.key)).toEqual(h.states.map((x) => x.key));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the redo list when the undone step is chosen again, drops it for another choice', () => {
    const program = buildScenario('lost-update', { threads: 2, incs: 1 });
    const h = walk(startHistory(program), [0, 0, 0]); // T1 reads, writes; T2 reads
    expect(h.schedule).toEqual([0, 0, 1]);
    const back = undo(undo(h));
    expect(pushStep(back, 0).schedule).toEqual([0, 0, 1]);
    expect(canRedo(pushStep(back, 0))).toBe(true);
    const branched = pushStep(back, 1);
    expect(branched.schedule).toEqual([0, 1]);
    expect(canRedo(branched)).toBe(false);
  });

  it('undo at the start and redo at the end change nothing; rewind keeps the steps', () => {
    const program = buildScenario('two-locks');
    const h = startHistory(program);
    expect(undo(h)).toBe(h);
    const end = walk(h, [0, 0, 0, 0, 0, 0]);
    expect(redo(end)).toBe(end);
    const r = rewind(end);
    expect(r.at).toBe(0);
    expect(r.schedule).toEqual(end.schedule);
  });

  it('refuses a thread that cannot step', () => {
    const program = buildScenario('two-locks');
    const h = walk(startHistory(program), [0]); // T1 takes a
    const stuck = pushStep(h, 1); // T2 takes b: now both are blocked
    expect(() => pushStep(stuck, 0)).toThrow(/blocked/);
  });
});
