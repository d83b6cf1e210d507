// The Litmus lab's runs of this visit, newest first: which test and access, and how often the forbidden outcome showed.
import type { Recorded } from '../../state/historySlice.ts';
import { formatCount, formatPct } from '../common/format.ts';
import { RunHistory, type HistoryColumn } from '../common/RunHistory.tsx';
import { ACCESS_LABELS, PLACEMENT_LABELS, TEST_LABELS } from './teach.ts';

export const LITMUS_HISTORY: readonly HistoryColumn<Recorded<'litmus'>>[] = [
  { head: 'Test', words: true, cell: (r) => TEST_LABELS[r.params.test] },
  { head: 'Access', words: true, cell: (r) => ACCESS_LABELS[r.params.access] },
  { head: 'Placement', words: true, cell: (r) => PLACEMENT_LABELS[r.params.placement] },
  { head: 'Iterations counted', cell: (r) => formatCount(r.counted) },
  { head: 'Forbidden outcome', cell: (r) => formatCount(r.forbidden), tone: (r) => (r.forbidden === 0 ? 'ok' : 'bad') },
  { head: 'Share', cell: (r) => (r.forbiddenShare === null ? '—' : formatPct(100 * r.forbiddenShare)) },
  { head: 'Ended', words: true, cell: (r) => r.status, tone: (r) => (r.status === 'failed' ? 'bad' : null) },
];

export function YourRuns() {
  return <RunHistory lab="litmus" columns={LITMUS_HISTORY} />;
}
