// Sample: many whole schedules, each from its own seed (run i of a sample with seed s uses
// runSeed(s, i)), chosen uniformly at random or by PCT. Workers claim runs from shared control words
// (searchControl.ts), so the merged counts are those of one worker running them all.
// Concurrency contract: one generator per worker; workers share only the control words. It yields
// between runs, and a Stop seen at a choice point ends the run it is in (not counted).
import type { CodeObject } from '../code.ts';
import { createMachine, randomChooser, runSchedule } from './api.ts';
import type { Engine, Machine } from './machine.ts';
import { bounded } from './merge.ts';
import { counting, pctChooser, pctGuarantee, runSeed } from './pct.ts';
import { claimer, createControl, CONTROL, stoppable, Stopped, type Share } from './searchControl.ts';
import type { MachineSettings, Outcome, OutcomeCount, OutcomeTally, PctGuarantee, RunResult, SampleSettings, SearchProgress, SearchResult } from './types.ts';
import { waitForGraph } from './waitFor.ts';

/** How Sample picks each schedule: uniformly at random at every choice, or by PCT's priorities. */
export type Sampler = 'random' | 'pct';

export interface SampleOptions extends SampleSettings {
  readonly sampler: Sampler;
  /** PCT's bug depth d. */
  readonly depth: number;
  /** This worker's share of the runs (absent: all of them). */
  readonly share: Share;
  /** PCT's k; measured from a run when absent (every share of one sample measures the same run). */
  readonly steps?: number;
}

export const DEFAULT_SAMPLE: SampleSettings = { samples: 100, sliceSchedules: 10 };
export const DEFAULT_PCT_DEPTH = 2;

/** Threads and choice points of one uniformly random run (seeded by the settings): n and k for PCT. */
export function measure(code: CodeObject, settings: MachineSettings, engine: Engine): { threads: number; steps: number } {
  const m = createMachine(code, settings, engine);
  const c = counting(randomChooser(runSeed(settings.seed, 0x7fffffff)));
  runSchedule(m, c.choose);
  return { threads: m.threads.length, steps: c.calls() };
}

interface Seen {
  outcome: Outcome;
  count: number;
  witness: readonly number[];
  seed: number;
  end: Machine;
}

function describe(x: Seen): OutcomeCount {
  return { outcome: x.outcome, count: x.count, witness: x.witness, seed: x.seed, stderr: x.end.stderr, waitFor: x.outcome.end === 'deadlock' ? waitForGraph(x.end) : null };
}

export function* sample(code: CodeObject, settings: MachineSettings, engine: Engine, options: Partial<SampleOptions> = {}): Generator<SearchProgress, SearchResult, unknown> {
  const o = { ...DEFAULT_SAMPLE, sampler: 'random' as Sampler, depth: DEFAULT_PCT_DEPTH, ...options };
  const share = o.share ?? { control: createControl(false), worker: 0, workers: 1 };
  const claim = claimer(share.control, share.worker, share.workers, o.samples);
  let pct: PctGuarantee | undefined;
  if (o.sampler === 'pct') {
    const measured = o.steps === undefined ? measure(code, settings, engine) : null;
    pct = pctGuarantee(measured?.threads ?? 0, o.steps ?? measured!.steps, o.depth);
  }
  const byKey = new Map<string, Seen>();
  const slice = Math.max(1, o.sliceSchedules);
  let done = 0;
  // The progress list is rebuilt once at least as many runs as there are outcomes went by since the
  // last build: its cost (a sort of the outcomes) stays O(log outcomes) a run however many there are.
  let shown: Pick<SearchProgress, 'outcomes' | 'other'> = { outcomes: [] };
  let builtAt = 0;
  const progress = (): SearchProgress => {
    if (builtAt === 0 || done - builtAt >= byKey.size) {
      shown = bounded([...byKey.values()].map((x): OutcomeTally => ({ outcome: x.outcome, count: x.count })));
      builtAt = done;
    }
    return { done, pending: o.samples - done, ...shown, ...(pct ? { pct } : {}) };
  };
  for (let i = claim(); i >= 0; i = claim()) {
    if (done > 0 && done % slice === 0) yield progress();
    const seed = runSeed(settings.seed, i);
    const m = createMachine(code, settings, engine);
    const chooser = stoppable(pct ? pctChooser(seed, { depth: o.depth, steps: pct.steps }).choose : randomChooser(seed), share.control);
    let r: RunResult;
    try {
      r = runSchedule(m, chooser);
    } catch (e) {
      if (e instanceof Stopped) break;
      throw e;
    }
    done++;
    Atomics.add(share.control, CONTROL.done, 1);
    if (pct && m.threads.length > pct.threads) pct = pctGuarantee(m.threads.length, pct.steps, pct.depth);
    const seen = byKey.get(r.outcome.key);
    if (seen) seen.count++;
    else byKey.set(r.outcome.key, { outcome: r.outcome, count: 1, witness: r.schedule, seed, end: m });
  }
  // Only the outcomes the page is sent are described (a deadlock's wait-for graph is work).
  const { outcomes, other } = bounded([...byKey.values()]);
  return { outcomes: outcomes.map(describe), ...(other ? { other } : {}), complete: false, states: done, schedules: done, cyclic: false, ...(pct ? { pct } : {}) };
}
