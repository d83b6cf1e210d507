// The Counter lab's settings form: the sync ladder, workers and their directions, sizes, speed.
import { SYNC_LABELS, SYNC_MODES, SYNC_SUMMARIES, EXACT_MODES } from '../../core/counter/syncModes.ts';
import { COUNTER_FIELDS, maxIters } from '../../core/params/counterParams.ts';
import { useStore } from '../../state/store.ts';
import { Ladder, Segmented } from '../common/Choices.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { formatCount } from '../common/format.ts';
import { Directions } from './Directions.tsx';
import { useLabParams } from '../common/useLabParams.ts';

const SPEEDS = ['full', 'slow'] as const;
const SPEED_LABELS = { full: 'Full speed', slow: 'Slow motion' } as const;

export function Settings() {
  const [p, set] = useLabParams('counter');
  const busy = useStore((s) => s.status === 'running');
  const f = COUNTER_FIELDS;
  return (
    <form className="settings" aria-label="Experiment settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder
        legend="Synchronisation"
        name="sync"
        values={SYNC_MODES}
        value={p.sync}
        onChange={(sync) => set({ sync })}
        labels={SYNC_LABELS}
        summaries={SYNC_SUMMARIES}
        tag={(mode) => (EXACT_MODES.has(mode) ? { text: 'exact', tone: 'ok' } : { text: 'races', tone: 'bad' })}
        disabled={busy}
      />
      <fieldset className="sizes" disabled={busy}>
        <legend>Workers and work</legend>
        <NumberField
          label="Workers"
          value={p.workers}
          min={f.workers.min}
          max={f.workers.max}
          onCommit={(workers) => set({ workers })}
        />
        <Directions dirs={p.dirs} disabled={busy} onChange={(dirs) => set({ dirs })} />
        <NumberField
          label="Iterations per worker"
          value={p.iters}
          min={f.iters.min}
          max={maxIters(p.workers)}
          step={1000}
          onCommit={(iters) => set({ iters })}
          hint={`Up to ${formatCount(maxIters(p.workers))}: the cell is a 32-bit int, like mp.Value('i').`}
        />
        <NumberField
          label="Race window"
          value={p.window}
          min={f.window.min}
          max={f.window.max}
          onCommit={(window) => set({ window })}
          hint="Extra work between the read and the write; 0 leaves only the bare gap."
        />
        <NumberField
          label="Trials"
          value={p.trials}
          min={f.trials.min}
          max={f.trials.max}
          onCommit={(trials) => set({ trials })}
          hint="Run the experiment again and again and draw where the counter ends."
        />
      </fieldset>
      <fieldset className="speed" disabled={busy}>
        <legend>Speed</legend>
        <Segmented name="speed" values={SPEEDS} value={p.speed} onChange={(speed) => set({ speed })} labels={SPEED_LABELS} />
        {p.speed === 'slow' && p.iters > 50 && (
          <p className="hint warn">
            Slow motion draws every step: {formatCount(p.iters)} iterations would take a long time.{' '}
            <button type="button" className="link-button" onClick={() => set({ iters: 10 })}>
              Use 10 iterations
            </button>
          </p>
        )}
      </fieldset>
    </form>
  );
}
