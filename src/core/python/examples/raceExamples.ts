// Lost updates: `x += 1` in two threads, the same program with a lock, and with a `Value` for `x`,
// whose `+= 1` races even where `x += 1` does not (under the GIL model).
import { finished, type ExampleText } from './types.ts';

export const RACE_EXAMPLES: readonly ExampleText[] = [
  {
    id: 'lost-update',
    title: 'Lost update: x += 1 in two threads',
    notice:
      '`x += 1` is four instructions: LOAD_GLOBAL x, LOAD_CONST 1, BINARY_OP +=, STORE_GLOBAL x. If the other thread stores between this thread’s load and its store, one of the two increments is lost.',
    tryThis:
      'Switch to the gil model and Explore all again: CPython 3.12 with its GIL only switches threads at calls, function entries and loop jumps, never inside these four instructions, so every schedule prints 4. Free-threaded CPython (the every model) can print 2.',
    expect: 'Under every: 2, 3 or 4. Under gil: always 4.',
    outcomes: { every: finished('2', '3', '4'), gil: finished('4') },
  },
  {
    id: 'lost-update-lock',
    title: 'x += 1 under a lock',
    notice:
      '“Lost update” with a lock around `x += 1`. While one thread is inside `with lock:`, the other blocks at its `with`: the read, the add and the write of one increment are never split. Step it and watch the waiting thread’s button: it runs nothing until the lock is free.',
    tryThis: 'Move the `with lock:` line above the `for` loop: still 4, with longer turns.',
    expect: 'Every schedule prints 4.',
    outcomes: { every: finished('4'), gil: finished('4') },
  },
  {
    id: 'value-race',
    title: 'Value.value += 1 races, even with a GIL',
    notice:
      '“Lost update” with `x` turned into a `multiprocessing.Value`. A `Value` reads through a getter and writes through a setter, and each takes the value’s lock on its own. The getter and the setter are function calls, and CPython may switch threads at a call, so even with the GIL a write from the other thread can land between this thread’s read and its write.',
    tryThis:
      'Explore all under the gil model, then open “Lost update” and do the same: `x += 1` is safe there under the GIL, `counter.value += 1` is not. Wrap the update in `with counter.get_lock():` to fix it under both.',
    expect: 'Under every and under gil: 2, 3 or 4.',
    outcomes: { every: finished('2', '3', '4'), gil: finished('2', '3', '4') },
  },
];
