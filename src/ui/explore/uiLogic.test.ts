// Pure logic of the Explorer's page: keys, verdict headlines, the wait-for layout, the simulated fallback, Explain.
import { describe, expect, it } from 'vitest';
import { TraceKind } from '../../core/counter/counterLayout.ts';
import type { TraceRecord } from '../../core/counter/trace.ts';
import { exploreAll, historyFrom, currentState, verdict, buildScenario, waitForGraph } from '../../core/explore/index.ts';
import { DEFAULT_COUNTER } from '../../core/params/counterParams.ts';
import { DEFAULT_QUEUE } from '../../core/params/queueParams.ts';
import { firstCapturedRace } from './explain.ts';
import { nextStepText } from './nextStep.ts';
import { percentOf, percentText } from './scheduleCounts.ts';
import { counterPlan, queuePlan } from './simulated.ts';
import { labDefinition } from '../labs.ts';
import { isTypingTarget, stepCommand, type KeyLike } from './stepKeys.ts';
import { verdictView } from './verdictView.ts';
import { layoutWaitFor, NODE_R } from './waitForLayout.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('step keys', () => {
  it('maps digits to the threads on screen', () => {
    expect(stepCommand(key('1'), 2)).toEqual({ kind: 'step', thread: 0 });
    expect(stepCommand(key('2'), 2)).toEqual({ kind: 'step', thread: 1 });
    expect(stepCommand(key('3'), 2)).toBeNull();
    expect(stepCommand(key('0'), 2)).toBeNull();
    expect(stepCommand(key('1', { ctrlKey: true }), 2)).toBeNull();
    expect(stepCommand(key('1', { altKey: true }), 2)).toBeNull();
  });

  it('undoes with Ctrl/⌘+Z and redoes with Shift or Y', () => {
    expect(stepCommand(key('z', { ctrlKey: true }), 2)).toEqual({ kind: 'undo' });
    expect(stepCommand(key('z', { metaKey: true }), 2)).toEqual({ kind: 'undo' });
    expect(stepCommand(key('Z', { ctrlKey: true, shiftKey: true }), 2)).toEqual({ kind: 'redo' });
    expect(stepCommand(key('y', { ctrlKey: true }), 2)).toEqual({ kind: 'redo' });
    expect(stepCommand(key('z'), 2)).toBeNull();
  });

  it("gives the page's Space, P and → the Explorer's meaning, and leaves its other keys alone", () => {
    expect(stepCommand(key(' '), 2, 'run-or-stop')).toEqual({ kind: 'explore' });
    expect(stepCommand(key('p'), 2, 'pause')).toEqual({ kind: 'play' });
    expect(stepCommand(key('ArrowRight'), 2, 'step')).toEqual({ kind: 'redo' });
    expect(stepCommand(key('?'), 2, 'help')).toBeNull();
    expect(stepCommand(key('+'), 2, 'faster')).toBeNull();
    // Where the page's keys may not fire (Space on a focused button), the Explorer takes none either.
    expect(stepCommand(key(' '), 2, null)).toBeNull();
    expect(stepCommand(key('1'), 2, null)).toEqual({ kind: 'step', thread: 0 });
  });

  it('lists every key it handles for the help dialog, through the registry', () => {
    const listed = labDefinition('explore').shortcuts.map((r) => r.keys.join(' '));
    expect(listed).toEqual(['Space', '1 … 9', '→', 'P', 'Ctrl Z', 'Ctrl Shift Z']);
    expect(labDefinition('counter').shortcuts).toEqual([]);
  });

  it('leaves text fields their keys, but not radios and buttons', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('verdict headlines', () => {
  const after = (id: Parameters<typeof buildScenario>[0], schedule: number[], p = {}) => {
    const program = buildScenario(id, p);
    return verdictView(verdict(currentState(historyFrom(program, schedule, schedule.length))));
  };

  it('says nothing while nothing went wrong', () => {
    expect(after('lost-update', [0], { threads: 2, incs: 1 })).toBeNull();
  });

  it('names a lost update, at the end and as it happens', () => {
    expect(after('lost-update', [0, 1, 0, 1], { threads: 2, incs: 1 })).toMatchObject({ kind: 'lost-update', bad: true, title: 'Lost update' });
    expect(after('lost-update', [0, 1, 0, 1], { threads: 2, incs: 2 })).toMatchObject({ kind: 'lost-update', bad: true });
    expect(after('lost-update', [0, 0, 1, 1], { threads: 2, incs: 1 })).toMatchObject({ kind: 'correct', bad: false });
  });

  it('names a deadlock and broken mutual exclusion', () => {
    expect(after('two-locks', [0, 1])).toMatchObject({ kind: 'deadlock', title: 'Deadlock' });
    expect(after('flag-lock', [0, 1, 0, 1], { threads: 2, incs: 1 })).toMatchObject({ kind: 'violation' });
  });

  it('names items left behind', () => {
    const r = exploreAll(buildScenario('check-then-act', { incs: 2 }));
    const lost = r.outcomes.find((o) => o.outcome.kind === 'item-lost')!;
    expect(after('check-then-act', [...lost.witness], { incs: 2 })).toMatchObject({ kind: 'item-lost', title: 'Item lost' });
  });
});

describe('wait-for layout', () => {
  it('puts the cycle around a circle and marks its arrows', () => {
    const r = exploreAll(buildScenario('philosophers', { threads: 3 }));
    const dead = r.outcomes.find((o) => o.outcome.kind === 'deadlock')!;
    const g = dead.waitFor!;
    const l = layoutWaitFor(g);
    expect(l.nodes).toHaveLength(6);
    expect(l.nodes.every((n) => n.inCycle)).toBe(true);
    expect(l.edges.filter((e) => e.inCycle)).toHaveLength(6);
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(NODE_R);
      expect(n.x).toBeLessThanOrEqual(l.size - NODE_R);
      expect(n.y).toBeGreaterThanOrEqual(NODE_R);
      expect(n.y).toBeLessThanOrEqual(l.size - NODE_R);
    }
    // Neighbours on the ring leave room for an arrow between them.
    const [a, b] = l.nodes;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(2 * NODE_R + 40);
    // Arrows stop short of the nodes they join.
    for (const e of l.edges) {
      const a = l.nodes.find((n) => n.id === e.from)!;
      expect(Math.hypot(e.x1 - a.x, e.y1 - a.y)).toBeGreaterThan(NODE_R);
    }
  });

  it('draws a graph without a cycle too', () => {
    const program = buildScenario('two-locks', { fixed: true });
    const s = currentState(historyFrom(program, [0], 1));
    const l = layoutWaitFor(waitForGraph(s));
    expect(l.nodes.map((n) => n.id).sort()).toEqual(['l0', 't0', 't1']);
    expect(l.edges.every((e) => !e.inCycle)).toBe(true);
  });
});

