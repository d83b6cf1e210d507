// The Litmus lab's settings form: the test, the kind of access, and how many races in what batches.
import { Ladder, Segmented } from '../common/Choices.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';
import { useSettingsForm } from '../common/useSettingsForm.ts';
import { ACCESS_LABELS, ACCESS_SUMMARIES, PLACEMENT_LABELS, TEST_LABELS, TEST_SUMMARIES } from './teach.ts';

export function Settings() {
  const { busy, fields, number, choice } = useSettingsForm('litmus');
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder {...choice('test')} labels={TEST_LABELS} summaries={TEST_SUMMARIES} disabled={busy} />
      <Ladder
        {...choice('access')}
        labels={ACCESS_LABELS}
        summaries={ACCESS_SUMMARIES}
        tag={(access) => (access === 'atomics' ? { text: 'no race', tone: 'ok' } : { text: 'racy', tone: 'bad' })}
        disabled={busy}
      />
      <fieldset className="sizes" disabled={busy}>
        <legend>Races</legend>
        <NumberField
          {...number('iters')}
          hint={`Up to ${formatCount(fields.iters.max)}. Each iteration races on a fresh pair of variables.`}
        />
        <NumberField {...number('batch')} hint="Races between two meetings of the threads (and two looks at Stop)." />
        <div className="field-pair">
          <NumberField {...number('jitter')} />
          <NumberField {...number('seed')} />
        </div>
        <p className="hint">Jitter: random busy work before each race (0 starts both threads as one); the seed makes it repeatable.</p>
      </fieldset>
      <fieldset className="speed" disabled={busy}>
        <legend>{fields.placement.label}</legend>
        <Segmented {...choice('placement')} labels={PLACEMENT_LABELS} />
        <p className="hint">The two variables on separate 64-byte cache lines, or side by side on one.</p>
      </fieldset>
    </form>
  );
}
