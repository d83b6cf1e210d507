// Run, Stop, Pause/Resume, Step, the slow-motion pace, Copy link, and the run status.
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { shareUrl } from '../../state/urlSync.ts';
import { RunStatusBadge } from './RunStatusBadge.tsx';

export function Controls() {
  const status = useStore((s) => s.status);
  const paused = useStore((s) => s.paused);
  const slow = useStore((s) => (s.runParams ?? s.counter).speed === 'slow');
  const pace = useStore((s) => s.pace);
  const startRun = useStore((s) => s.startRun);
  const stopRun = useStore((s) => s.stopRun);
  const togglePause = useStore((s) => s.togglePause);
  const stepRun = useStore((s) => s.stepRun);
  const setPace = useStore((s) => s.setPace);
  const showToast = useStore((s) => s.showToast);
  const running = status === 'running';
  const blocked = isolationProblem() !== null;

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
    <div className="controls" role="toolbar" aria-label="Run controls">
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
        {slow && (
          <button type="button" className="button" disabled={!running || !paused} onClick={stepRun} title="Let the workers take one step">
            Step
          </button>
        )}
        <button type="button" className="button ghost" onClick={() => void copyLink()}>
          Copy link
        </button>
      </div>
      {slow && (
        <label className="pace">
          <span>Steps per second</span>
          <input type="range" min={1} max={20} value={pace} onChange={(e) => setPace(Number(e.target.value))} />
          <output>{pace}</output>
        </label>
      )}
      <RunStatusBadge />
    </div>
  );
}