describe('the simulated fallback', () => {
  it('runs the seed experiment as a small lost update', () => {
    const plan = counterPlan(DEFAULT_COUNTER);
    expect(plan.params).toEqual({ scenario: 'lost-update', threads: 2, incs: 2, fixed: false, steps: [], at: 0 });
    expect(plan.notes.join(' ')).toMatch(/2 threads × 2 increments instead of 2 workers × 1,000,000 iterations/);
    expect(plan.notes.join(' ')).toMatch(/directions are not simulated/);
  });

  it('caps workers at 4, and picks the scenario of each mode', () => {
    expect(counterPlan({ ...DEFAULT_COUNTER, workers: 16, dirs: '+'.repeat(16) }).params.threads).toBe(4);
    expect(counterPlan({ ...DEFAULT_COUNTER, workers: 1, dirs: '+' }).params.threads).toBe(2);
    expect(counterPlan({ ...DEFAULT_COUNTER, sync: 'flag' }).params).toMatchObject({ scenario: 'flag-lock', fixed: false });
    expect(counterPlan({ ...DEFAULT_COUNTER, sync: 'split' }).params).toMatchObject({ scenario: 'split-lock', fixed: false });
    expect(counterPlan({ ...DEFAULT_COUNTER, sync: 'mutex' }).params).toMatchObject({ scenario: 'lost-update', fixed: true });
    expect(counterPlan({ ...DEFAULT_COUNTER, sync: 'spin' }).params).toMatchObject({ scenario: 'flag-lock', fixed: true });
    const small = counterPlan({ ...DEFAULT_COUNTER, iters: 1, dirs: '++' });
    expect(small.params.incs).toBe(1);
    expect(small.notes).toEqual([]);
  });

  it('runs the seed consumer as check-then-act', () => {
    expect(queuePlan({ ...DEFAULT_QUEUE, shutdown: 'empty-check' }).params).toEqual({ scenario: 'check-then-act', threads: 2, incs: 3, fixed: false, steps: [], at: 0 });
    expect(queuePlan(DEFAULT_QUEUE).params.fixed).toBe(true);
    expect(queuePlan({ ...DEFAULT_QUEUE, queue: 'unsafe' }).notes.join(' ')).toMatch(/correct blocking queue/);
  });
});

