// The Scaling lab's sweeps of this visit, newest first: what each measured, its best speed and the false-sharing ratio.
import { SYNC_LABELS } from '../../core/counter/syncModes.ts';
import { QUEUE_LABELS } from '../../core/queue/queueKinds.ts';
import type { Recorded } from '../../state/historySlice.ts';
import { formatCount, formatRate } from '../common/format.ts';
import { ENGINE_COLUMN, RunHistory, type HistoryColumn } from '../common/RunHistory.tsx';
import { formatRatio } from './sweepView.ts';

const sweepWords = (r: Recorded<'scaling'>): string =>
  [...r.params.modes.map((m) => SYNC_LABELS[m]), ...r.params.queues.map((q) => QUEUE_LABELS[q]), ...(r.params.sharing ? ['false sharing'] : [])].join(', ');

export const SCALING_HISTORY: readonly HistoryColumn<Recorded<'scaling'>>[] = [
  { head: 'Sweep', words: true, cell: sweepWords },
  ENGINE_COLUMN,
  { head: 'Up to workers', cell: (r) => (r.params.upto === 0 ? 'auto' : r.params.upto) },
  { head: 'Time per point', cell: (r) => `${formatCount(r.params.ms)} ms` },
  { head: 'Points', cell: (r) => `${r.measured} / ${r.planned}${r.status === 'stopped' ? ' (stopped)' : ''}` },
  { head: 'Best', cell: (r) => formatRate(r.best) },
  { head: 'Padded ÷ adjacent', cell: (r) => (r.sharing === null ? '—' : formatRatio(r.sharing)) },
];

export function YourRuns() {
  return <RunHistory lab="scaling" columns={SCALING_HISTORY} />;
}
