// The worker's machine stepper: a Run that never ends stops at the step budget, and its schedule,
// millions of moves long on the page, replays in a stepping session without copying itself.
import { describe, expect, it } from 'vitest';
import { compile } from '../core/python/compile/compile.ts';
import type { Machine } from '../core/python/runtime/machine.ts';
import { machineStepper, viewOf } from './pythonMachine.ts';
import { Session } from './pythonSession.ts';

describe('machine stepper', () => {
  it('ends a program that never ends at the step budget, and a session replays it to that end', () => {
    const c = compile('x = 0\nwhile True:\n    x += 1\n');
    if (!c.ok) throw new Error(c.errors[0]?.message);
    const stepper = machineStepper(c.code, { switch: 'every', quantum: 20, seed: 1, stepBudget: 100_000 });
    const run = stepper.run(1);
    expect(run.outcome.end).toBe('budget');
    expect(run.steps).toBe(100_000);
    // Every checkpoint is a clone: count the moves each would carry.
    let copiedMoves = 0;
    const session = new Session<Machine>({
      ...stepper,
      clone: (m) => {
        copiedMoves += m.moves.length;
        return stepper.clone(m);
      },
    });
    session.load(run.schedule, run.schedule.length);
    expect(session.position).toBe(run.schedule.length);
    const view = viewOf(session.current);
    expect(view.outcome?.end).toBe('budget');
    expect(view.steps).toBe(100_000);
    expect(copiedMoves).toBe(0);
  });
});
