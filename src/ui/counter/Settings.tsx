// The Counter lab's settings form: the sync ladder, workers and their directions, sizes, speed.
import { SYNC_LABELS, SYNC_SUMMARIES, EXACT_MODES } from '../../core/counter/syncModes.ts';
import { maxIters } from '../../core/params/counterParams.ts';
import { Ladder, Segmented } from '../common/Choices.tsx';
import { EngineField } from '../common/EngineField.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';
import { useSettingsForm } from '../common/useSettingsForm.ts';
import { Directions } from './Directions.tsx';

const SPEED_LABELS = { full: 'Full speed', slow: 'Slow motion' } as const;

export function Settings() {
  const { p, set, busy, fields, number, choice } = useSettingsForm('counter');
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder
        {...choice('sync')}
        labels={SYNC_LABELS}
        summaries={SYNC_SUMMARIES}
        tag={(mode) => (EXACT_MODES.has(mode) ? { text: 'exact', tone: 'ok' } : { text: 'races', tone: 'bad' })}
        disabled={busy}
      />
      <fieldset className="sizes" disabled={busy}>
        <legend>Workers and work</legend>
        <NumberField {...number('workers')} />
        <Directions dirs={p.dirs} disabled={busy} onChange={(dirs) => set({ dirs })} />
        <NumberField
          {...number('iters')}
          hint={`Up to ${formatCount(maxIters(p.workers))}: the cell is a 32-bit int, like mp.Value('i').`}
        />
        <NumberField {...number('window')} hint="Extra work between the read and the write; 0 leaves only the bare gap." />
        <NumberField {...number('trials')} hint="Run the experiment again and again and draw where the counter ends." />
      </fieldset>
      <fieldset className="speed" disabled={busy}>
        <legend>{fields.speed.label}</legend>
        <Segmented {...choice('speed')} labels={SPEED_LABELS} />
        {p.speed === 'slow' && p.iters > 50 && (
          <p className="hint warn">
            Slow motion draws every step: {formatCount(p.iters)} iterations would take a long time.{' '}
            <button type="button" className="link-button" onClick={() => set({ iters: 10 })}>
              Use 10 iterations
            </button>
          </p>
        )}
      </fieldset>
      <EngineField lab="counter" />
    </form>
  );
}
