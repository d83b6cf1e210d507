// The pieces every outcome histogram shares: the chart's box (with a note when uPlot cannot load)
// and the table of the same bars beside it, whose rows and verdict columns each lab supplies.
import type { ReactNode, RefObject } from 'react';
import { ScrollRegion } from './ScrollRegion.tsx';

interface ChartProps {
  readonly chartRef: RefObject<HTMLDivElement | null>;
  /** Classes beside `histogram-chart`. */
  readonly className?: string;
  /** What the bars say, for a screen reader (the canvas itself says nothing). */
  readonly label: string;
  readonly failed: boolean;
}

export function HistogramChart({ chartRef, className, label, failed }: ChartProps) {
  return (
    <div className={className ? `histogram-chart ${className}` : 'histogram-chart'} ref={chartRef} role="img" aria-label={label}>
      {failed && <p className="histogram-note">The chart could not be loaded; the table has the same numbers.</p>}
    </div>
  );
}

interface TableProps {
  /** The scrolling region's accessible name. */
  readonly label: string;
  /** Classes beside `outcome-table`. */
  readonly className?: string;
  /** A caption for screen readers only. */
  readonly caption?: string;
  /** The first column's heading: what an outcome is ("Outcome", "Printed"). */
  readonly outcome: string;
  /** The count column's heading ("Count", "Runs"). */
  readonly count: string;
  /** The headings after the share: the lab's verdicts. */
  readonly verdicts: readonly ReactNode[];
  /** One row a bar. */
  readonly children: ReactNode;
  /** What scrolls with the table below it (a key to the rows). */
  readonly after?: ReactNode;
}

export function OutcomeTable({ label, className, caption, outcome, count, verdicts, children, after }: TableProps) {
  return (
    <ScrollRegion label={label} className="histogram-table">
      <table className={className ? `outcome-table ${className}` : 'outcome-table'}>
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{outcome}</th>
            <th scope="col" className="num">
              {count}
            </th>
            <th scope="col" className="num">
              %
            </th>
            {verdicts.map((v, i) => (
              <th scope="col" key={i}>
                {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </ScrollRegion>
  );
}
