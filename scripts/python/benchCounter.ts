// The machine's speed on one schedule of the post's counter program (2 × 10^6 locked updates of a
// `multiprocessing.Value`), run verbatim on the lab's own machine and library: the run Run makes
// in the page, a seeded random schedule under a switch model, timed from the first move to the end.
// Run by bench/suites/python.mjs in a worker thread, as the lab runs it in a Web Worker.
import { compile } from '../../src/core/python/compile/compile.ts';
import { createMachine, randomChooser, runSchedule } from '../../src/core/python/runtime/api.ts';
import { makeEngine } from '../../src/core/python/runtime/engine.ts';
import type { SwitchModel } from '../../src/core/python/runtime/types.ts';
import { BUILTINS } from '../../src/core/python/values/builtins.ts';

export interface CounterBench {
  readonly switch: SwitchModel;
  /** Instructions the schedule ran. */
  readonly instructions: number;
  /** Moves of the schedule (each one or more instructions of one thread). */
  readonly moves: number;
  readonly seconds: number;
  /** CPU time of this thread's process over the run: less skewed than wall time on a busy machine. */
  readonly cpuSeconds: number;
  /** What the program printed. */
  readonly stdout: string;
  readonly end: string;
}

const engine = makeEngine(BUILTINS);

/** Runs the program once, on one seeded schedule under `model`, and times it. */
export function runCounterBench(source: string, model: SwitchModel, seed: number): CounterBench {
  const compiled = compile(source, { filename: 'counter.py' });
  if (!compiled.ok) throw new Error(compiled.errors[0]?.message);
  const m = createMachine(compiled.code, { switch: model, quantum: 100, stepBudget: Number.MAX_SAFE_INTEGER, seed }, engine);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const r = runSchedule(m, randomChooser(seed));
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { switch: model, instructions: r.steps, moves: r.schedule.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, stdout: r.outcome.stdout, end: r.outcome.end };
}
