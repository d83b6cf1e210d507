// Explorer slice: the program on screen (a scenario, or a race captured from a real run), the
// learner's steps through it, and the exploration of every interleaving. Data only: the actions
// live in explorerActions.ts, which loads with the Explorer lab rather than with the page.
import type { StateCreator } from 'zustand';
import type { Exploration, ExploreProgress } from '../core/explore/explore.ts';
import type { StepLog } from '../core/explore/history.ts';
import type { Program } from '../core/explore/program.ts';
import type { CapturedRace } from '../core/explore/replay.ts';
import type { ExploreParams } from '../core/params/exploreParams.ts';
import type { AppState } from './store.ts';

export interface ExplorerSession {
  /** Changes whenever the program changes; an exploration belongs to one session. */
  readonly id: number;
  /** The settings it was built for: it lasts until they change. */
  readonly params: ExploreParams;
  readonly program: Program;
  /** Set when the program replays a race captured from a real Counter run. */
  readonly captured: CapturedRace | null;
  readonly history: StepLog;
}

export type ExplorationStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface ExplorationView {
  /** Whose exploration it is: a session's (`explorerOwner`) or another view's, such as the simulated run's. */
  readonly owner: string;
  readonly status: ExplorationStatus;
  readonly progress: ExploreProgress | null;
  readonly result: Exploration | null;
  readonly error: string | null;
  readonly elapsedMs: number;
}

export interface ExploreSlice {
  explorer: ExplorerSession | null;
  exploration: ExplorationView | null;
  /** Replaying the steps ahead (a witness or a captured race), one at a time. */
  playing: boolean;
}

/** The owner name of a session's exploration. */
export function explorerOwner(session: ExplorerSession): string {
  return `session-${session.id}`;
}

export const createExploreSlice: StateCreator<AppState, [], [], ExploreSlice> = () => ({
  explorer: null,
  exploration: null,
  playing: false,
});
