// How Explore all and Sample search: Explore all's reduction and preemption cap (CHESS's bound),
// Sample's strategy (uniform random or PCT) and PCT's depth, each with what it means in words.
import { PREEMPTION_CAPS, PYTHON_FIELDS, REDUCTIONS, SAMPLERS, type PreemptionCap, type Reduction, type SamplerName } from '../../core/python/link.ts';
import { changeSettings } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';
import { NumberField } from '../common/NumberField.tsx';

const LABELS: Record<PreemptionCap, string> = { all: 'Any number', 0: '0', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' };
const SAMPLER_LABELS: Record<SamplerName, string> = { random: 'Uniform random', pct: 'PCT (random priorities)' };
const REDUCTION_LABELS: Record<Reduction, string> = { off: 'Off: count every schedule', on: 'On: one schedule per class (DPOR)' };

/** What the reduction does, in words, for the setting chosen. */
function reductionHint(reduce: Reduction, capped: boolean): string {
  if (capped) return 'With a preemption cap, Explore all counts every schedule within the cap and does not reduce.';
  if (reduce === 'off') return 'Every schedule is counted: each count says how many of all the possible schedules end that way.';
  return (
    'Two schedules that differ only in the order of steps touching nothing in common (different variables, different locks) end the same way, ' +
    'so Explore all runs one schedule of each such class (source-DPOR with sleep sets, on top of merging equal states). It finds the same ' +
    'outcomes; the counts then count classes, not schedules. The schedule it ran may need more preemptions than another of its class, so each ' +
    'preemption count is then checked without the reduction, bounded just below the largest: the fewest of any schedule, unless that check ' +
    'runs out of states (the outcome then says so).'
  );
}

export function ExploreSettings() {
  const cap = useStore((s) => s.python.preemptions);
  const reduce = useStore((s) => s.python.reduce);
  const sampler = useStore((s) => s.python.sampler);
  const depth = useStore((s) => s.python.depth);
  return (
    <>
      <div className="field">
        <label htmlFor="py-reduce">{PYTHON_FIELDS.reduce.label} (Explore all)</label>
        <select id="py-reduce" value={reduce} aria-describedby="py-reduce-hint" onChange={(e) => changeSettings({ reduce: e.target.value as Reduction })}>
          {REDUCTIONS.map((r) => (
            <option key={r} value={r}>
              {REDUCTION_LABELS[r]}
            </option>
          ))}
        </select>
        <p id="py-reduce-hint" className="hint">
          {reductionHint(reduce, cap !== 'all')}
        </p>
      </div>
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
