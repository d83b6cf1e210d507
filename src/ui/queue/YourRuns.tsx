// The Queue lab's runs of this visit, newest first: which queue and shutdown, and what arrived.
import { QUEUE_LABELS, SHUTDOWN_LABELS } from '../../core/queue/queueKinds.ts';
import type { Recorded } from '../../state/historySlice.ts';
import { formatCompact, formatCount } from '../common/format.ts';
import { ENGINE_COLUMN, RunHistory, TwoLines, type HistoryColumn } from '../common/RunHistory.tsx';

type Row = Recorded<'queue'>;

/** Zero is the good news for lost, duplicated and left. */
const zeroIsGood = (n: number): 'ok' | 'bad' => (n === 0 ? 'ok' : 'bad');

export const QUEUE_HISTORY: readonly HistoryColumn<Row>[] = [
  // The shutdown goes under the queue's name, as the two are picked together: the table fits a laptop's width.
  {
    head: <TwoLines main="Queue" sub="shutdown" />,
    words: true,
    cell: (r) => <TwoLines main={QUEUE_LABELS[r.params.queue]} sub={SHUTDOWN_LABELS[r.params.shutdown]} />,
  },
  ENGINE_COLUMN,
  { head: 'Producers + consumers', cell: (r) => `${r.params.producers} + ${r.params.consumers}` },
  { head: 'Capacity', cell: (r) => formatCount(r.params.capacity) },
  { head: 'Items each', cell: (r) => formatCount(r.params.items) },
  { head: 'Delays (put / get)', cell: (r) => `${r.params.produceMs} / ${r.params.consumeMs} ms` },
  { head: 'Ended', words: true, cell: (r) => r.status, tone: (r) => (r.status === 'deadlocked' || r.status === 'failed' ? 'bad' : null) },
  { head: 'Produced', cell: (r) => formatCount(r.produced) },
  { head: 'Consumed', cell: (r) => formatCount(r.consumed) },
  { head: 'Lost', cell: (r) => formatCount(r.lost), tone: (r) => zeroIsGood(r.lost) },
  { head: 'Duplicated', cell: (r) => formatCount(r.duplicated), tone: (r) => zeroIsGood(r.duplicated) },
  { head: 'Left', cell: (r) => formatCount(r.left), tone: (r) => zeroIsGood(r.left) },
  { head: 'Items/s', cell: (r) => formatCompact(r.throughput) },
];

export function YourRuns() {
  return <RunHistory lab="queue" columns={QUEUE_HISTORY} />;
}
