// Every reachable outcome of an exploration: what it is, good or bad, how many schedules reach it,
// one schedule that does, and (for a deadlock) its wait-for graph. Shared by the Explorer and the fallback.
import type { Exploration, OutcomeResult } from '../../core/explore/explore.ts';
import type { Program } from '../../core/explore/program.ts';
import { formatCount, formatMs } from '../common/format.ts';
import { formatBig, percentOf, percentText } from './scheduleCounts.ts';
import { WaitForGraphView } from './WaitForGraphView.tsx';
import './outcomes.css';

interface Props {
  program: Program;
  result: Exploration;
  elapsedMs?: number;
  /** Loads an outcome's witness into step mode; no Replay buttons without it. */
  onReplay?: (o: OutcomeResult) => void;
}

export function OutcomeList({ program, result, elapsedMs, onReplay }: Props) {
  const names = program.threads.map((t) => t.name);
  const bad = result.outcomes.filter((o) => o.outcome.bad).length;
  return (
    <div className="outcomes-block">
      <p className="outcomes-summary" role="status">
        {result.outcomes.length === 1 ? 'One possible outcome' : `${result.outcomes.length} possible outcomes`}
        {bad > 0 ? ` (${bad} bad)` : ', all good'} over {formatBig(result.schedules)} schedules; {formatCount(result.states)} distinct
        states
        {elapsedMs !== undefined ? `, explored in ${formatMs(elapsedMs)}` : ''}.
      </p>
      {!result.complete && (
        <p className="hint warn">The search stopped at {formatCount(result.states)} states: the list and the counts are partial.</p>
      )}
      <ul className="outcomes" aria-label="Reachable outcomes">
        {result.outcomes.map((o) => {
          const pct = percentOf(o.schedules, result.schedules);
          return (
            <li
              key={o.outcome.key}
              className={`outcome ${o.outcome.bad ? 'bad' : 'good'}`}
              data-testid="outcome"
              data-value={o.outcome.key}
              data-bad={String(o.outcome.bad)}
            >
              <div className="outcome-head">
                <span className={`tag ${o.outcome.bad ? 'tag-bad' : 'tag-ok'}`}>{o.outcome.bad ? 'bad' : 'good'}</span>
                <strong className="outcome-label">{o.outcome.label}</strong>
                <span className="outcome-share">
                  <span className="outcome-count" data-testid="outcome-schedules">
                    {formatBig(o.schedules)}
                  </span>
                  <span className="outcome-of">
                    {' '}
                    of {formatBig(result.schedules)} schedules ({percentText(o.schedules, result.schedules)})
                  </span>
                </span>
              </div>
              <div className="outcome-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(pct, 0.5)}%` }} />
              </div>
              <p className="outcome-why">{o.outcome.why}</p>
              {o.waitFor && <WaitForGraphView graph={o.waitFor} caption={o.outcome.why} showCaption={false} />}
              <div className="outcome-foot">
                <p className="witness">
                  For example: <span className="witness-steps">{o.witness.length === 0 ? '(no step)' : o.witness.map((t) => names[t]).join(' → ')}</span>
                </p>
                {onReplay && (
                  <button type="button" className="button small" onClick={() => onReplay(o)}>
                    Replay<span className="visually-hidden"> a schedule that ends with {o.outcome.label}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
