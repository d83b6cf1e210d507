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
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';

export function Settings() {
  const p = useStore((s) => s.queue);
  const set = useStore((s) => s.setQueue);
  const busy = useStore((s) => s.status === 'running');
  const f = QUEUE_FIELDS;
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="ladder" disabled={busy}>
        <legend>Queue</legend>
        {QUEUE_KINDS.map((kind) => (
          <label key={kind} className={`ladder-step${p.queue === kind ? ' checked' : ''}`}>
            <input type="radio" name="queue" value={kind} checked={p.queue === kind} onChange={() => set({ queue: kind })} />
            <span className="ladder-name">
              {QUEUE_LABELS[kind]}
              <span className={`tag ${SAFE_KINDS.has(kind) ? 'tag-ok' : 'tag-bad'}`}>{SAFE_KINDS.has(kind) ? 'safe' : 'unsafe'}</span>
            </span>
            <span className="ladder-summary">{QUEUE_SUMMARIES[kind]}</span>
          </label>
        ))}
      </fieldset>
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
      <fieldset className="ladder" disabled={busy}>
        <legend>Shutdown</legend>
        {SHUTDOWN_POLICIES.map((policy) => (
          <label key={policy} className={`ladder-step${p.shutdown === policy ? ' checked' : ''}`}>
            <input type="radio" name="shutdown" value={policy} checked={p.shutdown === policy} onChange={() => set({ shutdown: policy })} />
            <span className="ladder-name">
              {SHUTDOWN_LABELS[policy]}
              {policy === 'empty-check' && <span className="tag tag-bad">bug</span>}
            </span>
            <span className="ladder-summary">{SHUTDOWN_SUMMARIES[policy]}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
