// The run status of the test contract: data-status is idle, running, done, stopped, failed or deadlocked.
import { useStore } from '../../state/store.ts';

const WORDS = {
  idle: 'Ready',
  running: 'Running',
  done: 'Done',
  stopped: 'Stopped',
  failed: 'Failed',
  deadlocked: 'Deadlocked',
} as const;

export function RunStatusBadge({ detail = '' }: { detail?: string }) {
  // Another lab's last run is not this lab's status.
  const status = useStore((s) => (s.runLab === null || s.runLab === s.lab ? s.status : 'idle'));
  const paused = useStore((s) => s.paused);
  const stallMs = useStore((s) => s.stallMs);
  const error = useStore((s) => s.error);
  return (
    <div className="status-area">
      <p className={`status status-${status}`} data-testid="run-status" data-status={status} role="status">
        <span className="status-dot" aria-hidden="true" />
        {paused ? 'Paused' : WORDS[status]}
        {status === 'running' && detail && ` · ${detail}`}
      </p>
      {stallMs > 0 && (
        <p className="hint warn" role="alert">
          No worker has made progress for {Math.round(stallMs / 1000)} s. Stop ends the run.
        </p>
      )}
      {status === 'failed' && error && (
        <p className="hint bad" role="alert">
          {error} Press Run to try again with fresh workers.
        </p>
      )}
    </div>
  );
}
