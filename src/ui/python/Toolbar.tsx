// The lab's controls: one Step button per thread (as in the Explorer), Back and Forward with the
// step slider, Run with its speed, Explore all, Sample, Stop and Copy link.
import { useStore } from '../../state/store.ts';
import { redoStep, runOnce, seekTo, setSpeed, startPySearch, stepThread, stopPython, undoStep } from '../../state/pythonActions.ts';
import { CopyLinkButton } from '../common/CopyLinkButton.tsx';
import { threadColour, threadLabel } from './threadLabel.ts';

const SPEEDS: readonly { value: number; label: string }[] = [
  { value: 2, label: 'Slow (2 moves/s)' },
  { value: 8, label: 'Medium (8 moves/s)' },
  { value: 60, label: 'Fast (60 moves/s)' },
  { value: 0, label: 'Straight to the end' },
];

export function Toolbar() {
  const session = useStore((s) => s.pySession);
  const run = useStore((s) => s.pyRun);
  const search = useStore((s) => s.pySearch);
  const speed = useStore((s) => s.pySpeed);
  const source = useStore((s) => s.pySource);
  const errors = useStore((s) => s.pyErrors);
  const searching = search?.status === 'running';
  const busy = run?.status === 'running' || run?.status === 'playing';
  const ready = source !== null && errors.length === 0 && session !== null;
  const threads = session?.view.threads.filter((t) => t.status !== 'new') ?? [];

  return (
    <div className="py-toolbar">
      <div className="py-steps" role="group" aria-label="Step a thread">
        {threads.map((t) => (
          <button
            key={t.id}
            type="button"
            className="button py-step"
            style={{ '--thread': threadColour(t.id) } as React.CSSProperties}
            disabled={!t.enabled}
            title={`${t.name}: ${t.why}`}
            onClick={() => void stepThread(t.id)}
          >
            Step {threadLabel(t.id)}
          </button>
        ))}
        {threads.length === 0 && <span className="hint">{ready ? 'The program has ended.' : 'Step buttons appear when the program compiles.'}</span>}
      </div>
      <div className="py-slider">
        <button type="button" className="button small" disabled={!session || session.position === 0} onClick={() => void undoStep()}>
          Back
        </button>
        <input
          type="range"
          aria-label="Step"
          min={0}
          max={session?.length ?? 0}
          value={session?.position ?? 0}
          disabled={!session || session.length === 0}
          onChange={(e) => void seekTo(Number(e.target.value))}
        />
        <button type="button" className="button small" disabled={!session || session.position >= session.length} onClick={() => void redoStep()}>
          Forward
        </button>
        <span className="py-position" aria-live="off">
          {session ? `move ${session.position.toLocaleString('en-US')} of ${session.length.toLocaleString('en-US')}` : ''}
        </span>
      </div>
      <div className="control-buttons">
        <button type="button" className="button primary" disabled={!ready || busy} onClick={() => void runOnce()}>
          Run
        </button>
        <span className="py-speed">
          <label htmlFor="py-speed">Speed</label>
          <select id="py-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="button" disabled={!ready || searching} onClick={() => void startPySearch('explore')}>
          Explore all
        </button>
        <button type="button" className="button" disabled={!ready || searching} onClick={() => void startPySearch('sample')}>
          Sample
        </button>
        <button type="button" className="button danger" disabled={!searching && run?.status !== 'playing'} onClick={stopPython}>
          Stop
        </button>
        <CopyLinkButton copied="Link copied: it reopens this program with these settings." />
      </div>
    </div>
  );
}
