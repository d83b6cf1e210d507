// The Counter lab's runs of this visit, newest first, to compare modes side by side.
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import type { Recorded } from '../../state/historySlice.ts';
import { formatCount, formatRate } from '../common/format.ts';
import { ENGINE_COLUMN, RunHistory, type HistoryColumn } from '../common/RunHistory.tsx';

export const COUNTER_HISTORY: readonly HistoryColumn<Recorded<'counter'>>[] = [
  { head: 'Mode', words: true, cell: (r) => SYNC_LABELS[r.params.sync] },
  ENGINE_COLUMN,
  { head: 'Workers', cell: (r) => r.params.workers },
  { head: 'Iterations', cell: (r) => formatCount(r.params.iters) },
  { head: 'Window', cell: (r) => r.params.window },
  {
    head: 'Exact trials',
    cell: (r) => `${r.exact} / ${r.trials}${r.status === 'stopped' ? ' (stopped)' : ''}`,
    tone: (r) => (r.exact === r.trials ? 'ok' : 'bad'),
  },
  { head: 'Lost', cell: (r) => formatCount(r.lost) },
  { head: 'Throughput', cell: (r) => formatRate(r.throughput) },
];

export function YourRuns() {
  return <RunHistory lab="counter" columns={COUNTER_HISTORY} />;
}
