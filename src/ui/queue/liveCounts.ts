// The counts the Queue live view shows as numbers: produced, consumed and in the queue, kept consistent.
// Workers publish their counts once per chunk at full speed (and exactly whenever they wait), so two
// counts read at one moment may lag by different amounts. For the safe kinds every item put is either
// taken or still in the ring, so each published count and the ring's occupancy give a lower bound of
// the others; the view shows the best of these bounds, never going back, and in-queue as their
// difference: produced − consumed = in queue on screen at every moment.
import type { QueueKind } from '../../core/queue/queueKinds.ts';

export interface LiveCounts {
  readonly produced: number;
  readonly consumed: number;
  readonly inQueue: number;
}

export const NO_COUNTS: LiveCounts = { produced: 0, consumed: 0, inQueue: 0 };

export interface CountReading {
  /** Sum of the producers' published counts (items, pills excluded). */
  readonly produced: number;
  /** Sum of the consumers' published counts. */
  readonly consumed: number;
  /** Items in the ring now, pills excluded (unused for `message`). */
  readonly ringItems: number;
}

/** Counts to show after `prev`, from one reading of shared memory. */
export function reconcileCounts(kind: QueueKind, prev: LiveCounts, r: CountReading): LiveCounts {
  if (kind === 'message') {
    return { produced: r.produced, consumed: r.consumed, inQueue: Math.max(0, r.produced - r.consumed) };
  }
  // The racing ring loses and duplicates items: its counts do not add up, and the view says so as they are.
  if (kind === 'unsafe') return { produced: r.produced, consumed: r.consumed, inQueue: r.ringItems };
  const consumed = Math.max(prev.consumed, r.consumed, r.produced - r.ringItems);
  const produced = Math.max(prev.produced, r.produced, consumed + r.ringItems);
  return { produced, consumed, inQueue: produced - consumed };
}
