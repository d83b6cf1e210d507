// The Scaling lab: settings, controls and the sweep's progress, the charts as the points arrive, every
// point in a table, the code and what to notice.
import { useMemo } from 'react';
import { sweepOf } from '../../core/params/scalingParams.ts';
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { Controls } from '../common/Controls.tsx';
import { LabLayout } from '../common/LabLayout.tsx';
import { CodePanel } from './CodePanel.tsx';
import { Settings } from './Settings.tsx';
import { SweepCharts } from './SweepCharts.tsx';
import { SweepProgress } from './SweepProgress.tsx';
import { SweepTable } from './SweepTable.tsx';
import '../common/lab.css';
import '../common/chart.css';
import './scalingLab.css';
import { YourRuns } from './YourRuns.tsx';

// The lab itself reads nothing a run changes: the points as they arrive re-render only the stage.
export default function ScalingLab() {
  return (
    <LabLayout
      name="scaling-lab"
      title="Scaling lab"
      settings={<Settings />}
      intro={
        <>
          How fast does shared data go with more threads? The sweep runs each counter mode and queue kind with 1, 2, 3…
          workers, by default up to twice this machine’s cores, for a fixed time each, and draws what each one managed per second.
          Then it shows false sharing: counters that share nothing but a cache line.
        </>
      }
    >
      <ScalingStage />
      <YourRuns />
      <CodePanel />
    </LabLayout>
  );
}

/** The controls, the sweep's progress, its charts and its table. */
function ScalingStage() {
  const params = useStore((s) => s.scaling);
  const runParams = useStore((s) => s.scalingRunParams);
  const points = useStore((s) => s.scalingPoints);
  const result = useStore((s) => s.scalingResult);
  const running = useStore((s) => s.status === 'running' && s.runLab === 'scaling');
  const paused = useStore((s) => s.paused);
  const held = useStore((s) => s.scalingHeld);
  const pageCores = useStore((s) => s.platform.cores);
  const cores = result?.cores ?? pageCores;
  // The plan the sweep follows: the settings it started with, on the cores it saw.
  const plan = useMemo(() => (runParams ? sweepOf(runParams, cores) : []), [runParams, cores]);
  const detail = running ? `${points.length} of ${plan.length} points` : '';
  return (
    <>
      <section className="panel live-panel" aria-label="Sweep">
        <Controls detail={detail} />
        {isolationProblem() !== null && (
          <p className="hint warn">This lab measures real threads on shared memory, which this page cannot use here.</p>
        )}
        {runParams && <SweepProgress plan={plan} done={points.length} state={!running ? 'ended' : held ? 'held' : paused ? 'pausing' : 'running'} />}
      </section>
      <SweepCharts plan={plan} points={points} cores={cores} ms={(runParams ?? params).ms} />
      <SweepTable points={points} planned={plan.length} />
    </>
  );
}
