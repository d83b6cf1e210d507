// Sample's report beside the outcome list: what PCT promises for this program (its n threads and
// k choice points filled in).
import { describePct } from '../../core/python/runtime/pctWords.ts';
import { useStore } from '../../state/store.ts';

export function SampleReport() {
  const search = useStore((s) => s.pySearch);
  if (search?.kind !== 'sample') return null;
  const pct = search.result?.pct ?? search.progress?.pct;
  if (!pct) return null;
  return (
    <section className="py-sample-report" aria-label="Sample report">
      <p className="hint" data-testid="pct-guarantee">
        {describePct(pct)}
      </p>
    </section>
  );
}
