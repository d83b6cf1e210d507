// The schedule so far: which thread took each step, with the steps ahead (undone, or still to replay) faded.
import type { StepLog } from '../../core/explore/history.ts';

export function ScheduleStrip({ history: h }: { history: StepLog }) {
  const names = h.program.threads.map((t) => t.name);
  return (
    <div className="schedule">
      <h3 className="schedule-title">Schedule</h3>
      {h.schedule.length === 0 ? (
        <p className="muted schedule-empty">No step yet.</p>
      ) : (
        <ol className="schedule-steps" aria-label="Threads in the order they stepped">
          {h.schedule.map((t, i) => (
            <li key={i} className={`chip w${t % 16}${i < h.at ? '' : ' ahead'}${i === h.at - 1 ? ' latest' : ''}`}>
              {names[t]}
              {i >= h.at && <span className="visually-hidden"> (ahead)</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
