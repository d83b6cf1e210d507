// Explain, in the Counter lab: after a slow-motion run that lost updates, opens the Explorer on
// the captured interleaving around one of them. The Explorer's code loads only when pressed.
import { useMemo, useState } from 'react';
import { OverwriteDetector, readTrace } from '../../core/counter/trace.ts';
import { counterEngine } from '../../state/counterRunSlice.ts';
import { useStore } from '../../state/store.ts';
import { navigateInPlace, revealStepPanel } from '../explore/navigate.ts';

export function ExplainButton() {
  const status = useStore((s) => s.status);
  const runLab = useStore((s) => s.runLab);
  const slow = useStore((s) => s.counterRunParams?.speed === 'slow');
  const last = useStore((s) => s.counterTrials.at(-1));
  const showToast = useStore((s) => s.showToast);
  const [busy, setBusy] = useState(false);
  const ended = runLab === 'counter' && slow && status !== 'running' && status !== 'idle';
  // The trace of the last trial stays in shared memory until the next run: read once per finished trial.
  const lost = useMemo(
    () => {
      const ints = ended && last ? counterEngine.loaded?.mem.ints : undefined;
      if (!ints) return 0;
      const detector = new OverwriteDetector();
      detector.feed(readTrace(ints, 0));
      return detector.lostSoFar;
    },
    [ended, last],
  );
  if (!ended || lost === 0) return null;

  const explain = async (): Promise<void> => {
    setBusy(true);
    try {
      const ints = counterEngine.loaded?.mem.ints;
      if (!ints) return;
      const records = readTrace(ints, 0);
      const [{ firstCapturedRace }, { openCapturedRace }] = await Promise.all([
        import('../explore/explain.ts'),
        import('../../state/explorerActions.ts'),
      ]);
      const race = firstCapturedRace(records);
      if (!race) {
        showToast('None of the lost updates in this trace can be replayed on its own: run again and press Explain.');
        return;
      }
      navigateInPlace('lab=explore', () => openCapturedRace(race));
      revealStepPanel();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="explain">
      <p>
        The trace of this run shows {lost === 1 ? 'a lost update' : `${lost} lost updates`}. See exactly how{' '}
        {lost === 1 ? 'it' : 'one of them'} happened, step by step:
      </p>
      <button type="button" className="button primary" disabled={busy} onClick={() => void explain()}>
        Explain
      </button>
    </div>
  );
}
