// The Queue lab's settings form: the queue kind, the shutdown policy, the workers and the work.
import { QUEUE_FIELDS } from '../../core/params/queueParams.ts';
import {
  QUEUE_KINDS,
  QUEUE_LABELS,
  QUEUE_SUMMARIES,
  SAFE_KINDS,
  SHUTDOWN_LABELS,
  SHUTDOWN_POLICIES,
  SHUTDOWN_SUMMARIES,
} from '../../core/queue/queueKinds.ts';
import { useStore } from '../../state/store.ts';
import { Ladder } from '../common/Choices.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';
import { useLabParams } from '../common/useLabParams.ts';

export function Settings() {
  const [p, set] = useLabParams('queue');
  const busy = useStore((s) => s.status === 'running');
  const f = QUEUE_FIELDS;
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder
        legend="Queue"
        name="queue"
        values={QUEUE_KINDS}
        value={p.queue}
        onChange={(queue) => set({ queue })}
        labels={QUEUE_LABELS}
        summaries={QUEUE_SUMMARIES}
        tag={(kind) => (SAFE_KINDS.has(kind) ? { text: 'safe', tone: 'ok' } : { text: 'unsafe', tone: 'bad' })}
        disabled={busy}
      />
      <fieldset className="sizes" disabled={busy}>
        <legend>Workers and work</legend>
        <div className="field-pair">
          <NumberField label="Producers" value={p.producers} min={f.producers.min} max={f.producers.max} onCommit={(producers) => set({ producers })} />
          <NumberField label="Consumers" value={p.consumers} min={f.consumers.min} max={f.consumers.max} onCommit={(consumers) => set({ consumers })} />
        </div>
        <NumberField
          label="Capacity"
          value={p.capacity}
          min={f.capacity.min}
          max={f.capacity.max}
          onCommit={(capacity) => set({ capacity })}
          hint="Slots in the queue: a producer that finds them all full has to wait."
        />
        <NumberField
          label="Items per producer"
          value={p.items}
          min={f.items.min}
          max={f.items.max}
          step={1000}
          onCommit={(items) => set({ items })}
          hint={`Up to ${formatCount(f.items.max)}. Each item carries its producer and number, so every one is checked.`}
        />
        <div className="field-pair">
          <NumberField
            label="Produce delay (ms)"
            value={p.produceMs}
            min={f.produceMs.min}
            max={f.produceMs.max}
            onCommit={(produceMs) => set({ produceMs })}
          />
          <NumberField
            label="Consume delay (ms)"
            value={p.consumeMs}
            min={f.consumeMs.min}
            max={f.consumeMs.max}
            onCommit={(consumeMs) => set({ consumeMs })}
          />
        </div>
        <p className="hint delays-hint">Time spent on each item, per worker; 0 is full speed.</p>
      </fieldset>
      <Ladder
        legend="Shutdown"
        name="shutdown"
        values={SHUTDOWN_POLICIES}
        value={p.shutdown}
        onChange={(shutdown) => set({ shutdown })}
        labels={SHUTDOWN_LABELS}
        summaries={SHUTDOWN_SUMMARIES}
        tag={(policy) => (policy === 'empty-check' ? { text: 'bug', tone: 'bad' } : null)}
        disabled={busy}
      />
    </form>
  );
}
