// The instructions of each thread's current line, as CPython 3.12's `dis` names them, the one about
// to run marked: where a switch can fall inside one line of Python.
import type { ThreadView } from '../../core/python/runtime/types.ts';
import type { ListingRow } from '../../workers/pythonApiTypes.ts';
import { lineName, threadColour, threadLabel } from './threadLabel.ts';

function rowsFor(t: ThreadView, listing: readonly ListingRow[]): readonly ListingRow[] {
  const frame = t.frames[t.frames.length - 1];
  if (!frame || t.line === null) return [];
  return listing.filter((r) => r.line === t.line && (r.code === frame.name || r.code.endsWith(`.${frame.name}`)));
}

/** The listing's row of the instruction `t` runs next (its argument in words, as `dis` prints it). */
export function nextRow(t: ThreadView, listing: readonly ListingRow[]): ListingRow | undefined {
  return t.instruction ? rowsFor(t, listing).find((r) => r.index === t.instruction!.index) : undefined;
}

export function Listing({ threads, listing }: { threads: readonly ThreadView[]; listing: readonly ListingRow[] }) {
  const live = threads.filter((t) => t.line !== null && t.status !== 'new');
  if (live.length === 0) return null;
  return (
    <section className="py-listing" aria-label="Instructions of each thread's current line">
      <h4>Instructions</h4>
      {live.map((t) => {
        const rows = rowsFor(t, listing);
        return (
          <div key={t.id} className="py-listing-thread" style={{ '--thread': threadColour(t.id) } as React.CSSProperties}>
            <p>
              <span className="py-tag">{threadLabel(t.id)}</span> {t.line !== null && lineName(t.line)}
            </p>
            <ol className="py-dis">
              {rows.map((r) => {
                const next = nextRow(t, listing) === r;
                return (
                  <li key={r.index} className={next ? 'py-dis-next' : undefined} aria-current={next ? 'step' : undefined}>
                    <code className="py-op">{r.opname}</code> <code className="py-arg">{r.argrepr}</code>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
      <p className="hint">
        As CPython 3.12's <code>dis</code> lists them wherever a line reads or writes shared state, which is where a switch
        matters. Elsewhere (exception handling, constants CPython folds, f-string formatting, comprehension internals) the
        sequence may be simpler than <code>dis</code> shows.
      </p>
    </section>
  );
}
