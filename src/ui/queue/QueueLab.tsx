// The Queue lab: settings, controls, the live ring, charts over time, results, latency, past runs, code and what to notice.
import { lazy, Suspense } from 'react';
import { stampMask } from '../../core/queue/queueJob.ts';
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { LabLayout } from '../common/LabLayout.tsx';
import { QUEUE_SIMULATION } from '../explore/simulated.ts';
import { CodePanel } from './CodePanel.tsx';
import { YourRuns } from './YourRuns.tsx';
import { LatencyChart } from './LatencyChart.tsx';
import { LiveView } from './LiveView.tsx';
import { QueueControls } from './QueueControls.tsx';
import { Results } from './Results.tsx';
import { Settings } from './Settings.tsx';
import { TimeCharts } from './TimeCharts.tsx';
import '../common/lab.css';
import '../common/chart.css';
import './queueLab.css';

// Only where real threads cannot run: the seed's consumer on the Explorer's simulated scheduler.
const SimulatedRun = lazy(() => import('../explore/SimulatedRun.tsx'));

// The lab itself reads nothing a run changes: Run re-renders only the parts that show the run.
export default function QueueLab() {
  return (
    <LabLayout
      name="queue-lab"
      title="Queue lab"
      settings={<Settings />}
      intro={
        <>
          Producers put numbered items into one bounded queue in shared memory while consumers take them out, on real
          threads. Pick the queue and how the consumers know when to stop, press <strong>Run</strong>, and see whether every
          item arrived exactly once.
        </>
      }
    >
      {isolationProblem() !== null && (
        <Suspense fallback={null}>
          <SimulatedRun simulation={QUEUE_SIMULATION} />
        </Suspense>
      )}
      <section className="panel live-panel" aria-label="Live view">
        <QueueControls />
        <LiveView />
      </section>
      <TimeCharts />
      <Results />
      <RunLatency />
      <YourRuns />
      <CodePanel />
    </LabLayout>
  );
}

/** The latency chart of a run that stamped some items. */
function RunLatency() {
  const result = useStore((s) => s.queueResult);
  const runParams = useStore((s) => s.queueRunParams);
  return result && runParams && result.latency.samples > 0 ? <LatencyChart latency={result.latency} sampledEvery={stampMask(runParams) + 1} /> : null;
}
