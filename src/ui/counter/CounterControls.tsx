// The Counter lab's controls: the common ones, plus Step and the pace in slow motion.
import { useStore } from '../../state/store.ts';
import { Controls } from '../common/Controls.tsx';

export function CounterControls() {
  const status = useStore((s) => s.status);
  const paused = useStore((s) => s.paused);
  const slow = useStore((s) => (s.counterRunParams ?? s.counter).speed === 'slow');
  const pace = useStore((s) => s.pace);
  const stepRun = useStore((s) => s.stepRun);
  const setPace = useStore((s) => s.setPace);
  const trialsDone = useStore((s) => s.counterTrials.length);
  const trials = useStore((s) => s.counterRunParams?.trials ?? 1);
  const running = status === 'running';
  const detail = trials > 1 ? `trial ${Math.min(trialsDone + 1, trials)} of ${trials}` : '';
  return (
    <Controls detail={detail}>
      {slow && (
        <>
          <button type="button" className="button" disabled={!running || !paused} onClick={stepRun} title="Let the workers take one step">
            Step
          </button>
          <label className="pace">
            <span>Steps per second</span>
            <input type="range" min={1} max={20} value={pace} onChange={(e) => setPace(Number(e.target.value))} />
            <output>{pace}</output>
          </label>
        </>
      )}
    </Controls>
  );
}
