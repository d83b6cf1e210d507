// Where a witness preempts: the moves at which it switches away from a thread that could have gone
// on, each with that thread's line and whether the switch falls in the middle of it (`x += 1`
// split between its load and its store), so the page can say what an outcome needs in words.
// Concurrency contract: single-threaded; replays the witness on fresh machines.
import { lineOf, type CodeObject } from '../code.ts';
import { cloneMachine, createMachine } from './api.ts';
import type { Engine } from './machine.ts';
import { stateKey } from './stateKey.ts';
import { enabled, step } from './scheduler.ts';
import type { MachineSettings, Schedule, SwitchPoint } from './types.ts';

/** The preemptions of `witness`, as the search counts them: the left thread had a move that changed something. */
export function switchPoints(code: CodeObject, settings: MachineSettings, engine: Engine, witness: Schedule): SwitchPoint[] {
  const m = createMachine(code, settings, engine);
  const out: SwitchPoint[] = [];
  for (let i = 0; i < witness.length; i++) {
    const t = witness[i]!;
    const last = i > 0 ? witness[i - 1]! : -1;
    if (last >= 0 && t !== last && enabled(m).includes(last)) {
      const probe = cloneMachine(m);
      step(probe, last);
      const rec = m.threads[last]!;
      const f = rec.vm.top;
      if (f !== undefined && stateKey(probe) !== stateKey(m)) {
        const line = lineOf(f.code, f.pc);
        out.push({ move: i, thread: last, name: rec.vm.name, line, midLine: f.lasti >= 0 && lineOf(f.code, f.lasti) === line });
      }
    }
    if (!enabled(m).includes(t)) break;
    step(m, t);
  }
  return out;
}
