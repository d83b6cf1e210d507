// Outcomes: what an end state means (final counter value, deadlock, broken mutual exclusion,
// items left behind) and whether it is a bad one for its scenario, in words for the learner.
import { SENTINEL, type Program } from './program.ts';
import { isDeadlocked } from './scheduler.ts';
import { isTerminal, type State } from './state.ts';
import { describeWaits, waitForGraph } from './waitFor.ts';

export type OutcomeKind = 'value' | 'deadlock' | 'violation' | 'item-lost' | 'all-consumed';

export interface Outcome {
  readonly kind: OutcomeKind;
  /**
   * Stable identity, also what the page shows as `data-value`: the final value for counter
   * scenarios, `deadlock`, `violation`, `item-lost-N` (N items left behind) or `all-consumed`.
   */
  readonly key: string;
  /** The final counter value, or the number of items left behind; null otherwise. */
  readonly value: number | null;
  readonly bad: boolean;
  /** Short, e.g. "counter = 3". */
  readonly label: string;
  /** A sentence saying what happened. */
  readonly why: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The outcome of an end state, or null while the run can go on. Broken mutual exclusion is an
 * outcome the moment it happens; a deadlock is one as soon as no thread can make progress.
 */
export function outcome(program: Program, s: State): Outcome | null {
  if (s.violation) {
    const [a, b] = s.violation.map((t) => program.threads[t]!.name);
    return {
      kind: 'violation',
      key: 'violation',
      value: null,
      bad: true,
      label: 'two threads in the critical section',
      why: `${a} and ${b} were inside the critical section at the same time: the lock did not exclude anyone.`,
    };
  }
  if (isDeadlocked(s)) {
    return {
      kind: 'deadlock',
      key: 'deadlock',
      value: null,
      bad: true,
      label: 'deadlock',
      why: `No thread can go on: ${describeWaits(s, waitForGraph(s))}`,
    };
  }
  if (!isTerminal(s)) return null;
  const j = program.judge;
  if (j.kind === 'counter') {
    const name = program.vars[j.v]!.name;
    const value = s.vars[j.v]!;
    return valueOutcome(value, j.expected, `${name} = ${value}`, {
      right: `${name} ends at ${j.expected}, as it should: no update was lost.`,
      wrong: `${name} should end at ${j.expected} but ends at ${value}: ${lostText(j.expected, value)}`,
    });
  }
  if (j.kind === 'sum') {
    const value = j.vars.reduce((sum, v) => sum + s.vars[v]!, 0);
    return valueOutcome(value, j.expected, `${j.name}: ${value}`, {
      right: `${j.name}: all ${j.expected}, and no one is stuck.`,
      wrong: `${j.name}: ${value} of ${j.expected}.`,
    });
  }
  const left = s.queue.filter((x) => x !== SENTINEL).length;
  const q = program.queue?.name ?? 'the queue';
  if (left === 0) {
    return { kind: 'all-consumed', key: 'all-consumed', value: 0, bad: false, label: 'every item consumed', why: `All ${plural(j.items, 'item')} went through ${q}.` };
  }
  return {
    kind: 'item-lost',
    key: `item-lost-${left}`,
    value: left,
    bad: true,
    label: `${plural(left, 'item')} left behind`,
    why: `The consumer stopped with ${plural(left, 'item')} of ${j.items} still in ${q}: it saw the queue empty and gave up before the producer was done.`,
  };
}

/** A final value judged against the one it should be, with a sentence for each case. */
function valueOutcome(value: number, expected: number, label: string, why: { readonly right: string; readonly wrong: string }): Outcome {
  const bad = value !== expected;
  return { kind: 'value', key: String(value), value, bad, label, why: bad ? why.wrong : why.right };
}

function lostText(expected: number, value: number): string {
  const d = Math.abs(expected - value);
  return `${plural(d, 'update')} ${d === 1 ? 'was' : 'were'} overwritten.`;
}

export interface Verdict {
  readonly bad: boolean;
  /** Why the state is bad, or what it is waiting for; empty when there is nothing to say. */
  readonly why: string;
  readonly outcome: Outcome | null;
}

/** For step mode: is the current state bad already, and why. A lost update is reported when it happens. */
export function verdict(s: State): Verdict {
  const o = outcome(s.program, s);
  if (o) return { bad: o.bad, why: o.why, outcome: o };
  if (s.lostUpdates > 0) {
    return { bad: true, why: `${plural(s.lostUpdates, 'update')} lost so far: a write replaced a value its thread never read.`, outcome: null };
  }
  return { bad: false, why: '', outcome: null };
}

const KIND_ORDER: Record<OutcomeKind, number> = { value: 0, 'all-consumed': 1, 'item-lost': 2, violation: 3, deadlock: 4 };

/** Orders outcomes for display: values ascending, then the other kinds. */
export function compareOutcomes(a: Outcome, b: Outcome): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.value ?? 0) - (b.value ?? 0);
}
