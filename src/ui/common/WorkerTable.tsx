// A results table with one row per worker: a caption that also names its scroll region, column heads,
// and each row headed by the worker's colour swatch and name.
import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion.tsx';

export interface WorkerColumn {
  readonly head: ReactNode;
  /** Shown only where the screen is wide enough. */
  readonly wide?: boolean;
}

export function WorkerTable({ caption, first, columns, children }: { caption: string; first: string; columns: readonly WorkerColumn[]; children: ReactNode }) {
  return (
    <ScrollRegion label={caption}>
      <table className="per-worker">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.wide ? 'wide-only' : undefined}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** A row's head: the worker's swatch (its lane colour, or a class of its own) and its name. */
export function WorkerHead({ swatch, children }: { swatch: number | string; children: ReactNode }) {
  return (
    <th scope="row">
      <span className={typeof swatch === 'number' ? `swatch w${swatch}` : `swatch ${swatch}`} aria-hidden="true" />
      {children}
    </th>
  );
}
