// The sweep's progress bar: points measured of the points planned, and the point being measured now.
import type { SweepPoint } from '../../core/scaling/sweepPlan.ts';
import { progressText, type SweepState } from './sweepView.ts';

interface Props {
  readonly plan: readonly SweepPoint[];
  readonly done: number;
  readonly state: SweepState;
}

export function SweepProgress({ plan, done, state }: Props) {
  const text = progressText(done, plan, state);
  const share = plan.length > 0 ? Math.min(1, done / plan.length) : 0;
  return (
    <div className="sweep-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Sweep progress"
        aria-valuemin={0}
        aria-valuemax={plan.length}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <p className="progress-text" data-testid="sweep-progress-text">
        {text}
      </p>
    </div>
  );
}
