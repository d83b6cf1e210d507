// Step mode's verdict in a headline and a sentence: lost update, two threads in the critical
// section, items left behind, deadlock, or a correct finish.
import type { Verdict } from '../../core/explore/outcome.ts';

export type VerdictKind = 'lost-update' | 'violation' | 'deadlock' | 'item-lost' | 'correct';

export interface VerdictView {
  readonly kind: VerdictKind;
  readonly bad: boolean;
  readonly title: string;
  readonly text: string;
}

const TITLES: Record<VerdictKind, string> = {
  'lost-update': 'Lost update',
  violation: 'Two threads in the critical section',
  deadlock: 'Deadlock',
  'item-lost': 'Item lost',
  correct: 'Finished correctly',
};

function view(kind: VerdictKind, text: string): VerdictView {
  return { kind, bad: kind !== 'correct', title: TITLES[kind], text };
}

/** Null while nothing has gone wrong and the run is not over. */
export function verdictView(v: Verdict): VerdictView | null {
  const o = v.outcome;
  if (o) {
    switch (o.kind) {
      case 'violation': return view('violation', o.why);
      case 'deadlock': return view('deadlock', o.why);
      case 'item-lost': return view('item-lost', o.why);
      case 'all-consumed': return view('correct', o.why);
      case 'value': return view(o.bad ? 'lost-update' : 'correct', o.why);
    }
  }
  return v.bad ? view('lost-update', v.why) : null;
}
