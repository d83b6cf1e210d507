// The lab's settings: which example, where threads may switch (in words: which Python that is),
// the timer's quantum, and Sample's count and seed.
import { EXAMPLES } from '../../core/python/examples/examples.ts';
import { isExampleId } from '../../core/python/examples/exampleIds.ts';
import { PYTHON_FIELDS, SWITCH_MODELS } from '../../core/python/link.ts';
import type { SwitchModel } from '../../core/python/runtime/types.ts';
import { changeSettings, openExample } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';
import { Ladder } from '../common/Choices.tsx';
import { NumberField } from '../common/NumberField.tsx';
import { ExploreSettings } from './ExploreSettings.tsx';

const LABELS: Record<SwitchModel, string> = { every: 'Every instruction', gil: 'GIL', timer: 'Timer' };
const SUMMARIES: Record<SwitchModel, string> = {
  every: 'A switch may fall between any two instructions: free-threaded CPython 3.13t and later, or separate processes.',
  gil: 'CPython 3.10–3.12 with its GIL: a thread lets go only at a function’s start, a loop’s jump back, after a call, or when it blocks.',
  timer: 'A switch every quantum of instructions, as the timer interrupt in OSTEP’s simulator.',
};

export function Settings() {
  const p = useStore((s) => s.python);
  const example = useStore((s) => s.pyExample);
  return (
    <>
      <div className="field">
        <label htmlFor="py-example">Example</label>
        <select
          id="py-example"
          value={example ?? ''}
          onChange={(e) => {
            if (isExampleId(e.target.value)) openExample(e.target.value);
          }}
        >
          {example === null && <option value="">Your program</option>}
          {EXAMPLES.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </div>
      <Ladder
        name="py-switch"
        legend="Where threads may switch"
        values={SWITCH_MODELS}
        value={p.switch}
        labels={LABELS}
        summaries={SUMMARIES}
        onChange={(v) => changeSettings({ switch: v })}
      />
      {p.switch === 'timer' && (
        <NumberField
          field={PYTHON_FIELDS.quantum}
          value={p.quantum}
          hint="Instructions a thread runs before the timer hands the turn on."
          onCommit={(quantum) => changeSettings({ quantum })}
        />
      )}
      <NumberField
        field={PYTHON_FIELDS.samples}
        value={p.samples}
        hint="Random schedules Sample runs."
        onCommit={(samples) => changeSettings({ samples })}
      />
      <NumberField
        field={PYTHON_FIELDS.seed}
        value={p.seed}
        hint="The same seed gives the same Run and the same samples."
        onCommit={(seed) => changeSettings({ seed })}
      />
      <ExploreSettings />
    </>
  );
}
