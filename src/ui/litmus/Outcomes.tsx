// The outcome table (live while the run goes, final after it) and the outcome histogram: counts, shares,
// and each outcome judged under sequential consistency and under JavaScript with this kind of access.
import { useRef } from 'react';
import { litmusOutcomes, LITMUS_TESTS, outcomeAllowed, type LitmusTally } from '../../core/litmus/index.ts';
import type { LitmusParams } from '../../core/params/litmusParams.ts';
import { BareNumber } from '../common/BareNumber.tsx';
import { formatCount, formatPct } from '../common/format.ts';
import { DownloadResults } from '../shell/DownloadResults.tsx';
import { SavePng } from '../shell/SavePng.tsx';
import { ACCESS_LABELS } from './teach.ts';
import { OutcomeChart } from './OutcomeChart.tsx';
import { OutcomeTable } from '../common/OutcomeTable.tsx';

interface Props {
  readonly params: LitmusParams;
  readonly tally: LitmusTally | null;
  readonly asked: number;
  readonly running: boolean;
  readonly stopped: boolean;
}

export function Outcomes({ params, tally, asked, running, stopped }: Props) {
  const outcomes = litmusOutcomes(params.test);
  const counts = tally?.counts ?? [0, 0, 0, 0];
  // Mid-run the counts may be a batch ahead of `done`; their sum is what the table shows.
  const total = counts.reduce((a, b) => a + b, 0);
  const test = LITMUS_TESTS[params.test];
  const relaxed = counts[test.relaxed] ?? 0;
  const together = tally?.together ?? 0;
  const share = (n: number): string => (total > 0 ? formatPct((100 * n) / total) : '—');
  const access = params.access === 'atomics' ? 'Atomics' : 'plain';
  const title = `Outcomes · ${test.title} · ${ACCESS_LABELS[params.access]}`;
  const body = useRef<HTMLDivElement>(null);
  return (
    <section className="panel litmus-outcomes" aria-labelledby="litmus-outcomes-title">
      <h2 className="histogram-title" id="litmus-outcomes-title">
        {title}
      </h2>
      <p className="histogram-caption">
        <span data-testid="litmus-total" data-value={total}>
          {formatCount(total)}
        </span> of {formatCount(asked)} iterations counted
        {running ? ' so far' : stopped ? ' (stopped early)' : ''}.{' '}
        {total > 0 && (
          <>
            The outcome forbidden under sequential consistency appeared <strong>{formatCount(relaxed)}</strong>{' '}
            {relaxed === 1 ? 'time' : 'times'}; {share(together)} of the iterations started both threads together.
          </>
        )}
      </p>
      <div className="histogram-body litmus-body" ref={body}>
        <OutcomeChart test={params.test} counts={counts} />
        <OutcomeTable
          label="Outcome counts"
          className="litmus-table"
          caption="Count of each outcome"
          outcome="Outcome"
          count="Count"
          verdicts={[<abbr title="Sequential consistency: some interleaving of the two threads' statements">Under SC</abbr>, `In JS (${access})`]}
          after={
            <ul className="litmus-meanings">
              {outcomes.map((o) => (
                <li key={o.index}>
                  <code>{o.label}</code>: {o.meaning}.
                </li>
              ))}
            </ul>
          }
        >
          {outcomes.map((o) => {
            const n = counts[o.index] ?? 0;
            const js = outcomeAllowed(o, params.access);
            return (
              <tr key={o.index} className={o.allowedUnderSC ? undefined : 'forbidden'} title={o.meaning}>
                <th scope="row" className="outcome">
                  <span className="bound">r0={o.r0}</span> <span className="bound">r1={o.r1}</span>
                </th>
                <td className="num" data-testid="litmus-count" data-outcome={`${o.r0}${o.r1}`} data-sc={o.allowedUnderSC ? 'allowed' : 'forbidden'}>
                  <BareNumber value={n} />
                </td>
                <td className="num">{share(n)}</td>
                <td>{o.allowedUnderSC ? <span className="verdict ok">Allowed</span> : <span className="verdict bad">Forbidden</span>}</td>
                <td>{js ? <span className="verdict ok">Allowed</span> : <span className="verdict bad">Impossible</span>}</td>
              </tr>
            );
          })}
        </OutcomeTable>
      </div>
      <div className="export-actions">
        <DownloadResults lab="litmus" />
        {total > 0 && (
          <SavePng from={body} titles={[`${title} · ${formatCount(total)} iterations`]} lab="litmus" what="histogram" describes="histogram of outcomes" />
        )}
      </div>
    </section>
  );
}
