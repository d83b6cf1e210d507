// The engine setting of the Counter, Queue and Scaling labs: JavaScript or WebAssembly (or both, for a
// sweep), what the choice means, and a notice where this browser cannot run WebAssembly threads.
import { useId } from 'react';
import { fieldsOf, type LabParams, type SchemaLab } from '../../core/params/labLinks.ts';
import { ENGINE_LABELS, ENGINES, SWEEP_ENGINE_LABELS, SWEEP_ENGINES, type SweepEngine } from '../../core/wasm/engines.ts';
import { useStore } from '../../state/store.ts';
import { Segmented } from './Choices.tsx';
import { ENGINE_SUMMARY, ENGINE_WHY, WASM_UNAVAILABLE } from './engineTeach.ts';

/** The labs whose schema has an engine field. */
type EngineLab = { [L in SchemaLab]: LabParams<L> extends { readonly engine: SweepEngine } ? L : never }[SchemaLab];

export function EngineField({ lab }: { lab: EngineLab }) {
  const engine: SweepEngine = useStore((s) => s[lab].engine);
  const setParams = useStore((s) => s.setParams);
  const busy = useStore((s) => s.status === 'running');
  const wasmThreads = useStore((s) => s.platform.wasmThreads);
  const noticeId = useId();
  // A lab whose schema offers both engines at once runs a series on each (a sweep).
  const sweep = (fieldsOf(lab).engine.values as readonly string[]).includes('both');
  const fallback = engine !== 'js' && !wasmThreads;
  const onChange = (value: SweepEngine): void => {
    if (sweep || value !== 'both') setParams(lab, { engine: value });
  };
  return (
    <fieldset className="engine" disabled={busy} aria-describedby={noticeId}>
      <legend>Engine</legend>
      {sweep ? (
        <Segmented name={`${lab}-engine`} values={SWEEP_ENGINES} value={engine} onChange={onChange} labels={SWEEP_ENGINE_LABELS} />
      ) : (
        <Segmented name={`${lab}-engine`} values={ENGINES} value={engine === 'both' ? 'js' : engine} onChange={onChange} labels={ENGINE_LABELS} />
      )}
      <div id={noticeId}>
        {fallback ? (
          <p className="hint warn" data-testid="engine-fallback">
            {WASM_UNAVAILABLE}
          </p>
        ) : (
          <p className="hint">{ENGINE_SUMMARY[engine]}</p>
        )}
      </div>
      <details className="engine-why">
        <summary>Why the engines differ</summary>
        {ENGINE_WHY.map((w) => (
          <p key={w.title}>
            <strong>{w.title}.</strong> {w.text}
          </p>
        ))}
      </details>
    </fieldset>
  );
}
