// The Explorer's settings form: the scenario, racy or fixed, and the sizes that apply to it.
import { PARAM_NAMES, SCENARIO_IDS, SCENARIOS, type Scenario, type ScenarioId } from '../../core/explore/scenarios.ts';
import { Ladder, Segmented } from '../common/Choices.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { useLabParams } from '../common/useLabParams.ts';

/** One line per scenario for the picker; the full story is shown beside the code. */
export const SCENARIO_SUMMARIES: Record<ScenarioId, string> = {
  'lost-update': 'Read, add one, write back: two threads can write the same value.',
  'flag-lock': 'A busy flag checked, then set: two threads can both get in.',
  'split-lock': 'A lock around the read and another around the write.',
  'check-then-act': 'The consumer stops as soon as the queue looks empty.',
  'two-locks': 'Two threads take two locks in opposite orders.',
  philosophers: 'Everyone takes the left fork, then the right one.',
};

const SCENARIO_TITLES = Object.fromEntries(SCENARIO_IDS.map((id) => [id, SCENARIOS[id].title])) as Record<ScenarioId, string>;
const VERSIONS = ['racy', 'fixed'] as const;
const VERSION_LABELS = { racy: 'Racy', fixed: 'Fixed' } as const;

export function ScenarioSettings() {
  const [p, set] = useLabParams('explore');
  const scenario: Scenario = SCENARIOS[p.scenario];
  return (
    <form className="settings" aria-label="Scenario settings" onSubmit={(e) => e.preventDefault()}>
      <Ladder
        legend="Scenario"
        className="scenario-picker"
        name="scenario"
        values={SCENARIO_IDS}
        value={p.scenario}
        onChange={(scenario) => set({ scenario })}
        labels={SCENARIO_TITLES}
        summaries={SCENARIO_SUMMARIES}
      />
      <fieldset className="version">
        <legend>Version</legend>
        <Segmented
          name="version"
          values={VERSIONS}
          value={p.fixed ? 'fixed' : 'racy'}
          onChange={(v) => set({ fixed: v === 'fixed' })}
          labels={VERSION_LABELS}
        />
        <p className="hint">{p.fixed ? scenario.fixedDescription : 'The version with the bug; switch to Fixed to see the cure.'}</p>
      </fieldset>
      {PARAM_NAMES.some((name) => scenario.params[name]) && (
        <fieldset className="sizes">
          <legend>Size</legend>
          {PARAM_NAMES.map((name) => {
            const f = scenario.params[name];
            if (!f) return null;
            return (
              <NumberField key={`${p.scenario}-${name}`} field={f} value={p[name]} hint={`${f.min} to ${f.max}`} onCommit={(n) => set({ [name]: n })} />
            );
          })}
        </fieldset>
      )}
    </form>
  );
}
