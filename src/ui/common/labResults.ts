// What a lab exports with "Download results": its last run's settings (the ones the link reopens) and
// its results, as bare numbers.
import type { Lab, LabParams } from '../../core/params/link.ts';
import type { AppState } from '../../state/store.ts';

export interface LastRun<L extends Lab> {
  readonly params: LabParams<L>;
  readonly results: unknown;
}

export interface LabResults<L extends Lab> {
  /** The settings and results of the lab's last run, or null before it has one. */
  lastRun(s: AppState): LastRun<L> | null;
}

/** The run's status when the last run was this lab's, else null (another lab ran since). */
export function statusIfRan(s: AppState, lab: Lab): AppState['status'] | null {
  return s.runLab === lab ? s.status : null;
}
