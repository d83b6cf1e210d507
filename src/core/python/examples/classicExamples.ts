// The classics a teacher expects, each small enough to explore: rendezvous, multiplex, barrier,
// bounded buffer, readers–writers, dining philosophers, lock order and the sleeping barber.
import { finished, type ExampleText } from './types.ts';

export const CLASSIC_EXAMPLES: readonly ExampleText[] = [
  {
    id: 'rendezvous',
    title: 'Rendezvous: two semaphores',
    notice:
      'Each thread signals that it has arrived, then waits for the other’s signal. Whatever the schedule, both first steps (a1, b1) come before both second steps (a2, b2).',
    tryThis: 'Swap the two lines in `a()` so that it waits before it signals, and in `b()` too: Explore all finds a deadlock.',
    expect: 'Four orders, each with a1 and b1 before a2 and b2.',
    outcomes: { every: finished('a1 b1 a2 b2', 'a1 b1 b2 a2', 'b1 a1 a2 b2', 'b1 a1 b2 a2') },
  },
  {
    id: 'multiplex',
    title: 'Multiplex: a semaphore lets two in',
    notice:
      '`Semaphore(2)` is a lock with two keys: a third thread waits at `with room:` until one leaves. The count inside is kept under its own lock, so it is exact.',
    tryThis: 'Change `Semaphore(2)` to `Semaphore(3)`: now some schedules have all three inside.',
    expect: 'At most 2 inside at once (1 when the threads happen to take turns).',
    outcomes: { every: finished('most inside at once: 1', 'most inside at once: 2') },
  },
  {
    id: 'barrier',
    title: 'Barrier: nobody goes on until all arrive',
    notice: 'Each thread records phase 1, waits at the barrier, then records phase 2. No 2 can come before the last 1.',
    tryThis: 'Delete `barrier.wait()`: phases mix, as in [1, 2, 1, 1, 2, 2].',
    expect: 'Every schedule prints [1, 1, 1, 2, 2, 2].',
    outcomes: { every: finished('[1, 1, 1, 2, 2, 2]') },
  },
  {
    id: 'bounded-buffer',
    title: 'Bounded buffer with a condition',
    notice:
      'A full buffer makes the producer wait and an empty one makes a consumer wait, both on one `Condition`. Each checks again in a `while` after waking, because another thread may have got there first.',
    tryThis:
      'Change the consumer’s `while not buffer:` to `if not buffer:`: a consumer woken after the other one took the item pops an empty list, its thread ends with an IndexError, and an item is left behind.',
    expect: 'Every schedule prints [0, 1].',
    outcomes: { every: finished('[0, 1]') },
  },
  {
    id: 'readers-writers',
    title: 'Readers and a writer',
    notice:
      'The first reader in locks the room and the last one out unlocks it, so readers share the room while the writer has it alone. No reader sees a half-written pair such as (1, 0).',
    tryThis: 'Reduce `reader()` to its `seen.append(...)` line, so readers no longer keep the writer out: Explore all finds a reader seeing (1, 0).',
    expect: 'Readers see (0, 0) or (1, 1), never a mix.',
    outcomes: { every: finished('[(0, 0), (0, 0)]', '[(0, 0), (1, 1)]', '[(1, 1), (1, 1)]') },
  },
  {
    id: 'dining-philosophers',
    title: 'Dining philosophers',
    notice:
      'Each philosopher takes the left fork, then the right. If all three take their left fork at once, each waits for a fork its neighbour holds: a circle of waiting, drawn as the wait-for graph.',
    tryThis: 'Make the last philosopher take the right fork first (swap `left` and `right` when `i == N - 1`): the circle cannot close and the deadlock is gone.',
    expect: 'Either everyone eats ([0, 1, 2]) or the three deadlock.',
    outcomes: { every: [...finished('[0, 1, 2]'), { stdout: '', end: 'deadlock' }] },
  },
  {
    id: 'lock-order',
    title: 'Two locks in opposite orders',
    notice: '`one` takes a then b; `two` takes b then a. If each gets its first lock before the other gets its second, both wait forever.',
    tryThis: 'Make `two` take a first, as `one` does: one order for every thread, and no deadlock.',
    expect: 'One of the two finishes first, or the two deadlock.',
    outcomes: {
      every: [...finished('one has both\ntwo has both', 'two has both\none has both'), { stdout: '', end: 'deadlock' }],
    },
  },
  {
    id: 'sleeping-barber',
    title: 'The sleeping barber',
    notice:
      'The barber sleeps on a semaphore until a customer arrives; customers who find every chair taken leave. The waiting count is only read and changed under the mutex, so no customer is lost or served twice.',
    tryThis: 'Set `CHAIRS = 2`: every customer finds a chair and both are served.',
    expect: 'Two customers: 1 or 2 served and the other turned away; never a deadlock.',
    outcomes: { every: finished('1 served, 1 turned away', '2 served, 0 turned away') },
  },
];
