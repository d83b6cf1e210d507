// Sample's report beside the outcome list: how many workers share the runs, and what PCT promises
// for this program (its n threads and k choice points filled in).
import { describePct } from '../../core/python/runtime/pctWords.ts';
import { useStore } from '../../state/store.ts';

export function SampleReport() {
  const search = useStore((s) => s.pySearch);
  if (search?.kind !== 'sample') return null;
  const pct = search.result?.pct ?? search.progress?.pct;
  return (
    <section className="py-sample-report" aria-label="Sample report">
      <p className="hint" data-testid="sample-workers">
        {search.workers === 1 ? 'One worker runs the samples.' : `${search.workers} workers share the runs, one per core.`}
      </p>
      {pct && (
        <p className="hint" data-testid="pct-guarantee">
          {describePct(pct)}
        </p>
      )}
    </section>
  );
}
