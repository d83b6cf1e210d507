// A lab's run, as the store drives it: how it starts, why its settings cannot run, and whether the run
// in progress goes step by step. Each lab that runs declares one beside its run slice; the lab
// registry hands it to the shared controls, which never ask which lab is open.
import { isolationProblem } from '../engine/isolation.ts';
import type { LabEngine, RunEnd } from '../engine/labEngine.ts';
import type { EngineLoader } from './engineLoader.ts';
import type { AppState } from './store.ts';

export interface RunEstimate {
  readonly ms: number;
  /** What makes it take that long, in words ("each producer puts 10 items at 1,000 ms each"). */
  readonly because: string;
}

/** Runs at least this long are announced beside Run before they start. */
export const LONG_RUN_MS = 60_000;

/** The estimate shown beside Run: only for a long run, and not while one goes. */
export function longRun(s: AppState, run: LabRun | null): RunEstimate | null {
  if (run?.estimate === undefined || s.status === 'running') return null;
  const e = run.estimate(s);
  return e !== null && e.ms >= LONG_RUN_MS ? e : null;
}

export interface LabRun {
  /** Runs the open settings to the end; the run slice records what it found. */
  start(s: AppState): Promise<RunEnd>;
  /** The lab's engine: loaded when the lab opens, so that Run finds it ready; stopped, paused and stepped by the run slice. */
  readonly engine: EngineLoader<LabEngine>;
  /** Why the open settings cannot run as they are, or null; shown beside a disabled Run. */
  problem(s: AppState): string | null;
  /** About how long the open settings take at the least, and why, where the lab can tell before the run. */
  estimate?(s: AppState): RunEstimate | null;
  /** The run in progress shows every step (Step and the pace apply); absent where a lab has no such mode. */
  stepping?(s: AppState): boolean;
}

/** The one rule for Run, Space and the embed bar: nothing starts that the Run button would not start. */
export function canStartRun(s: AppState, run: LabRun | null): run is LabRun {
  return run !== null && s.status !== 'running' && isolationProblem() === null && run.problem(s) === null;
}

/** The problem shown beside Run (none while a run goes: its settings are the ones it started with). */
export function runProblem(s: AppState, run: LabRun | null): string | null {
  return run === null || s.status === 'running' ? null : run.problem(s);
}
