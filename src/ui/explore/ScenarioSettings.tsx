// The Explorer's settings form: the scenario, racy or fixed, and the sizes that apply to it.
import { PARAM_NAMES, SCENARIO_IDS, SCENARIOS, type Scenario, type ScenarioId } from '../../core/explore/scenarios.ts';
import { useStore } from '../../state/store.ts';
import { NumberField } from '../common/NumberField.tsx';

/** One line per scenario for the picker; the full story is shown beside the code. */
export const SCENARIO_SUMMARIES: Record<ScenarioId, string> = {
  'lost-update': 'Read, add one, write back: two threads can write the same value.',
  'flag-lock': 'A busy flag checked, then set: two threads can both get in.',
  'split-lock': 'A lock around the read and another around the write.',
  'check-then-act': 'The consumer stops as soon as the queue looks empty.',
  'two-locks': 'Two threads take two locks in opposite orders.',
  philosophers: 'Everyone takes the left fork, then the right one.',
};

export function ScenarioSettings() {
  const p = useStore((s) => s.explore);
  const set = useStore((s) => s.setExplore);
  const scenario: Scenario = SCENARIOS[p.scenario];
  return (
    <form className="settings" aria-label="Scenario settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="ladder scenario-picker">
        <legend>Scenario</legend>
        {SCENARIO_IDS.map((id) => (
          <label key={id} className={`ladder-step${p.scenario === id ? ' checked' : ''}`}>
            <input type="radio" name="scenario" value={id} checked={p.scenario === id} onChange={() => set({ scenario: id })} />
            <span className="ladder-name">{SCENARIOS[id].title}</span>
            <span className="ladder-summary">{SCENARIO_SUMMARIES[id]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="version">
        <legend>Version</legend>
        <div className="segmented">
          <label>
            <input type="radio" name="version" value="racy" checked={!p.fixed} onChange={() => set({ fixed: false })} />
            <span>Racy</span>
          </label>
          <label>
            <input type="radio" name="version" value="fixed" checked={p.fixed} onChange={() => set({ fixed: true })} />
            <span>Fixed</span>
          </label>
        </div>
        <p className="hint">{p.fixed ? scenario.fixedDescription : 'The version with the bug; switch to Fixed to see the cure.'}</p>
      </fieldset>
      {PARAM_NAMES.some((name) => scenario.params[name]) && (
        <fieldset className="sizes">
          <legend>Size</legend>
          {PARAM_NAMES.map((name) => {
            const f = scenario.params[name];
            if (!f) return null;
            return (
              <NumberField
                key={`${p.scenario}-${name}`}
                label={f.label}
                value={p[name]}
                min={f.min}
                max={f.max}
                hint={`${f.min} to ${f.max}`}
                onCommit={(n) => set({ [name]: n })}
              />
            );
          })}
        </fieldset>
      )}
    </form>
  );
}
