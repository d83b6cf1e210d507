// The fallback where real threads cannot run: the lab's experiment, scaled down, on the
// Explorer's simulated scheduler, which tries every order of the threads' steps. Clearly simulated.
import { useEffect, useMemo, type MouseEvent } from 'react';
import { buildScenario, SCENARIOS } from '../../core/explore/scenarios.ts';
import { encodeExploreParams } from '../../core/params/exploreParams.ts';
import { cancelExploration, exploreProgram } from '../../state/explorerActions.ts';
import { useStore } from '../../state/store.ts';
import { formatCount } from '../common/format.ts';
import { SteadyButton } from '../common/SteadyButton.tsx';
import { isModifiedClick } from '../shell/navigation.ts';
import { navigateInPlace } from './navigate.ts';
import { OutcomeList } from './OutcomeList.tsx';
import type { Simulation } from './simulated.ts';

/** The simulation's owner name: results of other settings are not shown as if they were these. */
const ownerOf = (query: string): string => `simulated-${query}`;

export default function SimulatedRun({ simulation }: { simulation: Simulation<unknown> }) {
  const settings = useStore((s) => simulation.settings(s));
  const plan = useMemo(() => simulation.plan(settings), [simulation, settings]);
  const query = `lab=explore&${encodeExploreParams(plan.params).toString()}`;
  const program = useMemo(() => buildScenario(plan.params.scenario, plan.params), [plan]);
  const owner = ownerOf(query);
  const exploration = useStore((s) => s.exploration);
  const mine = exploration?.owner === owner ? exploration : null;
  const running = mine?.status === 'running';
  // Leaving the page (another lab, a real run) ends a simulation still going.
  useEffect(
    () => () => {
      if (useStore.getState().exploration?.owner.startsWith(ownerOf('')) === true) cancelExploration();
    },
    [],
  );
  const scenario = SCENARIOS[plan.params.scenario];
  const sizes = Object.entries(scenario.params).map(([name, f]) => `${f.label}: ${plan.params[name as 'threads' | 'incs']}`);

  const openExplorer = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    navigateInPlace(query, () => {
      const s = useStore.getState();
      s.setParams('explore', plan.params);
      s.setLab('explore');
    });
  };

  return (
    <section className="panel simulated" aria-labelledby="simulated-title" data-testid="simulated-run">
      <h2 id="simulated-title">
        Without real threads: the simulated scheduler <span className="tag tag-warn">simulated</span>
      </h2>
      <p>
        Real threads cannot run on this page, but the race itself can still be shown. The Explorer&apos;s scheduler is a
        model: it runs the threads&apos; steps one at a time on this page and tries <em>every</em> order they could run
        in. It shows what can happen, not how often or how fast it happens on your machine.
      </p>
      <p>
        Simulated: <strong>{scenario.title}</strong>
        {plan.params.fixed ? ' (fixed)' : ''}
        {sizes.length > 0 ? ` · ${sizes.join(' · ')}` : ''}
      </p>
      {plan.notes.length > 0 && (
        <ul className="simulated-notes">
          {plan.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="explore-controls">
        <SteadyButton className="button primary" unavailable={running} onPress={() => void exploreProgram(owner, program)}>
          Run on the simulated scheduler
        </SteadyButton>
        <a className="button ghost" href={`?${query}`} onClick={openExplorer}>
          Step through it in the Explorer
        </a>
        {running && (
          <p className="explore-progress" role="status">
            <progress aria-label="Simulating" />
            <span>{mine.progress ? `${formatCount(mine.progress.states)} states found…` : 'Simulating…'}</span>
          </p>
        )}
      </div>
      {mine?.status === 'failed' && (
        <p className="hint bad" role="alert">
          The simulation failed: {mine.error}
        </p>
      )}
      {mine?.result && (
        <>
          <h3 className="simulated-result-title">Simulated outcomes</h3>
          <OutcomeList program={program} result={mine.result} elapsedMs={mine.elapsedMs} />
        </>
      )}
    </section>
  );
}
