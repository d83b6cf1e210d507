// The only chrome of an embedded lab (`?embed=1`): its name and a link to the full page in a new tab;
// and, where the frame cannot be isolated, why threads cannot run here and where they can.
import { labTitle } from '../../core/params/link.ts';
import { isolationProblem } from '../../engine/isolation.ts';
import { useStore } from '../../state/store.ts';
import { pageQuery } from '../../state/urlSync.ts';
import { labDefinition } from '../labs.ts';
import { openQuery } from './navigation.ts';

function pageUrl(query: string): string {
  return `${location.origin}${location.pathname}?${query}`;
}

export function EmbedBar() {
  const lab = useStore((s) => s.lab);
  // Follows every setting, so that the link opens what is on screen.
  const url = pageUrl(useStore((s) => pageQuery(s, false)));
  return (
    <div className="embed-bar">
      <p className="embed-name">
        <strong>RaceLab</strong> · {labTitle(lab)} lab
      </p>
      <a className="embed-open" href={url} target="_blank" rel="noopener">
        Open in RaceLab<span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> (opens a new tab)</span>
      </a>
    </div>
  );
}

/** Shown instead of the full isolation banner when an embedded lab cannot share memory. */
export function EmbedNotice() {
  const lab = useStore((s) => s.lab);
  const url = pageUrl(useStore((s) => pageQuery(s, false)));
  const problem = isolationProblem();
  const without = labDefinition(lab).withoutThreads;
  if (problem === null || without.needs === 'nothing') return null;
  const framed = typeof window !== 'undefined' && window.top !== window.self;
  return (
    <section className="panel banner banner-warn embed-notice" role="alert" aria-labelledby="embed-notice-title">
      <h2 id="embed-notice-title">Real threads cannot run in this frame</h2>
      <p>
        {framed && problem === 'not-isolated'
          ? 'Shared memory between threads needs a cross-origin isolated page, and this frame is isolated only when the page around it is.'
          : 'This page cannot share memory between threads here.'}{' '}
        The settings and the code still show what would run.
      </p>
      <p className="embed-actions">
        <a className="button small primary" href={url} target="_blank" rel="noopener">
          Open in a new tab<span className="visually-hidden"> (opens a new tab)</span>
        </a>
        <button type="button" className="button small" onClick={() => void openQuery(`${without.simulated}&embed=1`, null)}>
          Use the simulated scheduler
        </button>
      </p>
    </section>
  );
}
