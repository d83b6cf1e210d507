// One thread in step mode: its name and status, its Step button, its code with the next line marked,
// and what it will do next.
import { useId } from 'react';
import type { ThreadCode } from '../../core/explore/program.ts';
import { canStep } from '../../core/explore/scheduler.ts';
import type { State } from '../../core/explore/state.ts';
import type { ThreadStatus } from '../../core/explore/status.ts';
import { stepThread } from '../../state/explorerActions.ts';
import { SteadyButton } from '../common/SteadyButton.tsx';
import { nextStepText } from './nextStep.ts';
import { stepShortcut } from './stepKeys.ts';

interface Props {
  index: number;
  code: ThreadCode;
  state: State;
  status: ThreadStatus;
  /** The loaded schedule runs this thread next. */
  isNext: boolean;
}

export function ThreadColumn({ index: t, code, state, status, isNext }: Props) {
  const id = useId();
  const th = state.threads[t]!;
  const line = code.steps[th.pc]?.line ?? null;
  const ran = state.last?.thread === t ? state.last.lines : [];
  const key = stepShortcut(t);
  return (
    <section className={`thread-col w${t % 16} st-${status.status}${isNext ? ' is-next' : ''}`} aria-labelledby={id}>
      <div className="thread-head">
        <h3 id={id}>
          <span className="swatch" aria-hidden="true" />
          {code.name}
        </h3>
        <span className={`thread-status st-${status.status}`} data-testid="thread-status" data-status={status.status}>
          {status.status}
        </span>
      </div>
      <SteadyButton
        className={`button step-button${isNext ? ' primary' : ''}`}
        unavailable={!canStep(state, t)}
        onPress={() => stepThread(t)}
        aria-keyshortcuts={key}
        title={key ? `Key ${key}` : undefined}
      >
        Step {code.name}
        {key && (
          <kbd className="key" aria-hidden="true">
            {key}
          </kbd>
        )}
      </SteadyButton>
      {status.status !== 'ready' && status.status !== 'done' && <p className="thread-why">{status.why}</p>}
      <ol className="source" aria-label={`Code of ${code.name}`}>
        {code.source.map((text, i) => (
          <li key={i} className={i === line ? 'current' : ran.includes(i) ? 'ran' : undefined} aria-current={i === line ? 'step' : undefined}>
            <code>{text}</code>
          </li>
        ))}
      </ol>
      <p className="next-step">{nextStepText(state, t)}</p>
    </section>
  );
}
