// How Sample's bars and table rows are named and ordered: by what tells the outcomes apart. When
// every outcome prints "Shared value: …", the bars say only what follows it, and numbers go in order.
import type { OutcomeTally } from '../../core/python/runtime/types.ts';

/** The most characters a bar's name takes on the axis. */
const LABEL_CHARS = 14;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

export interface OutcomeLabels {
  /** One name per outcome, in the order given. */
  readonly labels: readonly string[];
  /** The words every outcome printed first, left off the names ('' when none). */
  readonly shared: string;
}

function flat(stdout: string): string {
  return stdout.replace(/\s+/g, ' ').trim();
}

/** The longest start every text shares, cut back to a word's end so no name starts mid-word. */
function sharedStart(texts: readonly string[]): string {
  if (texts.length < 2) return '';
  let n = Math.min(...texts.map((t) => t.length));
  for (const t of texts) {
    let i = 0;
    while (i < n && t[i] === texts[0]![i]) i++;
    n = i;
  }
  return texts[0]!.slice(0, texts[0]!.slice(0, n).lastIndexOf(' ') + 1);
}

function shorten(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/** Names for `outcomes` (what each printed past the shared start, shortened, with how it ended). */
export function outcomeLabels(outcomes: readonly OutcomeTally[]): OutcomeLabels {
  const texts = outcomes.map((o) => flat(o.outcome.stdout));
  const shared = sharedStart(texts);
  const labels = outcomes.map((o, i) => {
    const text = texts[i]!;
    const printed = text === '' ? '(nothing)' : shorten(text.slice(shared.length));
    return o.outcome.end === 'finished' ? printed : `${printed} [${o.outcome.end}]`;
  });
  return { labels, shared: shared.trim() };
}

/** Outcomes that differ only by a number, in the number's order; otherwise the most frequent first. */
export function orderOutcomes(outcomes: readonly OutcomeTally[]): readonly OutcomeTally[] {
  const texts = outcomes.map((o) => flat(o.outcome.stdout));
  const shared = sharedStart(texts).length;
  const tails = texts.map((t) => t.slice(shared));
  const byCount = (a: OutcomeTally, b: OutcomeTally) => Number(b.count) - Number(a.count);
  if (outcomes.length < 2 || !tails.every((t) => NUMBER.test(t))) return [...outcomes].sort(byCount);
  const value = new Map(outcomes.map((o, i) => [o, Number(tails[i])]));
  return [...outcomes].sort((a, b) => value.get(a)! - value.get(b)! || byCount(a, b));
}
