// Python lab slice: the program on screen, the compiler's answer, the stepping session, Run's
// playback and the last search (Explore all or Sample). Data only: the actions live in
// pythonActions.ts, which loads with the lab.
import type { StateCreator } from 'zustand';
import type { ExampleId } from '../core/python/examples/exampleIds.ts';
import type { ProgramError } from '../core/python/parse/source.ts';
import type { SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import type { ListingRow, RunSummary, SessionView } from '../workers/pythonApiTypes.ts';
import type { AppState } from './store.ts';

export type PySearchKind = 'explore' | 'sample';

export interface PySearch {
  readonly kind: PySearchKind;
  readonly status: 'running' | 'done' | 'stopped' | 'failed';
  readonly progress: SearchProgress | null;
  readonly result: SearchResult | null;
  readonly error: string | null;
  /** The program it explored: its witnesses replay only on that program. */
  readonly source: string;
  readonly elapsedMs: number;
  /** Search workers it runs on (Sample: one per core). */
  readonly workers: number;
  /** Explore all: the state budget, the end of its progress bar. */
  readonly budget?: number;
  /** Explore all with partial-order reduction. */
  readonly reduced?: boolean;
}

export interface PyRun {
  readonly status: 'running' | 'playing' | 'done' | 'failed';
  readonly summary: RunSummary | null;
  readonly error: string | null;
}

export interface PythonSlice {
  /** The program in the editor; null while a link's program is being unpacked. */
  pySource: string | null;
  /** The example the program came from, while it is unedited (its words are shown). */
  pyExample: ExampleId | null;
  pyErrors: readonly ProgramError[];
  pyListing: readonly ListingRow[];
  /** The stepping session at its cursor; null until the program compiles. */
  pySession: SessionView | null;
  pyRun: PyRun | null;
  pySearch: PySearch | null;
  /** Run's playback speed, moves per second (0: straight to the end). */
  pySpeed: number;
  /** Something the lab had to change or could not do, in a sentence. */
  pyNotice: string | null;
}

export const createPythonSlice: StateCreator<AppState, [], [], PythonSlice> = () => ({
  pySource: null,
  pyExample: null,
  pyErrors: [],
  pyListing: [],
  pySession: null,
  pyRun: null,
  pySearch: null,
  pySpeed: 8,
  pyNotice: null,
});
