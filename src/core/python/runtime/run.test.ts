// The fast run against the plain loop of `enabled` and `step` it replaces: the same moves, the
// same chooser calls and the same end state, for every example under every switch model.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import { EXAMPLE_IDS } from '../examples/exampleIds.ts';
import { PROGRAMS } from '../examples/programs.ts';
import { BUILTINS } from '../values/builtins.ts';
import { createMachine, randomChooser, runSchedule } from './api.ts';
import { makeEngine } from './engine.ts';
import type { Machine } from './machine.ts';
import { enabled, outcomeOf, step } from './scheduler.ts';
import type { Chooser, MachineSettings, SwitchModel } from './types.ts';

const engine = makeEngine(BUILTINS);

function slowRun(m: Machine, chooser: Chooser): void {
  for (;;) {
    const choices = enabled(m);
    if (choices.length === 0) return;
    step(m, choices.length === 1 ? choices[0]! : chooser(choices, m.moves.length));
  }
}

/** A chooser that also records what it was offered. */
function recording(seed: number, log: string[]): Chooser {
  const pick = randomChooser(seed);
  return (choices, moves) => {
    log.push(`${moves}:${choices.join(',')}`);
    return pick(choices, moves);
  };
}

function summary(m: Machine): unknown {
  return { moves: m.moves, steps: m.steps, now: m.now, stdout: m.stdout, stderr: m.stderr, outcome: outcomeOf(m), lives: m.threads.map((t) => [t.life, t.vm.state]) };
}

describe('runSchedule', () => {
  const models: SwitchModel[] = ['every', 'gil', 'timer'];
  for (const id of EXAMPLE_IDS) {
    const compiled = compile(PROGRAMS[id], { filename: 'main.py' });
    if (!compiled.ok) throw new Error(`${id} does not compile`);
    for (const model of models) {
      it(`makes the moves step by step would make: ${id} under ${model}`, () => {
        // The post's counter runs two million updates: its first 30,000 instructions show the same.
        const settings: MachineSettings = { switch: model, quantum: 7, stepBudget: 30_000, seed: 3 };
        for (const seed of [1, 2]) {
          const fastLog: string[] = [];
          const slowLog: string[] = [];
          const fast = createMachine(compiled.code, settings, engine);
          const r = runSchedule(fast, recording(seed, fastLog));
          const slow = createMachine(compiled.code, settings, engine);
          slowRun(slow, recording(seed, slowLog));
          expect(fastLog).toEqual(slowLog);
          expect(summary(fast)).toEqual(summary(slow));
          expect(r.schedule).toEqual(slow.moves);
        }
      });
    }
  }
});
