// The Scaling lab's settings form: which counter modes and queue kinds to sweep, the false-sharing
// experiment, how far and how long; and how many points that makes, and about how long it takes.
import type { ReactNode } from 'react';
import { EXACT_MODES, SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { sweepOf } from '../../core/params/scalingParams.ts';
import { QUEUE_LABELS, SAFE_KINDS } from '../../core/queue/queueKinds.ts';
import { autoUpto } from '../../core/scaling/sweepPlan.ts';
import { useStore } from '../../state/store.ts';
import { EngineField } from '../common/EngineField.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { useSettingsForm } from '../common/useSettingsForm.ts';
import { formatEstimate } from '../common/format.ts';
import { sweepEstimateMs } from './sweepView.ts';

export function Settings() {
  const { p, set, busy, fields, number, list } = useSettingsForm('scaling');
  const cores = useStore((s) => s.platform.cores);
  const plan = sweepOf(p, cores);
  return (
    <form className="settings scaling-settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <CheckGroup
        {...list('modes')}
        labels={SYNC_LABELS}
        racy={(m) => !EXACT_MODES.has(m)}
        disabled={busy}
        hint="Every worker adds +1 to the one shared cell, as fast as it can."
      />
      <CheckGroup
        {...list('queues')}
        labels={QUEUE_LABELS}
        racy={(k) => !SAFE_KINDS.has(k)}
        disabled={busy}
        hint="Half the workers produce, half consume (one more producer when odd); SPSC runs 1 + 1 only."
      />
      <fieldset className="checks" disabled={busy}>
        <legend>{fields.sharing.label}</legend>
        <Check checked={p.sharing} onChange={(sharing) => set({ sharing })}>
          Adjacent against padded counters
        </Check>
        <p className="hint">Each worker adds to a counter of its own: packed 4 bytes apart, or each on a 64-byte line of its own.</p>
      </fieldset>
      <fieldset className="sizes" disabled={busy}>
        <legend>Reach and time</legend>
        <NumberField
          {...number('upto')}
          hint={`0 is auto = 2 × ${cores} ${cores === 1 ? 'core' : 'cores'} = ${autoUpto(cores)} workers on this machine.`}
        />
        <NumberField {...number('ms')} hint="Longer points give steadier numbers and a longer sweep." />
      </fieldset>
      <EngineField lab="scaling" />
      <p className="sweep-estimate" data-testid="sweep-estimate">
        {plan.length === 0 ? 'Nothing to measure yet.' : `${plan.length} points, ${formatEstimate(sweepEstimateMs(plan, p.ms))}.`}
      </p>
    </form>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className={`check${checked ? ' checked' : ''}`}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="check-name">{children}</span>
    </label>
  );
}

interface CheckGroupProps<T extends string> {
  readonly legend: string;
  readonly all: readonly T[];
  readonly chosen: readonly T[];
  readonly labels: Record<T, string>;
  /** Choices that exist to show a race get a tag saying so. */
  readonly racy: (item: T) => boolean;
  readonly disabled: boolean;
  /** The new choice; the store puts it back in the list's own order. */
  readonly onChange: (chosen: readonly T[]) => void;
  readonly hint: string;
}

function CheckGroup<T extends string>({ legend, all, chosen, labels, racy, disabled, onChange, hint }: CheckGroupProps<T>) {
  return (
    <fieldset className="checks" disabled={disabled}>
      <legend>{legend}</legend>
      {all.map((item) => (
        <Check key={item} checked={chosen.includes(item)} onChange={(on) => onChange(on ? [...chosen, item] : chosen.filter((x) => x !== item))}>
          {labels[item]}
          {racy(item) && <span className="tag tag-bad">races</span>}
        </Check>
      ))}
      <p className="hint">{hint}</p>
    </fieldset>
  );
}
