// The shared state in step mode: variables (with who wrote them last), locks and their owners,
// threads asleep on each condition, and the queue's items.
import { itemText } from '../../core/explore/program.ts';
import type { State } from '../../core/explore/state.ts';

export function SharedState({ state, prev }: { state: State; prev: State | null }) {
  const p = state.program;
  const name = (t: number): string => p.threads[t]?.name ?? `thread ${t + 1}`;
  return (
    <section className="shared" aria-labelledby="shared-title">
      <h3 id="shared-title">Shared state</h3>
      <dl className="shared-grid">
        {p.vars.map((v, i) => {
          const changed = prev !== null && prev.versions[i] !== state.versions[i];
          const writer = state.writers[i]!;
          return (
            <div key={`v${i}`} className={`shared-item${changed ? ' changed' : ''}`}>
              <dt>{v.name}</dt>
              <dd className="shared-value" data-testid={`var-${v.name}`}>
                {state.vars[i]}
              </dd>
              <dd className="shared-note">{writer >= 0 ? `last written by ${name(writer)}` : 'not written yet'}</dd>
            </div>
          );
        })}
        {p.locks.map((lock, m) => {
          const owner = state.owners[m]!;
          const changed = prev !== null && prev.owners[m] !== owner;
          return (
            <div key={`l${m}`} className={`shared-item lock${owner >= 0 ? ' held' : ''}${changed ? ' changed' : ''}`}>
              <dt>lock {lock}</dt>
              <dd className="shared-value small" data-testid={`lock-${lock}`}>
                {owner >= 0 ? `held by ${name(owner)}` : 'free'}
              </dd>
            </div>
          );
        })}
        {p.conds.map((c, i) => {
          const sleeping = state.waiters[i] ?? [];
          return (
            <div key={`c${i}`} className="shared-item">
              <dt>condition {c.name}</dt>
              <dd className="shared-value small">{sleeping.length > 0 ? `asleep: ${sleeping.map(name).join(', ')}` : 'nobody asleep'}</dd>
            </div>
          );
        })}
        {p.queue && (
          <div className={`shared-item queue${prev && prev.queue.length !== state.queue.length ? ' changed' : ''}`}>
            <dt>
              queue {p.queue.name} <span className="shared-note">(front first)</span>
            </dt>
            <dd className="shared-value small" data-testid={`queue-${p.queue.name}`}>
              {state.queue.length === 0 ? (
                'empty'
              ) : (
                <ol className="queue-items">
                  {state.queue.map((item, i) => (
                    <li key={i}>{itemText(item)}</li>
                  ))}
                </ol>
              )}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
