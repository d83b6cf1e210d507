// The progress of a running Explore all or Sample, as bars with a real end: Sample's runs of the runs
// asked for; Explore all's states of the state budget (a search that covers everything ends before
// it, but never past it) and, with the reduction split over workers, its subtrees finished of all
// of them, the one share of the work that is known in advance. Then the label check's states.
import type { PySearch } from '../../state/pythonSlice.ts';

const n = (x: number): string => x.toLocaleString('en-US');

export function SearchProgress({ search }: { search: PySearch }) {
  if (search.status !== 'running') return null;
  const p = search.progress;
  if (search.kind === 'sample') {
    const total = p ? p.done + p.pending : 0;
    return <progress value={p?.done ?? 0} max={Math.max(1, total)} aria-label="Sample progress" />;
  }
  const budget = search.budget ?? 0;
  const done = Math.min(p?.done ?? 0, budget);
  const subtrees = p?.subtrees;
  return (
    <div className="py-progress" data-testid="explore-progress">
      {budget > 0 ? (
        <label className="py-progress-row">
          <span>
            States: {n(done)} of the budget of {n(budget)}
          </span>
          <progress value={done} max={budget} aria-label="Explore progress: states of the budget" />
        </label>
      ) : (
        <progress aria-label="Explore progress" />
      )}
      {subtrees && subtrees.total > 0 && (
        <label className="py-progress-row">
          <span>
            Subtrees finished: {n(subtrees.done)} of {n(subtrees.total)} (the workers take them one at a time; their sizes differ)
          </span>
          <progress value={subtrees.done} max={subtrees.total} aria-label="Explore progress: subtrees finished" />
        </label>
      )}
      {p?.settling !== undefined && (
        <p className="hint" role="status">
          Every subtree is explored. Checking each outcome&apos;s fewest preemptions without the reduction: {n(p.settling)} states so far.
        </p>
      )}
    </div>
  );
}
