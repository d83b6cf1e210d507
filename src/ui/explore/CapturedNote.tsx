// Where a captured race came from: the real run's trace records it replays, and how to leave it.
import type { CapturedRace } from '../../core/explore/replay.ts';
import { workerName } from '../../core/explore/replay.ts';
import { backToScenario } from '../../state/explorerActions.ts';
import { formatCount } from '../common/format.ts';

export function CapturedNote({ race }: { race: CapturedRace }) {
  const first = race.records[0];
  const last = race.records[race.records.length - 1];
  const { lost, by } = race.overwrite;
  return (
    <div className="captured">
      <p>
        Captured from your slow-motion Counter run: {race.records.length} reads and writes of the shared cell
        {first && last ? ` (trace records ${formatCount(first.seq)} to ${formatCount(last.seq)})` : ''}, in the order they
        really happened. In that run, {workerName(by.worker)} wrote {formatCount(by.value)} and erased{' '}
        {workerName(lost.worker)}&apos;s {formatCount(lost.value)}. <strong>Play</strong> (or Redo) follows the real order;
        step another thread at any point to see what a different order would have done.
      </p>
      <button type="button" className="link-button" onClick={backToScenario}>
        Leave the captured run for the Lost update scenario
      </button>
    </div>
  );
}
