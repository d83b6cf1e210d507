// The Explorer lab: pick a scenario, step its threads one at a time (or replay a schedule), and
// explore every interleaving to list what can happen.
import { useLayoutEffect } from 'react';
import { ensureExplorer, showsSettings } from '../../state/explorerActions.ts';
import { useStore } from '../../state/store.ts';
import { LabLayout } from '../common/LabLayout.tsx';
import { ExplorePanel } from './ExplorePanel.tsx';
import { ScenarioSettings } from './ScenarioSettings.tsx';
import { StepPanel } from './StepPanel.tsx';
import { usePlayback } from './usePlayback.ts';
import { useStepKeys } from './useStepKeys.ts';
import '../common/lab.css';
import './explorer.css';

export default function ExplorerLab() {
  const explore = useStore((s) => s.explore);
  const session = useStore((s) => s.explorer);
  const current = session && showsSettings(session, explore) ? session : null;

  // The settings changed (a link, the form, Back): build their program, at their steps, before the page paints.
  useLayoutEffect(() => {
    if (!current) ensureExplorer();
  }, [current]);
  useStepKeys(current);
  usePlayback();

  return (
    <LabLayout
      name="explore-lab"
      title="Explorer"
      settings={<ScenarioSettings />}
      intro={
        <>
          Small programs, one step at a time. <strong>You</strong> are the scheduler: pick which thread runs its next
          step and watch the shared state change, or press <strong>Explore all</strong> to try every order and list
          every way it can end. No real threads here: the Explorer is a deterministic model, so each result can be
          replayed exactly.
        </>
      }
    >
      {current ? (
        <>
          <StepPanel session={current} />
          <ExplorePanel session={current} />
        </>
      ) : (
        <p className="loading">Preparing the scenario…</p>
      )}
    </LabLayout>
  );
}
