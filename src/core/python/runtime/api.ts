// The machine's entry points for the lab page: make a machine from a compiled module, step it,
// draw it, clone it, run one schedule to its end with a chooser, replay a schedule.
// Concurrency contract: single-threaded and deterministic; a worker owns its machines.
import type { CodeObject } from '../code.ts';
import type { PyValue } from '../values/types.ts';
import { mulberry32 } from '../../shared/random.ts';
import { deepCopy } from './clone.ts';
import { Life, Machine, type Engine } from './machine.ts';
import { runMoves } from './run.ts';
import { enabled, outcomeOf, settle, step } from './scheduler.ts';
import type { Chooser, MachineSettings, RunResult, Schedule } from './types.ts';

export function createMachine(code: CodeObject, settings: MachineSettings, engine: Engine): Machine {
  const m = new Machine(code, settings, engine);
  const globals = new Map<string, PyValue>([['__name__', '__main__']]);
  const proc = m.addProcess('MainProcess', globals, null);
  const vm = engine.moduleThread(0, 'MainThread', code, globals, proc.builtins);
  const rec = m.addThread(0, vm, false, null);
  rec.life = Life.live;
  settle(m);
  return m;
}

/** An independent copy: stepping one never changes the other. */
export function cloneMachine(m: Machine): Machine {
  return deepCopy(m, new Map());
}

/** A fresh machine after the moves of `schedule` (stops early if a move is not possible). */
export function replay(code: CodeObject, settings: MachineSettings, schedule: Schedule, engine: Engine): Machine {
  const m = createMachine(code, settings, engine);
  for (const t of schedule) {
    if (!enabled(m).includes(t)) break;
    step(m, t);
  }
  return m;
}

/** Seeded random choices: the same seed gives the same schedule. */
export function randomChooser(seed: number): Chooser {
  const rand = mulberry32(seed);
  return (choices) => choices[Math.floor(rand() * choices.length)]!;
}

/** Follows a schedule, then (if it runs out) the lowest enabled thread. */
export function scheduleChooser(schedule: Schedule): Chooser {
  return (choices, moves) => {
    const t = schedule[moves];
    return t !== undefined && choices.includes(t) ? t : choices[0]!;
  };
}

/**
 * Runs `m` to its end (or its step budget), choosing each move with `chooser`. The result's
 * schedule is `m.moves` itself (a long run's schedule is millions of moves: not copied), so a
 * machine stopped by its budget must not be stepped further while the result is in use.
 */
export function runSchedule(m: Machine, chooser: Chooser): RunResult {
  runMoves(m, chooser);
  return { outcome: outcomeOf(m)!, schedule: m.moves, steps: m.steps, stderr: m.stderr };
}

export { enabled, step };
