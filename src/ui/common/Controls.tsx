// Run, Stop, Pause/Resume and Copy link for any lab, its own extra controls, and the run status.
import { useRef, type ReactNode } from 'react';
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { shareUrl } from '../../state/urlSync.ts';
import { MotionToggle } from '../shell/MotionToggle.tsx';
import { SavePng } from '../shell/SavePng.tsx';
import { RunStatusBadge } from './RunStatusBadge.tsx';

interface Props {
  /** Why these settings cannot run, shown beside a disabled Run. */
  problem?: string | null;
  /** Status detail, such as the trial in progress. */
  detail?: string;
  /** The lab's own controls (Step, pace), shown after the common ones. */
  children?: ReactNode;
}

export function Controls({ problem = null, detail = '', children }: Props) {
  const status = useStore((s) => s.status);
  const paused = useStore((s) => s.paused);
  const startRun = useStore((s) => s.startRun);
  const stopRun = useStore((s) => s.stopRun);
  const togglePause = useStore((s) => s.togglePause);
  const showToast = useStore((s) => s.showToast);
  const lab = useStore((s) => s.lab);
  const toolbar = useRef<HTMLDivElement>(null);
  const running = status === 'running';
  const blocked = isolationProblem() !== null || problem !== null;

  const copyLink = async (): Promise<void> => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      showToast('Link copied: it reopens this exact experiment.');
    } catch {
      // Clipboard access can be refused (permissions, insecure context): show the link instead.
      showToast(`Copy this link: ${url}`);
    }
  };

  return (
    <div className="controls" role="toolbar" aria-label="Run controls" ref={toolbar}>
      <div className="control-buttons">
        <button type="button" className="button primary" disabled={running || blocked} onClick={() => void startRun()}>
          Run
        </button>
        <button type="button" className="button danger" disabled={!running} onClick={() => void stopRun()}>
          Stop
        </button>
        <button type="button" className="button" disabled={!running} aria-pressed={paused} onClick={togglePause}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        {children}
        <button type="button" className="button ghost" onClick={() => void copyLink()}>
          Copy link
        </button>
        {/* The labs whose live view is an animated canvas. */}
        {(lab === 'counter' || lab === 'queue') && (
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
    </div>
  );
}
