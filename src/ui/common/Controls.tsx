// Run, Stop, Pause/Resume and Copy link for any lab (Run follows the lab's own rule for what can run),
// its own extra controls, and the run status.
import { useRef, type ReactNode } from 'react';
import { canStartRun, longRun, runProblem } from '../../state/labRun.ts';
import { useStore } from '../../state/store.ts';
import { MotionToggle } from '../shell/MotionToggle.tsx';
import { SavePng } from '../shell/SavePng.tsx';
import { labDefinition } from '../labs.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { formatEstimate } from './format.ts';
import { RunStatusBadge } from './RunStatusBadge.tsx';

interface Props {
  /** Status detail, such as the trial in progress. */
  detail?: string;
  /** The lab's own controls (Step, pace), shown after the common ones. */
  children?: ReactNode;
}

export function Controls({ detail = '', children }: Props) {
  const status = useStore((s) => s.status);
  const paused = useStore((s) => s.paused);
  const startRun = useStore((s) => s.startRun);
  const stopRun = useStore((s) => s.stopRun);
  const togglePause = useStore((s) => s.togglePause);
  const lab = useStore((s) => s.lab);
  const { run, liveCanvas } = labDefinition(lab);
  const canStart = useStore((s) => canStartRun(s, run));
  const problem = useStore((s) => runProblem(s, run));
  // A string, so that the selector's result compares equal while the settings do not change.
  const long = useStore((s) => {
    const e = longRun(s, run);
    return e && `Expect this run to take ${formatEstimate(e.ms)}: ${e.because}.`;
  });
  const toolbar = useRef<HTMLDivElement>(null);
  const running = status === 'running';

  return (
    <div className="controls" role="toolbar" aria-label="Run controls" ref={toolbar}>
      <div className="control-buttons">
        <button
          type="button"
          className="button primary"
          disabled={!canStart}
          onClick={() => {
            if (run) void startRun(run);
          }}
        >
          Run
        </button>
        <button type="button" className="button danger" disabled={!running} onClick={() => void stopRun()}>
          Stop
        </button>
        <button type="button" className="button" disabled={!running} aria-pressed={paused} onClick={togglePause}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        {children}
        <CopyLinkButton />
        {liveCanvas && (
          <>
            <MotionToggle />
            <SavePng
              from={() => toolbar.current?.closest<HTMLElement>('.live-panel') ?? null}
              titles={['Live view']}
              lab={lab}
              what="live-view"
              describes="live view"
            />
          </>
        )}
      </div>
      <RunStatusBadge detail={detail} />
      {problem && (
        <p className="hint warn controls-problem" role="alert">
          {problem}
        </p>
      )}
      {/* Always present, so that screen readers announce the estimate when the settings make a run long. */}
      <p className="hint warn controls-problem run-estimate" role="status" data-testid="run-estimate">
        {long}
      </p>
    </div>
  );
}
