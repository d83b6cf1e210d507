// The Queue lab's settings form: the queue kind, the shutdown policy, the workers and the work.
import {
  QUEUE_LABELS,
  QUEUE_SUMMARIES,
  SAFE_KINDS,
  SHUTDOWN_LABELS,
  SHUTDOWN_SUMMARIES,
} from '../../core/queue/queueKinds.ts';
import { Ladder } from '../common/Choices.tsx';
import { EngineField } from '../common/EngineField.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';
import { useSettingsForm } from '../common/useSettingsForm.ts';

export function Settings() {
  const { busy, fields, number, choice } = useSettingsForm('queue');
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder
        {...choice('queue')}
        labels={QUEUE_LABELS}
        summaries={QUEUE_SUMMARIES}
        tag={(kind) => (SAFE_KINDS.has(kind) ? { text: 'safe', tone: 'ok' } : { text: 'unsafe', tone: 'bad' })}
        disabled={busy}
      />
      <fieldset className="sizes" disabled={busy}>
        <legend>Workers and work</legend>
        <div className="field-pair">
          <NumberField {...number('producers')} />
          <NumberField {...number('consumers')} />
        </div>
        <NumberField {...number('capacity')} hint="Slots in the queue: a producer that finds them all full has to wait." />
        <NumberField
          {...number('items')}
          hint={`Up to ${formatCount(fields.items.max)}. Each item carries its producer and number, so every one is checked.`}
        />
        <div className="field-pair">
          <NumberField {...number('produceMs')} />
          <NumberField {...number('consumeMs')} />
        </div>
        <p className="hint delays-hint">Time spent on each item, per worker; 0 is full speed.</p>
      </fieldset>
      <Ladder
        {...choice('shutdown')}
        labels={SHUTDOWN_LABELS}
        summaries={SHUTDOWN_SUMMARIES}
        tag={(policy) => (policy === 'empty-check' ? { text: 'bug', tone: 'bad' } : null)}
        disabled={busy}
      />
      <EngineField lab="queue" />
    </form>
  );
}
