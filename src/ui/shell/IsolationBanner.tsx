// Says why real threads cannot run on this page, and how to open it properly; or that the helper is turning isolation on.
import { useSyncExternalStore } from 'react';
import { isolationProblem } from '../../engine/isolation.ts';
import { isolationHelp, subscribeIsolationHelp } from '../../isolation/registerIsolation.ts';
import type { IsolationHelp } from '../../isolation/registerIsolation.ts';
import { useStore } from '../../state/store.ts';
import { labDefinition, type WithoutThreads } from '../labs.ts';

/** What the service worker that adds the headers could not do, in the learner's words. */
const HELPER_OUTCOME: Partial<Record<IsolationHelp, string>> = {
  unsupported:
    'This host sends no isolation headers, and RaceLab could not enable them with its helper (a service worker that adds them): service workers are not available here, as on plain http, in some private windows, or where a policy turns them off.',
  failed:
    'This host sends no isolation headers, and RaceLab could not enable them: its helper (a service worker that adds them) could not be started in this browser.',
  'no-effect':
    'This host sends no isolation headers, and RaceLab could not enable them: its helper (a service worker that adds them) is installed and the page reloaded once, but the browser still does not isolate it.',
  framed:
    'RaceLab is shown inside a frame, and a frame is isolated only when the page around it is, which RaceLab cannot change from inside.',
};

export function IsolationBanner() {
  const help = useSyncExternalStore(subscribeIsolationHelp, isolationHelp);
  const lab = useStore((s) => s.lab);
  const problem = isolationProblem();
  if (!problem) return null;
  if (problem === 'not-isolated' && (help === 'pending' || help === 'reloading')) {
    return (
      <section className="panel banner banner-warn" role="status" aria-labelledby="isolation-title">
        <h2 id="isolation-title">Turning on shared memory…</h2>
        <p>
          This host does not send the cross-origin isolation headers, so RaceLab is installing a small helper (a service
          worker) that adds them. The page reloads once when it is ready.
        </p>
      </section>
    );
  }
  const outcome = problem === 'not-isolated' ? HELPER_OUTCOME[help] : undefined;
  return (
    <section className="panel banner banner-bad" role="alert" aria-labelledby="isolation-title">
      <h2 id="isolation-title">Real threads cannot run on this page</h2>
      {problem === 'no-workers' ? (
        <p>This browser does not offer Web Workers, so there are no threads to race.</p>
      ) : problem === 'not-isolated' ? (
        <p>
          Shared memory between threads (<code>SharedArrayBuffer</code>) is only available to pages that are{' '}
          <em>cross-origin isolated</em>. This copy of the page was served without the headers{' '}
          <code>Cross-Origin-Opener-Policy: same-origin</code> and <code>Cross-Origin-Embedder-Policy: require-corp</code>
          , or it is shown inside a frame that is not isolated.
        </p>
      ) : (
        <p>This browser does not provide <code>SharedArrayBuffer</code>, even though the page is isolated.</p>
      )}
      {outcome && <p>{outcome}</p>}
      <p>
        Open RaceLab in its own tab from a server that sends those headers: <code>npm start</code> does, and so does the
        published site. Recent Chrome, Edge, Firefox and Safari all support it.
      </p>
      <SimulatedHint without={labDefinition(lab).withoutThreads} />
    </section>
  );
}

/** What still works without threads: a lab that runs none, the simulated scheduler in the lab's page, and the Explorer. */
function SimulatedHint({ without }: { without: WithoutThreads }) {
  if (without.needs === 'nothing') return <p>{without.note}</p>;
  return (
    <p>
      Meanwhile the races can still be shown without threads, on a simulated scheduler that tries every order of a
      small version of the experiment
      {without.inPage ? (
        <>
          : press <strong>Run on the simulated scheduler</strong> below, or step through it yourself in the{' '}
        </>
      ) : (
        ': step through it yourself in the '
      )}
      <a href="?lab=explore">Explorer</a>.
    </p>
  );
}
