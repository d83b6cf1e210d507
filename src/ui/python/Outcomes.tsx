// The outcomes of Explore all or Sample: what the program printed, how it ended, how many schedules
// reach it, a witness to replay step by step and, for a deadlock, the wait-for graph.
import { OUTCOME_LIMIT, withWitness } from '../../core/python/runtime/merge.ts';
import type { OtherOutcomes, OutcomeTally, PyWaitForGraph, SearchResult } from '../../core/python/runtime/types.ts';
import type { WaitForGraph, WaitForNodeKind } from '../../core/explore/waitFor.ts';
import type { PySearch } from '../../state/pythonSlice.ts';
import { replayWitness } from '../../state/pythonActions.ts';
import { useStore } from '../../state/store.ts';
import { WaitForGraphView } from '../explore/WaitForGraphView.tsx';
import { describePreemptions } from '../../core/python/runtime/preemptionWords.ts';
import { RichText } from '../common/RichText.tsx';
import { SearchProgress } from './SearchProgress.tsx';
import { threadLabel } from './threadLabel.ts';

const ENDS = { finished: 'finished', deadlock: 'deadlock', error: 'error', budget: 'step budget' } as const;

/** The shape an object is drawn as, from the word its label starts with ("Condition 3"). */
function shapeOf(label: string): WaitForNodeKind {
  if (label.startsWith('Condition')) return 'cond';
  if (/Queue|deque/.test(label)) return 'queue';
  return 'lock';
}

/**
 * The Explorer's drawing serves: threads carry the lab's own short names (T1, T2 …, as on the Step
 * buttons), so they fit their circles; objects keep theirs.
 */
function asDrawn(g: PyWaitForGraph): WaitForGraph {
  return {
    ...g,
    nodes: g.nodes.map((n) => (n.kind === 'thread' ? { ...n, kind: 'thread', label: threadLabel(Number(n.id.slice(1))) } : { ...n, kind: shapeOf(n.label) })),
  };
}

function Legend({ g }: { g: PyWaitForGraph }) {
  const threads = g.nodes.filter((n) => n.kind === 'thread');
  return (
    <>
      {threads.map((n) => `${threadLabel(Number(n.id.slice(1)))} is ${n.label}`).join(', ')}. Circles are threads, squares locks and other objects, diamonds
      conditions. A solid arrow means <em>waits for</em> (an object, or a thread to end), a dashed one <em>is held by</em>; the red loop is the cycle
      nobody can leave.
    </>
  );
}

function count(n: number | string): string {
  return typeof n === 'number' ? n.toLocaleString('en-US') : n;
}

/** What a count counts: schedules, or (with the reduction) explored classes of equivalent schedules. */
function unit(n: number | string, reduced: boolean): string {
  if (reduced) return n === 1 ? 'class of schedules' : 'classes of schedules';
  return n === 1 ? 'schedule' : 'schedules';
}

/** One outcome: its counts while the search runs, its witness (and what the witness shows) once it ends. */
function Outcome({ o, replayable, lines, reduced, upperBound }: { o: OutcomeTally; replayable: boolean; lines: readonly string[]; reduced: boolean; upperBound: boolean }) {
  const out = o.outcome;
  const d = withWitness(o);
  const preemptions = o.preemptions !== undefined && Number.isFinite(o.preemptions) ? o.preemptions : null;
  return (
    <li className={`py-outcome py-end-${out.end}`} data-testid="outcome" data-value={out.stdout} data-end={out.end} data-count={String(o.count)} data-preemptions={preemptions ?? undefined}>
      <div className="py-outcome-head">
        <span className={`tag ${out.end === 'finished' ? 'tag-ok' : 'tag-bad'}`}>{ENDS[out.end]}</span>
        <strong>{count(o.count)}</strong> {unit(o.count, reduced)}
        {replayable && d && d.witness.length > 0 && (
          <button type="button" className="button small" onClick={() => void replayWitness(d.witness)}>
            Replay<span className="visually-hidden"> a schedule that ends this way</span>
          </button>
        )}
      </div>
      {out.stdout === '' ? <p className="hint">printed nothing</p> : <pre className="py-outcome-out">{out.stdout}</pre>}
      <p className="py-outcome-why">{out.why}</p>
      {preemptions !== null && (
        <p className="py-outcome-preemptions">
          <RichText text={describePreemptions(preemptions, d?.switches ?? [], (n) => lines[n - 1] ?? '')} />
          {/* The reduction runs one schedule per class: the fewest-preemption one may not be among them unless checked. */}
          {reduced && (upperBound ? ' (The fewest among the schedules the reduction ran: without it, this can be lower.)' : ' (The fewest of any schedule: checked without the reduction.)')}
        </p>
      )}
      {d?.stderr && (
        <details>
          <summary>stderr</summary>
          <pre className="py-stderr">{d.stderr}</pre>
        </details>
      )}
      {d?.waitFor && <WaitForGraphView graph={asDrawn(d.waitFor)} caption={out.why} showCaption={false} legend={<Legend g={d.waitFor} />} />}
    </li>
  );
}

