// The Litmus lab: settings, controls, the outcome table and histogram (live while running), past runs, code and what to notice.
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { Controls } from '../common/Controls.tsx';
import { formatCount } from '../common/format.ts';
import { LabLayout } from '../common/LabLayout.tsx';
import { CodePanel } from './CodePanel.tsx';
import { YourRuns } from './YourRuns.tsx';
import { Outcomes } from './Outcomes.tsx';
import { Settings } from './Settings.tsx';
import { useLiveTally } from './useLiveTally.ts';
import '../common/lab.css';
import '../counter/Histogram.css';
import './litmusLab.css';

// The lab itself reads nothing a run changes: the live tally re-renders only the stage that shows it.
export default function LitmusLab() {
  return (
    <LabLayout
      name="litmus-lab"
      title="Litmus lab"
      settings={<Settings />}
      intro={
        <>
          Two workers race a classic memory-model test on shared memory, over and over, each time on fresh variables.
          Every iteration ends in one of four outcomes; the table counts how often each one happened on this machine, and
          says which ones sequential consistency forbids.
        </>
      }
    >
      <LitmusStage />
      <YourRuns />
      <CodePanel />
    </LabLayout>
  );
}

/** The controls and the outcomes, live while the test runs. */
function LitmusStage() {
  const params = useStore((s) => s.litmus);
  const runParams = useStore((s) => s.litmusRunParams);
  const result = useStore((s) => s.litmusResult);
  const running = useStore((s) => s.status === 'running' && s.runLab === 'litmus');
  const live = useLiveTally(running);
  const shown = running ? runParams : result ? runParams : null;
  const tally = running ? live : (result?.tally ?? null);
  const detail = running && live && runParams ? `${formatCount(live.done)} of ${formatCount(runParams.iters)}` : '';
  return (
    <>
      <section className="panel live-panel" aria-label="Live view">
        <Controls detail={detail} />
        {isolationProblem() !== null && (
          <p className="hint warn">This lab needs real threads on shared memory, which this page cannot use here.</p>
        )}
      </section>
      <Outcomes
        params={shown ?? params}
        tally={tally}
        asked={(shown ?? params).iters}
        running={running}
        stopped={!running && result?.stopped === true}
      />
    </>
  );
}
