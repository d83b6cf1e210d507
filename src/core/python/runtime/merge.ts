// Results of one search split over workers, merged into one: each outcome's schedules summed, the
// witness with the fewest preemptions (then the shortest) kept, budgets and flags combined.
// Concurrency contract: none; pure, run on the page's thread over the workers' answers.
import type { OutcomeCount, PctGuarantee, SearchProgress, SearchResult } from './types.ts';

function add(a: number | string, b: number | string): number | string {
  const n = BigInt(a) + BigInt(b);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

/** Whether `b`'s witness is the better one to show: fewer preemptions, then a shorter schedule. */
function better(a: OutcomeCount, b: OutcomeCount): boolean {
  const pa = a.preemptions ?? Infinity;
  const pb = b.preemptions ?? Infinity;
  return pb < pa || (pb === pa && b.witness.length > 0 && (a.witness.length === 0 || b.witness.length < a.witness.length));
}

/** The outcomes of every part, one per outcome, in the order they first appear. */
export function mergeOutcomes(parts: readonly (readonly OutcomeCount[])[]): OutcomeCount[] {
  const byKey = new Map<string, OutcomeCount>();
  for (const list of parts) {
    for (const o of list) {
      const seen = byKey.get(o.outcome.key);
      if (!seen) byKey.set(o.outcome.key, o);
      else byKey.set(o.outcome.key, { ...(better(seen, o) ? o : seen), count: add(seen.count, o.count) });
    }
  }
  return [...byKey.values()];
}

function widest(parts: readonly { readonly pct?: PctGuarantee }[]): { pct?: PctGuarantee } {
  let pct: PctGuarantee | undefined;
  for (const p of parts) if (p.pct && (!pct || p.pct.threads > pct.threads)) pct = p.pct;
  return pct ? { pct } : {};
}

export function mergeResults(parts: readonly SearchResult[]): SearchResult {
  return {
    outcomes: mergeOutcomes(parts.map((p) => p.outcomes)),
    complete: parts.length > 0 && parts.every((p) => p.complete),
    states: parts.reduce((n, p) => n + p.states, 0),
    schedules: parts.reduce<number | string>((n, p) => add(n, p.schedules), 0),
    cyclic: parts.some((p) => p.cyclic),
    ...(parts.some((p) => p.reduced === true) ? { reduced: true } : {}),
    ...widest(parts),
  };
}

/** The workers' latest progress as one: `total` is the whole search's work (runs), when known. */
export function mergeProgress(parts: readonly SearchProgress[], total?: number): SearchProgress {
  const done = parts.reduce((n, p) => n + p.done, 0);
  const pending = total === undefined ? parts.reduce((n, p) => n + p.pending, 0) : Math.max(0, total - done);
  return { done, pending, outcomes: mergeOutcomes(parts.map((p) => p.outcomes)), ...widest(parts) };
}

/** A worker's last progress taken as its (partial) answer, when Stop ended it before it could answer. */
export function progressAsResult(p: SearchProgress): SearchResult {
  const schedules = p.outcomes.reduce<number | string>((n, o) => add(n, o.count), 0);
  return { outcomes: p.outcomes, complete: false, states: p.done, schedules, cyclic: false, ...(p.pct ? { pct: p.pct } : {}) };
}