/** The schedules whose outcomes the list leaves off, so that the counts on screen add up. */
function OtherRow({ other }: { other: OtherOutcomes }) {
  return (
    <li className="py-outcome py-outcome-other" data-testid="outcome-other" data-count={String(other.count)}>
      <div className="py-outcome-head">
        <span className="tag">other</span>
        <strong>{count(other.count)}</strong> schedule{other.count === 1 ? '' : 's'}
      </div>
      <p className="py-outcome-why">
        Schedules that end in other ways. So many endings differ that only the {OUTCOME_LIMIT} most frequent are listed; these are the rest, together.
      </p>
    </li>
  );
}

function summary(search: PySearch, result: SearchResult | null): string {
  const what = search.kind === 'explore' ? 'Explore all' : 'Sample';
  if (search.status === 'running') {
    const p = search.progress;
    return p ? `${what}: ${p.done.toLocaleString('en-US')} ${search.kind === 'explore' ? 'states' : 'schedules'} so far…` : `${what}: starting…`;
  }
  if (search.status === 'failed') return `${what} failed: ${search.error ?? 'unknown error'}`;
  if (!result) return `${what} stopped; the outcomes below are those found so far.`;
  const n = result.outcomes.length;
  const listed = result.other ? `The ${n} most frequent outcomes (and the rest together)` : n === 1 ? 'One outcome' : `${n} outcomes`;
  const states = result.states.toLocaleString('en-US');
  const over =
    search.kind !== 'explore'
      ? `${count(result.schedules)} schedules`
      : result.reduced === true
        ? `${count(result.schedules)} classes of equivalent schedules (${states} states; with the reduction each count is the classes that end that way, not schedules)`
        : `${count(result.schedules)} schedules (${states} states; each count is the schedules that end that way)`;
  const partial = result.complete ? '' : search.status === 'stopped' ? ' Stopped: partial.' : search.kind === 'explore' ? ' The state budget cut it short: partial.' : '';
  return `${listed} over ${over}.${partial}`;
}

export function Outcomes() {
  const search = useStore((s) => s.pySearch);
  const source = useStore((s) => s.pySource);
  if (!search) return null;
  const result = search.result;
  const list: readonly OutcomeTally[] = result?.outcomes ?? search.progress?.outcomes ?? [];
  const other = result ? result.other : search.progress?.other;
  const lines = search.source.split('\n');
  const complete = search.status === 'running' ? undefined : String(Boolean(result?.complete) && search.kind === 'explore');
  return (
    <section className="py-outcomes" aria-label="Outcomes">
      <p className="py-search-status" data-testid="explore-status" data-complete={complete} role="status">
        {summary(search, result)}
      </p>
      {search.kind === 'explore' && (
        <p className="hint" data-testid="explore-workers" data-workers={search.workers}>
          {search.workers === 1
            ? 'One worker explores the states.'
            : search.reduced === true
              ? `${search.workers} workers, one per core, take the subtrees past the first few states (explored in full) one at a time, each with the reduction; their parts are joined into one graph.`
              : `${search.workers} workers share the states, one per core; their parts are joined into one state graph.`}
        </p>
      )}
      <SearchProgress search={search} />
      <ul className="py-outcome-list">
        {list.map((o) => (
          <Outcome key={o.outcome.key} o={o} replayable={result !== null && source === search.source} lines={lines} reduced={result?.reduced === true} upperBound={result?.reduced === true && result.exactPreemptions !== true} />
        ))}
        {other && <OtherRow other={other} />}
      </ul>
    </section>
  );
}
