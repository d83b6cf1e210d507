// Results of one search split over workers, merged into one: each outcome's schedules summed, the
// witness with the fewest preemptions (then the shortest) kept, budgets and flags combined; and the
// bound on what crosses to the page: the most frequent outcomes, the rest summed as "other", so a run
// with ten thousand distinct endings sends and draws a few dozen rows whose counts still add up.
// Concurrency contract: none; pure, run in a worker over its own tallies or on the page's thread over
// the workers' answers.
import type { OtherOutcomes, OutcomeCount, OutcomeTally, PctGuarantee, SearchProgress, SearchResult } from './types.ts';

/** Outcomes a progress message or a result lists at most; the rest are summed as other. */
export const OUTCOME_LIMIT = 40;

export function addCounts(a: number | string, b: number | string): number | string {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) return a + b;
  const n = BigInt(a) + BigInt(b);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

function moreThan(a: number | string, b: number | string): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a > b : BigInt(a) > BigInt(b);
}

/** The outcome with its witness, when it came with one (a result's outcomes do, progress's do not). */
export function withWitness(o: OutcomeTally): OutcomeCount | null {
  return 'witness' in o ? (o as OutcomeCount) : null;
}

/** Whether `b`'s witness is the better one to show: fewer preemptions, then a shorter schedule. */
function better(a: OutcomeTally, b: OutcomeTally): boolean {
  const pa = a.preemptions ?? Infinity;
  const pb = b.preemptions ?? Infinity;
  if (pb !== pa) return pb < pa;
  const wa = withWitness(a)?.witness.length ?? 0;
  const wb = withWitness(b)?.witness.length ?? 0;
  return wb > 0 && (wa === 0 || wb < wa);
}

/** The outcomes of every part, one per outcome, in the order they first appear. */
export function mergeOutcomes<T extends OutcomeTally>(parts: readonly (readonly T[])[]): T[] {
  const byKey = new Map<string, T>();
  for (const list of parts) {
    for (const o of list) {
      const seen = byKey.get(o.outcome.key);
      if (!seen) byKey.set(o.outcome.key, o);
      else byKey.set(o.outcome.key, { ...(better(seen, o) ? o : seen), count: addCounts(seen.count, o.count) });
    }
  }
  return [...byKey.values()];
}

function sumOther(parts: readonly { readonly other?: OtherOutcomes }[]): number | string {
  return parts.reduce<number | string>((n, p) => (p.other ? addCounts(n, p.other.count) : n), 0);
}

/**
 * The `limit` most frequent of `list` (ties: the first seen), in their order in `list`, with the
 * schedules of the others added to `other`: the listed counts plus other's still add up to the total.
 */
export function bounded<T extends OutcomeTally>(list: readonly T[], other: number | string = 0, limit = OUTCOME_LIMIT): { outcomes: T[]; other?: OtherOutcomes } {
  let rest = other;
  let kept: T[] = [...list];
  if (list.length > limit) {
    const order = list.map((_, i) => i).sort((i, j) => (moreThan(list[i]!.count, list[j]!.count) ? -1 : moreThan(list[j]!.count, list[i]!.count) ? 1 : i - j));
    const keep = new Set(order.slice(0, limit));
    kept = list.filter((_, i) => keep.has(i));
    for (const i of order.slice(limit)) rest = addCounts(rest, list[i]!.count);
  }
  return rest === 0 ? { outcomes: kept } : { outcomes: kept, other: { count: rest } };
}

function widest(parts: readonly { readonly pct?: PctGuarantee }[]): { pct?: PctGuarantee } {
  let pct: PctGuarantee | undefined;
  for (const p of parts) if (p.pct && (!pct || p.pct.threads > pct.threads)) pct = p.pct;
  return pct ? { pct } : {};
}

/** A result as the page may receive it: at most `limit` outcomes (with their witnesses), the rest as other. */
export function boundResult(r: SearchResult, limit = OUTCOME_LIMIT): SearchResult {
  // The bounded list replaces the outcomes; any other it had is counted in the new one.
  return { ...r, ...bounded(r.outcomes, r.other?.count ?? 0, limit) };
}

/** A progress report as the page may receive it: at most `limit` outcomes, identities and counts only. */
export function boundProgress(p: SearchProgress, limit = OUTCOME_LIMIT): SearchProgress {
  const tallies = p.outcomes.map(tally);
  return { done: p.done, pending: p.pending, ...bounded(tallies, p.other?.count ?? 0, limit), ...(p.pct ? { pct: p.pct } : {}), ...(p.subtrees ? { subtrees: p.subtrees } : {}) };
}

/** An outcome's identity and count, without its witness (what progress carries). */
export function tally(o: OutcomeTally): OutcomeTally {
  return o.preemptions === undefined ? { outcome: o.outcome, count: o.count } : { outcome: o.outcome, count: o.count, preemptions: o.preemptions };
}

export function mergeResults(parts: readonly SearchResult[], limit = OUTCOME_LIMIT): SearchResult {
  return {
    ...bounded(mergeOutcomes(parts.map((p) => p.outcomes)), sumOther(parts), limit),
    complete: parts.length > 0 && parts.every((p) => p.complete),
    states: parts.reduce((n, p) => n + p.states, 0),
    schedules: parts.reduce<number | string>((n, p) => addCounts(n, p.schedules), 0),
    cyclic: parts.some((p) => p.cyclic),
    ...(parts.some((p) => p.reduced === true) ? { reduced: true } : {}),
    ...(parts.some((p) => p.exactPreemptions !== undefined) ? { exactPreemptions: parts.every((p) => p.exactPreemptions === true) } : {}),
    ...widest(parts),
  };
}

/** The workers' latest progress as one: `total` is the whole search's work (runs), when known. */
export function mergeProgress(parts: readonly SearchProgress[], total?: number, limit = OUTCOME_LIMIT): SearchProgress {
  const done = parts.reduce((n, p) => n + p.done, 0);
  const pending = total === undefined ? parts.reduce((n, p) => n + p.pending, 0) : Math.max(0, total - done);
  return { done, pending, ...bounded(mergeOutcomes(parts.map((p) => p.outcomes)), sumOther(parts), limit), ...widest(parts), ...furthest(parts) };
}

/** Subtrees finished: every worker reads the same shared count, so the latest report is the largest. */
function furthest(parts: readonly SearchProgress[]): { subtrees?: { done: number; total: number } } {
  let subtrees: { done: number; total: number } | undefined;
  for (const p of parts) if (p.subtrees && (!subtrees || p.subtrees.done > subtrees.done)) subtrees = p.subtrees;
  return subtrees ? { subtrees } : {};
}

/** A worker's last progress taken as its (partial) answer, when Stop ended it before it could answer: no witnesses. */
export function progressAsResult(p: SearchProgress): SearchResult {
  const outcomes: OutcomeCount[] = p.outcomes.map((o) => ({ ...tally(o), witness: [], stderr: '', waitFor: null }));
  const listed = outcomes.reduce<number | string>((n, o) => addCounts(n, o.count), 0);
  const schedules = addCounts(listed, p.other?.count ?? 0);
  return { outcomes, ...(p.other ? { other: p.other } : {}), complete: false, states: p.done, schedules, cyclic: false, ...(p.pct ? { pct: p.pct } : {}) };
}
