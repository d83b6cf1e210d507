// How Explore all and Sample search: Explore all's preemption cap (CHESS's bound), Sample's
// strategy (uniform random or PCT) and PCT's depth, each with what it means in words.
import { PREEMPTION_CAPS, PYTHON_FIELDS, SAMPLERS, type PreemptionCap, type SamplerName } from '../../core/python/link.ts';
import { changeSettings } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';
import { NumberField } from '../common/NumberField.tsx';

const LABELS: Record<PreemptionCap, string> = { all: 'Any number', 0: '0', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' };
const SAMPLER_LABELS: Record<SamplerName, string> = { random: 'Uniform random', pct: 'PCT (random priorities)' };

export function ExploreSettings() {
  const cap = useStore((s) => s.python.preemptions);
  const sampler = useStore((s) => s.python.sampler);
  const depth = useStore((s) => s.python.depth);
  return (
    <>
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
      <div className="field">
        <label htmlFor="py-sampler">{PYTHON_FIELDS.sampler.label}</label>
        <select id="py-sampler" value={sampler} aria-describedby="py-sampler-hint" onChange={(e) => changeSettings({ sampler: e.target.value as SamplerName })}>
          {SAMPLERS.map((s) => (
            <option key={s} value={s}>
              {SAMPLER_LABELS[s]}
            </option>
          ))}
        </select>
        <p id="py-sampler-hint" className="hint">
          {sampler === 'pct'
            ? 'Each run gives the threads random priorities and lets the highest one run, lowering the running thread at d − 1 random points: a bug that needs d events in order then shows with a known chance per run.'
            : 'Each run picks the next thread at random at every switch point. Long programs rarely meet a narrow race this way: try PCT.'}
        </p>
      </div>
      {sampler === 'pct' && (
        <NumberField
          field={PYTHON_FIELDS.depth}
          value={depth}
          hint="How many events in a given order the bug you hunt needs: 1 for one ordering, 2 for a lost update in x += 1."
          onCommit={(d) => changeSettings({ depth: d })}
        />
      )}
    </>
  );
}
