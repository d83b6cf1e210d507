// The Litmus lab's settings form: the test, the kind of access, and how many races in what batches.
import { LITMUS_ACCESSES, LITMUS_PLACEMENTS, LITMUS_TEST_IDS } from '../../core/litmus/index.ts';
import { LITMUS_FIELDS } from '../../core/params/litmusParams.ts';
import { useStore } from '../../state/store.ts';
import { Ladder, Segmented } from '../common/Choices.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';
import { ACCESS_LABELS, ACCESS_SUMMARIES, PLACEMENT_LABELS, TEST_LABELS, TEST_SUMMARIES } from './teach.ts';
import { useLabParams } from '../common/useLabParams.ts';

export function Settings() {
  const [p, set] = useLabParams('litmus');
  const busy = useStore((s) => s.status === 'running');
  const f = LITMUS_FIELDS;
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder
        legend="Test"
        name="litmus-test"
        values={LITMUS_TEST_IDS}
        value={p.test}
        onChange={(test) => set({ test })}
        labels={TEST_LABELS}
        summaries={TEST_SUMMARIES}
        disabled={busy}
      />
      <Ladder
        legend="Access"
        name="litmus-access"
        values={LITMUS_ACCESSES}
        value={p.access}
        onChange={(access) => set({ access })}
        labels={ACCESS_LABELS}
        summaries={ACCESS_SUMMARIES}
        tag={(access) => (access === 'atomics' ? { text: 'no race', tone: 'ok' } : { text: 'racy', tone: 'bad' })}
        disabled={busy}
      />
      <fieldset className="sizes" disabled={busy}>
        <legend>Races</legend>
        <NumberField
          label="Iterations"
          value={p.iters}
          min={f.iters.min}
          max={f.iters.max}
          step={100_000}
          onCommit={(iters) => set({ iters })}
          hint={`Up to ${formatCount(f.iters.max)}. Each iteration races on a fresh pair of variables.`}
        />
        <NumberField
          label="Batch"
          value={p.batch}
          min={f.batch.min}
          max={f.batch.max}
          onCommit={(batch) => set({ batch })}
          hint="Races between two meetings of the threads (and two looks at Stop)."
        />
        <div className="field-pair">
          <NumberField label="Jitter" value={p.jitter} min={f.jitter.min} max={f.jitter.max} onCommit={(jitter) => set({ jitter })} />
          <NumberField label="Seed" value={p.seed} min={f.seed.min} max={f.seed.max} onCommit={(seed) => set({ seed })} />
        </div>
        <p className="hint">Jitter: random busy work before each race (0 starts both threads as one); the seed makes it repeatable.</p>
      </fieldset>
      <fieldset className="speed" disabled={busy}>
        <legend>Placement</legend>
        <Segmented name="litmus-placement" values={LITMUS_PLACEMENTS} value={p.placement} onChange={(placement) => set({ placement })} labels={PLACEMENT_LABELS} />
        <p className="hint">The two variables on separate 64-byte cache lines, or side by side on one.</p>
      </fieldset>
    </form>
  );
}
