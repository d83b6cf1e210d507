// The Python lab's worker API as a type: what the page may ask of a Python worker. Declared here,
// on the worker side, once; pythonApi.ts implements it.
import type { ProgramError } from '../core/python/parse/source.ts';
import type { Sampler } from '../core/python/runtime/sample.ts';
import type { Share } from '../core/python/runtime/searchControl.ts';
import type { ExplorePart, ReducedExplorePart } from '../core/python/runtime/splitExplore.ts';
import type { MachineSettings, RunResult, MachineView, Schedule, SearchProgress } from '../core/python/runtime/types.ts';
import type { WireResult } from './pythonWire.ts';

/** One row of the listing beside the source: an instruction of a code object, as `dis` shows it. */
export interface ListingRow {
  /** Qualified name of its code object (`<module>`, `increment`). */
  readonly code: string;
  readonly line: number | null;
  readonly index: number;
  readonly opname: string;
  readonly argrepr: string;
}

export interface Checked {
  readonly errors: readonly ProgramError[];
  readonly listing: readonly ListingRow[];
}

/** The session's state as the page draws it. */
export interface SessionView {
  /** The machine at the cursor; its `schedule` is left empty (the session keeps the moves). */
  readonly view: MachineView;
  /** Moves taken from the start up to the cursor. */
  readonly position: number;
  /** Moves that can be redone: the step slider's length. */
  readonly length: number;
}

export type Opened =
  | { readonly ok: true; readonly session: SessionView }
  /** The program does not compile (errors), or cannot be stepped here (reason, in words). */
  | { readonly ok: false; readonly errors: readonly ProgramError[]; readonly reason?: string };

export interface RunSummary {
  readonly outcome: RunResult['outcome'];
  readonly steps: number;
  readonly moves: number;
  readonly stderr: string;
}

export interface SearchOptions {
  /** Explore: distinct states before it stops, incomplete. */
  readonly maxStates: number;
  /** Sample: schedules to run. */
  readonly samples: number;
  /** Explore: only schedules with at most this many preemptions; null or absent for all. */
  readonly maxPreemptions?: number | null;
  /** Explore: partial-order reduction (absent: off). */
  readonly reduce?: boolean;
  /** Sample: uniformly random schedules, or PCT's (absent: random). */
  readonly sampler?: Sampler;
  /** Sample with PCT: the bug depth d. */
  readonly depth?: number;
  /** This worker's share of a search split over workers (its control words, which worker, how many). */
  readonly share?: Share;
}

export interface PythonApi {
  /** Answers at once: proves the worker loaded. */
  ping(): 'pong';
  /** The compiler's positioned errors (empty when the program compiles) and its listing. */
  check(source: string): Checked;
  /** A stepping session on this program, at its start. */
  open(source: string, settings: MachineSettings): Opened;
  step(thread: number): SessionView | null;
  seek(position: number): SessionView | null;
  /** Loads a schedule (a witness) into the session at `position`. */
  load(schedule: Schedule, position: number): SessionView | null;
  /** One whole schedule chosen at random (seeded), loaded into the session at its start. */
  run(seed: number): { readonly summary: RunSummary; readonly session: SessionView } | null;
  /** Progress carries counts only (a bounded list); the answer the witnesses, packed (pythonWire.ts). */
  explore(source: string, settings: MachineSettings, options: SearchOptions, onProgress: (p: SearchProgress) => void): Promise<WireResult | null>;
  /**
   * Explore all split over the workers: this worker's part, to join. Without the reduction its states
   * are claimed in `options.share.table`; with it (and no cap) its subtrees from the shared control words.
   */
  explorePart(source: string, settings: MachineSettings, options: SearchOptions, onProgress: (p: SearchProgress) => void): Promise<ExplorePart | ReducedExplorePart | null>;
  /**
   * The parts of a split Explore all (all of one kind) as one result, each outcome described from its
   * witness. Reduced parts' labels are then settled (bounded searches within `maxStates`), which
   * reads Stop on `control` and reports progress.
   */
  exploreJoin(
    source: string,
    settings: MachineSettings,
    parts: readonly (ExplorePart | ReducedExplorePart)[],
    maxStates: number,
    control: Int32Array | undefined,
    onProgress: (p: SearchProgress) => void,
  ): Promise<WireResult | null>;
  sample(source: string, settings: MachineSettings, options: SearchOptions, onProgress: (p: SearchProgress) => void): Promise<WireResult | null>;
  /** Ends a search at its next slice; it then answers with what it found (incomplete). */
  stop(): void;
}
