// Explore all: every interleaving of the program on screen, searched in slices so the page stays
// responsive, then every reachable outcome with a Replay button for its witness. When a search ends, the
// outcomes are scrolled into view (as few pixels as that takes): they come below the program and its state.
import { useEffect, useRef } from 'react';
import type { OutcomeResult } from '../../core/explore/explore.ts';
import { cancelExploration, exploreEverything, replaySchedule } from '../../state/explorerActions.ts';
import { explorerOwner, type ExplorerSession } from '../../state/exploreSlice.ts';
import { useStore } from '../../state/store.ts';
import { formatCount } from '../common/format.ts';
import { SteadyButton } from '../common/SteadyButton.tsx';
import { afterPaint, reveal } from '../shell/revealRun.ts';
import { OutcomeList } from './OutcomeList.tsx';
import { revealStepPanel } from './navigate.ts';

/** Shows the summary and every outcome when they fit on the screen, else the summary and what follows it. */
function revealOutcomes(): void {
  const summary = document.querySelector('.explore-panel .outcomes-summary');
  const outcomes = document.querySelectorAll('.explore-panel .outcome');
  if (summary) reveal(summary, outcomes[outcomes.length - 1] ?? summary);
}

function replay(o: OutcomeResult): void {
  replaySchedule(o.witness);
  revealStepPanel();
}

export function ExplorePanel({ session }: { session: ExplorerSession }) {
  const exploration = useStore((s) => s.exploration);
  const mine = exploration?.owner === explorerOwner(session) ? exploration : null;
  const running = mine?.status === 'running';
  // Only a search that ends while the panel is on screen scrolls: reopening the lab leaves the page where it is.
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && mine?.status === 'done') afterPaint(revealOutcomes);
    wasRunning.current = running;
  }, [running, mine?.status]);
  return (
    <section className="panel explore-panel" aria-labelledby="explore-title">
      <h2 id="explore-title">Every interleaving</h2>
      <p className="muted">
        <strong>Explore all</strong> tries every order in which the threads&apos; steps can interleave and lists every way
        the program can end, with how many of those orders (schedules) lead there. Situations that are the same are
        merged, so even thousands of schedules take a moment.
      </p>
      <div className="explore-controls">
        <SteadyButton className="button primary" unavailable={running} onPress={() => void exploreEverything()} aria-keyshortcuts="Space" title="Explore all (Space)">
          Explore all
        </SteadyButton>
        {running && (
          <button type="button" className="button" onClick={cancelExploration}>
            Cancel
          </button>
        )}
        {running && (
          <p className="explore-progress" role="status">
            <progress aria-label="Exploring" />
            <span>
              {mine.progress
                ? `${formatCount(mine.progress.states)} states found, ${formatCount(mine.progress.frontier)} still to look at…`
                : 'Exploring…'}
            </span>
          </p>
        )}
      </div>
      {mine?.status === 'failed' && (
        <p className="hint bad" role="alert">
          The exploration failed: {mine.error}
        </p>
      )}
      {mine?.status === 'cancelled' && <p className="hint">Cancelled: press Explore all to start again.</p>}
      {mine?.result && <OutcomeList program={session.program} result={mine.result} elapsedMs={mine.elapsedMs} onReplay={replay} />}
    </section>
  );
}
