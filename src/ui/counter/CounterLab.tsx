// The Counter lab: settings, controls, the live view, results, trials, code and what to notice.
import { lazy, Suspense } from 'react';
import { expectedTotal } from '../../core/params/counterParams.ts';
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { LabLayout } from '../common/LabLayout.tsx';
import { COUNTER_SIMULATION } from '../explore/simulated.ts';
import { CodePanel } from './CodePanel.tsx';
import { CounterControls } from './CounterControls.tsx';
import { EventLog } from './EventLog.tsx';
import { Histogram } from './Histogram.tsx';
import { YourRuns } from './YourRuns.tsx';
import { LiveView } from './LiveView.tsx';
import { Results } from './Results.tsx';
import { Settings } from './Settings.tsx';
import '../common/lab.css';
import './counterLab.css';

// Only where real threads cannot run: the same experiment on the Explorer's simulated scheduler.
const SimulatedRun = lazy(() => import('../explore/SimulatedRun.tsx'));

// The lab itself reads nothing a run changes: Run re-renders only the parts that show the run.
export default function CounterLab() {
  return (
    <LabLayout
      name="counter-lab"
      title="Counter lab"
      settings={<Settings />}
      intro={
        <>
          Workers add <strong>+1</strong> or <strong>−1</strong> to one shared cell, at the same time, on real threads. Pick how
          they synchronise, press <strong>Run</strong>, and compare the total with what it should be.
        </>
      }
    >
      {isolationProblem() !== null && (
        <Suspense fallback={null}>
          <SimulatedRun simulation={COUNTER_SIMULATION} />
        </Suspense>
      )}
      <section className="panel live-panel" aria-label="Live view">
        <CounterControls />
        <LiveView />
        <EventLog />
      </section>
      <Results />
      <TrialsHistogram />
      <YourRuns />
      <CodePanel />
    </LabLayout>
  );
}

/** The trials' histogram, once a run has more than one. */
function TrialsHistogram() {
  const trials = useStore((s) => s.counterTrials);
  const runParams = useStore((s) => s.counterRunParams);
  return runParams && trials.length > 1 ? <Histogram trials={trials} expected={expectedTotal(runParams)} /> : null;
}
