// Explore all's preemption cap: every schedule, or only those that switch away from a running
// thread at most N times (CHESS's bound), with what that means in words.
import { PREEMPTION_CAPS, PYTHON_FIELDS, type PreemptionCap } from '../../core/python/link.ts';
import { changeSettings } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';

const LABELS: Record<PreemptionCap, string> = { all: 'Any number', 0: '0', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' };

export function ExploreSettings() {
  const cap = useStore((s) => s.python.preemptions);
  return (
    <div className="field">
      <label htmlFor="py-preemptions">{PYTHON_FIELDS.preemptions.label} (Explore all)</label>
      <select id="py-preemptions" value={cap} aria-describedby="py-preemptions-hint" onChange={(e) => changeSettings({ preemptions: e.target.value as PreemptionCap })}>
        {PREEMPTION_CAPS.map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </select>
      <p id="py-preemptions-hint" className="hint">
        A preemption is a switch away from a thread that could have gone on. Most bugs need only one or two; a cap explores far fewer schedules, and
        each outcome says the fewest preemptions that reach it.
      </p>
    </div>
  );
}
