// "Your runs": a lab's last runs of this visit, newest first, one row each, with a Clear button.
import { useId, type ReactNode } from 'react';
import { SWEEP_ENGINE_LABELS, type SweepEngine } from '../../core/wasm/engines.ts';
import type { HistoryLab, Recorded } from '../../state/historySlice.ts';
import { useStore } from '../../state/store.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

export interface HistoryColumn<R> {
  readonly head: ReactNode;
  readonly cell: (record: R) => ReactNode;
  /** A figure that is good or bad news colours its cell. */
  readonly tone?: (record: R) => 'ok' | 'bad' | null;
  /** A column of words (a mode, a policy), not figures: aligned left, and it may wrap. */
  readonly words?: boolean;
}

/** The engine a run used, in the labs that run on either (JavaScript where WebAssembly threads cannot run). */
export const ENGINE_COLUMN: HistoryColumn<{ readonly params: { readonly engine: SweepEngine } }> = {
  head: 'Engine',
  words: true,
  cell: (r) => SWEEP_ENGINE_LABELS[r.params.engine],
};

/** Two things in one cell, the second under the first and quieter; read aloud as "main, sub". */
export function TwoLines({ main, sub }: { main: ReactNode; sub: ReactNode }) {
  return (
    <>
      {main}
      <span className="visually-hidden">, </span>
      <span className="sub">{sub}</span>
    </>
  );
}

function classes(...names: (string | false | null | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

interface Props<L extends HistoryLab> {
  readonly lab: L;
  /** The first column names the row (the mode, the queue, the test). */
  readonly columns: readonly HistoryColumn<Recorded<L>>[];
}

export function RunHistory<L extends HistoryLab>({ lab, columns }: Props<L>) {
  const records = useStore((s) => s.history[lab]);
  const clear = useStore((s) => s.clearHistory);
  const titleId = useId();
  if (records.length === 0) return null;
  return (
    <section className="panel history" aria-labelledby={titleId}>
      <div className="panel-head">
        <h2 id={titleId}>Your runs</h2>
        <button type="button" className="button ghost small" onClick={() => clear(lab)}>
          Clear
        </button>
      </div>
      <ScrollRegion label="Runs of this visit">
        <table>
          <caption className="visually-hidden">Your runs, newest first</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" className={classes(c.words && 'words')}>
                  {c.head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                {columns.map((c, i) => {
                  const className = classes(c.words && 'words', c.tone?.(r));
                  return i === 0 ? (
                    <th key={i} scope="row" className={className}>
                      {c.cell(r)}
                    </th>
                  ) : (
                    <td key={i} className={className}>
                      {c.cell(r)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