describe('Explain', () => {
  let seq = 0;
  const rec = (worker: number, kind: 'read' | 'write', value: number): TraceRecord => ({
    seq: seq++,
    worker,
    kind: kind === 'read' ? TraceKind.read : TraceKind.write,
    value,
  });

  it('finds the first lost update that replays as it happened', () => {
    seq = 0;
    // Worker 1 adds, Worker 2 subtracts: both read 0, Worker 1's 1 is erased by Worker 2's -1.
    const trace = [rec(0, 'read', 0), rec(1, 'read', 0), rec(0, 'write', 1), rec(1, 'write', -1), rec(0, 'read', -1), rec(0, 'write', 0)];
    const race = firstCapturedRace(trace)!;
    expect(race).not.toBeNull();
    expect(race.schedule).toEqual([0, 1, 0, 1]);
    const end = currentState(historyFrom(race.program, race.schedule, race.schedule.length));
    expect(end.vars[0]).toBe(-1);
    expect(verdictView(verdict(end))).toMatchObject({ kind: 'lost-update' });
  });

  it('finds none in a trace without a lost update', () => {
    seq = 0;
    expect(firstCapturedRace([rec(0, 'read', 0), rec(0, 'write', 1), rec(1, 'read', 1), rec(1, 'write', 0)])).toBeNull();
  });
});

describe('next step', () => {
  it('shows the value a stale read will write', () => {
    const program = buildScenario('lost-update', { threads: 2, incs: 1 });
    const s = currentState(historyFrom(program, [0, 1, 0], 3));
    expect(nextStepText(s, 0)).toBe('finished');
    expect(nextStepText(s, 1)).toBe('next: write counter = 1');
    expect(nextStepText(currentState(historyFrom(program, [], 0)), 0)).toBe('next: read counter');
  });

  it('names locks, compare-exchange and queue steps', () => {
    expect(nextStepText(currentState(historyFrom(buildScenario('two-locks'), [0], 1)), 0)).toBe('next: take b');
    expect(nextStepText(currentState(historyFrom(buildScenario('flag-lock', { fixed: true }), [], 0)), 0)).toBe('next: if flag is 0, set it to 1');
    const q = currentState(historyFrom(buildScenario('check-then-act', { incs: 1 }), [], 0));
    expect(nextStepText(q, 0)).toBe('next: put 1 into q');
    expect(nextStepText(q, 1)).toBe('next: look how many items q holds');
  });
});

describe('shares of schedules', () => {
  it('are exact for any size of count, and a rare outcome never reads 0 %', () => {
    expect(percentOf(6n, 70n)).toBe(8.5714);
    expect(percentText(2520n, 63_063_000n)).toBe('< 0.01 %');
    expect(percentText(0n, 10n)).toBe('0 %');
    expect(percentOf(1n, 3n * 10n ** 40n)).toBe(0);
    expect(percentText(1n, 3n * 10n ** 40n)).toBe('< 0.01 %');
    expect(percentText(10n ** 40n, 10n ** 40n)).toBe('100.0 %');
  });

  it('round to one decimal like every other share on the page, never truncate', () => {
    expect(percentText(4n, 6n)).toBe('66.7 %');
    expect(percentText(2n, 3n)).toBe('66.7 %');
    expect(percentText(1n, 6n)).toBe('16.7 %');
  });
});
