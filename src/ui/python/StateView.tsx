// The machine as Python Tutor draws a program, with threads: one column per thread (its frames and
// locals, outermost first), the shared objects once between them (a lock's holder and waiters, a
// queue's items …), each process's globals; a name that refers to an object points to it.
import type { MachineView, ObjectView, ValueView, VarView } from '../../core/python/runtime/types.ts';
import type { ListingRow } from '../../workers/pythonApiTypes.ts';
import { nextRow } from './Listing.tsx';
import { lineName, threadColour, threadLabel } from './threadLabel.ts';

function Value({ value, objects }: { value: ValueView; objects: ReadonlyMap<number, ObjectView> }) {
  const target = value.ref === null ? undefined : objects.get(value.ref);
  if (!target) return <code className="py-value">{value.repr}</code>;
  return (
    <a className="py-ref" href={`#py-obj-${target.id}`}>
      <span aria-hidden="true">→ </span>
      {target.label}
    </a>
  );
}

function Vars({ vars, objects, label }: { vars: readonly VarView[]; objects: ReadonlyMap<number, ObjectView>; label: string }) {
  if (vars.length === 0) return <p className="hint">none</p>;
  return (
    <dl className="py-vars" aria-label={label}>
      {vars.map((v) => (
        <div key={v.name} className="py-var">
          <dt>{v.name}</dt>
          <dd>
            <Value value={v.value} objects={objects} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function who(id: number | null): string {
  return id === null ? 'nobody' : threadLabel(id);
}

function ObjectCard({ o }: { o: ObjectView }) {
  const facts: string[] = [];
  if (o.kind === 'lock' || o.kind === 'rlock' || o.kind === 'condition') facts.push(`held by ${who(o.holder)}${o.depth && o.depth > 1 ? ` (×${o.depth})` : ''}`);
  if (o.count !== null) facts.push(o.kind === 'value' ? `value ${o.count}` : `count ${o.count}`);
  if (o.capacity !== null) facts.push(`capacity ${o.capacity}`);
  if (o.flag !== null) facts.push(o.kind === 'event' ? (o.flag ? 'set' : 'not set') : o.flag ? 'broken' : 'whole');
  if (o.arrivals.length > 0) facts.push(`arrived: ${o.arrivals.map(threadLabel).join(', ')}`);
  if (o.waiters.length > 0) facts.push(`waiting: ${o.waiters.map(threadLabel).join(', ')}`);
  return (
    <li className={`py-object py-${o.kind}`} id={`py-obj-${o.id}`}>
      <strong>{o.label}</strong>
      {facts.length > 0 && <span className="py-facts"> {facts.join(' · ')}</span>}
      {(o.kind === 'queue' || o.kind === 'deque' || o.kind === 'list' || o.kind === 'array' || o.items.length > 0) && (
        <span className="py-items" aria-label="items">
          {o.items.length === 0 ? <em>empty</em> : o.items.map((item, i) => <code key={i}>{item}</code>)}
        </span>
      )}
      {o.note && <span className="py-note"> {o.note}</span>}
    </li>
  );
}

export function StateView({ view, listing }: { view: MachineView; listing: readonly ListingRow[] }) {
  const objects = new Map(view.objects.map((o) => [o.id, o]));
  const threads = view.threads.filter((t) => t.status !== 'new');
  return (
    <div className="py-state">
      <section className="py-threads" aria-label="Threads">
        {threads.map((t) => (
          <article key={t.id} className={`py-thread py-${t.status}`} style={{ '--thread': threadColour(t.id) } as React.CSSProperties}>
            <h4>
              <span className="py-tag">{threadLabel(t.id)}</span> {t.name}
              {view.processes.length > 1 && <span className="hint"> in {view.processes[t.process]?.name}</span>}
            </h4>
            <p className="py-why">{t.why}</p>
            {t.instruction && (
              <p className="py-next">
                next: {lineName(t.instruction.line)}, <code>{t.instruction.opname}</code> <code>{nextRow(t, listing)?.argrepr ?? ''}</code>
              </p>
            )}
            {t.frames.map((f, i) => (
              <div key={i} className="py-frame">
                <h5>
                  {f.name} <span className="hint">{lineName(f.line)}</span>
                </h5>
                {f.name !== '<module>' && <Vars vars={f.locals} objects={objects} label={`${threadLabel(t.id)} ${f.name} locals`} />}
              </div>
            ))}
          </article>
        ))}
      </section>
      <section className="py-shared" aria-label="Shared objects">
        <h4>Objects</h4>
        {view.objects.length === 0 ? <p className="hint">none yet</p> : <ul className="py-objects">{view.objects.map((o) => <ObjectCard key={o.id} o={o} />)}</ul>}
        {view.processes.map((p) => (
          <div key={p.id} className="py-globals">
            <h4>Globals{view.processes.length > 1 ? ` of ${p.name}` : ''}</h4>
            <Vars vars={p.globals} objects={objects} label={`Globals of ${p.name}`} />
          </div>
        ))}
      </section>
    </div>
  );
}

export function OutputView({ view }: { view: MachineView }) {
  return (
    <section className="py-output" aria-label="Output">
      <h4>Printed output{view.now > 0 ? <span className="hint"> (virtual clock {view.now.toFixed(2)} s)</span> : null}</h4>
      {view.output.length === 0 ? (
        <p className="hint">Nothing printed yet.</p>
      ) : (
        <pre data-testid="py-stdout">
          {view.output.map((c, i) => (
            <span key={i} className={c.stream === 'stderr' ? 'py-stderr' : undefined} style={{ '--thread': threadColour(c.thread) } as React.CSSProperties}>
              {c.text}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}
