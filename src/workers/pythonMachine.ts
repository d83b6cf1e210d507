// The machine that runs a compiled program, as the worker drives it: the eval loop bound to the
// builtins once, a stepper for the session, one seeded run, and the searches with Stop.
import { BUILTINS } from '../core/python/values/builtins.ts';
import { cloneMachine, createMachine, enabled, randomChooser, runSchedule, step } from '../core/python/runtime/api.ts';
import { makeEngine } from '../core/python/runtime/engine.ts';
import type { Machine } from '../core/python/runtime/machine.ts';
import { explore } from '../core/python/runtime/search.ts';
import { DEFAULT_PCT_DEPTH, sample, type Sampler } from '../core/python/runtime/sample.ts';
import { progressAsResult } from '../core/python/runtime/merge.ts';
import type { Share } from '../core/python/runtime/searchControl.ts';
import { explorePart, joinReducedExplore, reducedExplorePart, type ExplorePart, type ReducedExplorePart } from '../core/python/runtime/splitExplore.ts';
import type { MachineSettings, MachineView, RunResult, SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import { view } from '../core/python/runtime/view.ts';
import type { Stepper } from './pythonSession.ts';
import type { CodeObject } from '../core/python/code.ts';

export const ENGINE = makeEngine(BUILTINS);

export type PyMachine = Machine;

export function viewOf(m: Machine): MachineView {
  return view(m);
}

export function machineStepper(code: CodeObject, settings: MachineSettings): Stepper<Machine> & { run(seed: number): RunResult } {
  return {
    create: () => createMachine(code, settings, ENGINE),
    clone: cloneMachine,
    // The session keeps the moves itself; a machine that kept them too would copy them into every
    // checkpoint, and a run that ends at the step budget has millions.
    step: (m, thread) => {
      step(m, thread);
      m.moves.length = 0;
    },
    enabled,
    run: (seed) => runSchedule(createMachine(code, { ...settings, seed }, ENGINE), randomChooser(seed)),
  };
}

/** A search that ends early, incomplete, with what it found so far, when told to stop. */
function* stoppable(search: Generator<SearchProgress, SearchResult, void>): Generator<SearchProgress, SearchResult, boolean | undefined> {
  let last: SearchProgress | null = null;
  for (;;) {
    const r = search.next();
    if (r.done) return r.value;
    last = r.value;
    const stop = yield r.value;
    if (stop) return progressAsResult(last);
  }
}

export function exploreProgram(code: CodeObject, settings: MachineSettings, maxStates: number, maxPreemptions: number | null = null, reduce = false): Generator<SearchProgress, SearchResult, boolean | undefined> {
  return stoppable(explore(code, settings, ENGINE, { maxStates, sliceStates: 200, maxPreemptions, reduce }));
}

/** This worker's part of Explore all split over the workers (`share.table` set): Stop is read from the control words. */
export function explorePartProgram(code: CodeObject, settings: MachineSettings, maxStates: number, maxPreemptions: number | null, share: Share): Generator<SearchProgress, ExplorePart, unknown> {
  return explorePart(code, settings, ENGINE, { maxStates, sliceStates: 50, maxPreemptions }, share);
}

/** This worker's part of Explore all with the reduction split over the workers: subtrees claimed on the control words. */
export function reducedPartProgram(code: CodeObject, settings: MachineSettings, maxStates: number, share: Share): Generator<SearchProgress, ReducedExplorePart, unknown> {
  return reducedExplorePart(code, settings, ENGINE, { maxStates, sliceStates: 50 }, share);
}

/** The reduced parts joined, their labels settled; told to stop, it answers with the labels it has. */
export function joinReducedProgram(code: CodeObject, settings: MachineSettings, parts: readonly ReducedExplorePart[], maxStates: number): Generator<SearchProgress, SearchResult, boolean | undefined> {
  return joinReducedExplore(code, settings, ENGINE, parts, maxStates);
}

export function sampleProgram(
  code: CodeObject,
  settings: MachineSettings,
  samples: number,
  sampler: Sampler = 'random',
  depth = DEFAULT_PCT_DEPTH,
  share: Share,
): Generator<SearchProgress, SearchResult, boolean | undefined> {
  // Stop reaches a sample through its control words (raised here too when Stop comes by message):
  // it ends at its next choice point and answers with its witnesses.
  return sample(code, settings, ENGINE, { samples, sliceSchedules: 1, sampler, depth, share });
}
