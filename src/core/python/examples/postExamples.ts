// The post's two programs as it printed them, then the versions that explore and the fix.
import { finished, type ExampleText } from './types.ts';

const produced = Array.from({ length: 10 }, (_, i) => `Produced: ${i}`);
const sharedValues = [-2, -1, 0, 1, 2].map((v) => `Shared value: ${v}`);
const allConsumed = [...produced, `Consumed: [${Array.from({ length: 10 }, (_, i) => i).join(', ')}]`].join('\n');

export const POST_EXAMPLES: readonly ExampleText[] = [
  {
    id: 'post-counter',
    title: 'The post’s counter: a Value and its lock',
    notice:
      'Each update runs inside `with shared_value.get_lock():`, so the read, the add and the write happen while the other process waits. A million +1s and a million −1s always meet at 0.',
    tryThis:
      'Two million locked updates are too many schedules to explore: Run one, or Sample a few. To see every schedule, open “The post’s counter, small enough to explore”.',
    expect: 'It always prints Shared value: 0.',
  },
  {
    id: 'post-queue',
    title: 'The post’s queue: the consumer that quits early',
    notice:
      'The consumer asks `shared_queue.empty()` and only then calls `get()`. The producer puts one item and then waits a second, so by the consumer’s second look the queue is empty and it stops, while nine items are still to come. Checking and then acting is two steps, and the world changes between them.',
    tryThis:
      'Explore all: there are three endings, with no item consumed (the consumer looked before the first put) or with item 0 consumed before or after “Produced: 0” is printed. Then open the fix, which waits with `get()` for an end marker.',
    expect: 'Every schedule prints Produced: 0 to 9 and consumes at most one item.',
    outcomes: {
      every: finished(
        produced.join('\n'),
        ['Consumed: 0', ...produced].join('\n'),
        [produced[0], 'Consumed: 0', ...produced.slice(1)].join('\n'),
      ),
    },
  },
  {
    id: 'counter-small',
    title: 'The post’s counter, small enough to explore',
    notice:
      'The post’s program with two updates per process instead of a million, so Explore all can try every interleaving. Every one of them ends at 0: the lock leaves no gap between a read and its write.',
    tryThis:
      'Delete the two `with shared_value.get_lock():` lines (and unindent the line under each), then Explore all again: that is “The post’s counter without its lock”.',
    expect: 'Every schedule prints Shared value: 0.',
    outcomes: { every: finished('Shared value: 0'), gil: finished('Shared value: 0') },
  },
  {
    id: 'counter-nolock',
    title: 'The post’s counter without its lock',
    notice:
      'The small counter with its two `with shared_value.get_lock():` lines taken out. `shared_value.value += 1` reads the value (the getter takes the lock and lets it go), adds, then writes (the setter takes the lock again). A write from the other process can fall between the two, and is then overwritten: a lost update. Each `Value` has a lock, but the lock guards each half, not the whole.',
    tryThis: 'Step the incrementing process to just after its read, let the decrementing one run to its end, then finish the first: the −1s are gone.',
    expect: 'The final value is anything from −2 to 2, not only 0.',
    outcomes: { every: finished(...sharedValues), gil: finished(...sharedValues) },
  },
  {
    id: 'queue-sentinel',
    title: 'The queue, fixed: wait for an end marker',
    notice:
      'The post’s program with its consumer fixed. The consumer no longer asks whether the queue is empty: it calls `get()`, which waits for an item however long the producer takes, and stops only at the `None` the producer puts last. It collects what it takes and the list is printed once both threads are done, so its prints and the producer’s cannot interleave into many endings. Every item is consumed in every schedule.',
    tryThis: 'Make the producer wait 3 seconds instead of 1: time in the lab is virtual, so it still ends at once, with the same list.',
    expect: 'Every schedule prints Produced: 0 to 9, then Consumed: [0, 1, …, 9].',
    outcomes: { every: finished(allConsumed), gil: finished(allConsumed) },
  },
];
