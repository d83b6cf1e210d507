// Run states of the test contract (data-status of [data-testid=run-status]).

export const RUN_STATUSES = ['idle', 'running', 'done', 'stopped', 'failed', 'deadlocked'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Stop must end any run within this long; after it, unresponsive workers are replaced. */
export const STOP_GRACE_MS = 150;
/** The watchdog reports a run whose workers made no progress for this long. */
export const STALL_MS = 3000;

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
