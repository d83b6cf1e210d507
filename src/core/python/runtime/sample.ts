// Sample: many whole schedules, each from its own seed (run i of a sample with seed s uses
// runSeed(s, i)), chosen uniformly at random or by PCT. Workers claim blocks of runs from shared
// control words (searchControl.ts) and tally them locally, so the merged counts are those of one
// worker running them all, whatever the number of workers.
// Concurrency contract: one generator per worker; workers share only the control words. It yields
// between runs, and a Stop seen at a choice point ends the run it is in (not counted).
import type { CodeObject } from '../code.ts';
import { createMachine, randomChooser, runSchedule } from './api.ts';
import type { Engine } from './machine.ts';
import { bounded } from './merge.ts';
import { counting, pctChooser, pctGuarantee, runSeed } from './pct.ts';
import { choicesOf, claimer, createControl, CONTROL, stoppable, Stopped, type Share } from './searchControl.ts';
import type { MachineSettings, Outcome, OutcomeCount, OutcomeTally, PctGuarantee, PyWaitForGraph, RunResult, SampleSettings, SearchProgress, SearchResult } from './types.ts';
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

/** Choice points a block of runs aims at (a few milliseconds of work). */
const BLOCK_CHOICES = 20_000;
/** Runs a block holds at most. */
const MAX_BLOCK = 64;

/** An outcome as one worker tallies it: the first run that reached it is its witness. */
interface Seen {
  outcome: Outcome;
  count: number;
  witness: readonly number[];
  seed: number;
  stderr: string;
  waitFor: PyWaitForGraph | null;
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
  // Runs are claimed a block at a time, sized to about BLOCK_CHOICES choice points from the runs so far:
  // one claim per block instead of one per run, and the blocks stay short enough to share the tail.
  let size = 1;
  let choices = choicesOf(share.control, share.worker);
  let stoppedInRun = false;
  for (let b = claim(size); b && !stoppedInRun; b = claim(size)) {
    for (let i = b.start; i < b.end; i++) {
      if (done > 0 && done % slice === 0) yield progress();
      const seed = runSeed(settings.seed, i);
      const m = createMachine(code, settings, engine);
      const chooser = stoppable(pct ? pctChooser(seed, { depth: o.depth, steps: pct.steps }).choose : randomChooser(seed), share.control, share.worker);
      let r: RunResult;
      try {
        r = runSchedule(m, chooser);
      } catch (e) {
        if (!(e instanceof Stopped)) throw e;
        stoppedInRun = true;
        break;
      }
      done++;
      Atomics.add(share.control, CONTROL.done, 1);
      if (pct && m.threads.length > pct.threads) pct = pctGuarantee(m.threads.length, pct.steps, pct.depth);
      const seen = byKey.get(r.outcome.key);
      if (seen) seen.count++;
      else byKey.set(r.outcome.key, { outcome: r.outcome, count: 1, witness: r.schedule, seed, stderr: r.stderr, waitFor: r.outcome.end === 'deadlock' ? waitForGraph(m) : null });
    }
    const now = choicesOf(share.control, share.worker);
    const perRun = Math.max(1, (now - choices) / Math.max(1, b.end - b.start));
    choices = now;
    size = Math.min(MAX_BLOCK, Math.max(1, Math.round(BLOCK_CHOICES / perRun)));
  }
  const { outcomes, other } = bounded([...byKey.values()]);
  return { outcomes: outcomes.map((x): OutcomeCount => ({ ...x })), ...(other ? { other } : {}), complete: false, states: done, schedules: done, cyclic: false, ...(pct ? { pct } : {}) };
}
