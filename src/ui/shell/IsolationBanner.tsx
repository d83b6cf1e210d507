// Says why real threads cannot run on this page, and how to open it properly.
import { isolationProblem } from '../../engine/isolation.ts';

export function IsolationBanner() {
  const problem = isolationProblem();
  if (!problem) return null;
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
      <p>
        Open RaceLab in its own tab from a server that sends those headers: <code>npm start</code> does, and so does the
        published site. Recent Chrome, Edge, Firefox and Safari all support it.
      </p>
    </section>
  );
}
