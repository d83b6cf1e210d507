// What to notice and what to try next: one pair per queue kind and one per shutdown policy.
import type { QueueKind, ShutdownPolicy } from '../../core/queue/queueKinds.ts';

export interface Teach {
  readonly notice: string;
  readonly tryNext: string;
}

export const KIND_TEACH: Record<QueueKind, Teach> = {
  unsafe: {
    notice:
      'Each put reads the tail, writes the slot, then moves the tail: three steps. Two producers that read the same tail write the same slot, and one item vanishes; two consumers that read the same head take the same item twice.',
    tryNext:
      'Run it with 1 producer and 1 consumer: the same code is then exact, because each index has one writer. Then go back to 2 and 2 and compare the lost and duplicated counts over a few runs.',
  },
  locked: {
    notice:
      'Only one worker at a time is inside put or get, so nothing is lost or duplicated. When the queue is full, producers sleep on “not full” instead of spinning; the blocked counts show how often each side waited.',
    tryNext:
      'Set the capacity to 1 and watch producers and consumers take turns; then raise it to 1024 and compare throughput. Add a consume delay to see producers pile up, blocked on full.',
  },
  spsc: {
    notice:
      'No lock at all: the producer writes only the tail and the consumer only the head, and each publishes its index after touching the slot. That is enough for exactly one of each, and it is the fastest kind here.',
    tryNext:
      'Compare its throughput with the lock-based queue at 1 producer and 1 consumer. Then pick the unsafe ring, which is this very code, and give it 2 producers.',
  },
  mpmc: {
    notice:
      'Producers race for a position with one compare-exchange; the winner owns that slot until it publishes the item by moving the slot’s sequence number on. Losers simply try the next position: nobody sleeps while holding anything.',
    tryNext:
      'Run 4 producers and 4 consumers and compare its throughput with the lock-based queue. Shrink the capacity to 2 to see how often both sides have to wait.',
  },
  message: {
    notice:
      'Items never touch shared memory: each one is copied into a message of its own. Consumers send acknowledgements back (several items per acknowledgement at full speed) so that a producer never has more than the capacity in flight. Exactly once comes for free, but every item costs a copy and a trip through the event loop.',
    tryNext:
      'Compare its throughput with the lock-free SPSC queue at 1 producer and 1 consumer. Then add a consume delay of 1 ms: every item is then acknowledged as it is taken, and a producer that runs out of room waits for each one, as on a full ring.',
  },
};

export const SHUTDOWN_TEACH: Record<ShutdownPolicy, Teach> = {
  'empty-check': {
    notice:
      'A consumer that finds the queue empty cannot tell “empty for now” from “finished”. When producers are slower than consumers, the queue is empty most of the time, so consumers leave early and items stay behind. With two or more consumers there is a second hazard: both see one last item, one takes it, and the other waits in get() for ever.',
    tryNext:
      'Set 1 producer, 1 consumer, 10 items, a produce delay of 20 ms and a consume delay of 5 ms (the seed’s queue): most items are left behind. Then switch to Poison pill or Close the queue and run it again.',
  },
  sentinel: {
    notice:
      'The last producer to finish puts one pill per consumer, after every real item, so a consumer that takes its pill knows nothing more is coming for it. The count of pills must match the consumers exactly.',
    tryNext:
      'Try the seed’s slow producer (produce delay 20 ms) with 3 consumers: every consumer waits in get() and then stops on its own pill. Compare with Stop when empty.',
  },
  close: {
    notice:
      'The last producer marks the queue closed. A consumer stops only when the queue is both closed and empty, so it always drains what is left first, whatever the number of consumers.',
    tryNext:
      'Use a slow consumer (consume delay 20 ms) and a large capacity: producers finish and close early, and consumers keep draining until the queue is empty.',
  },
};
