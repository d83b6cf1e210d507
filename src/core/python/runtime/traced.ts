// One move with its footprint, for partial-order reduction: the move runs on a copy of the state
// while the tracer notes what each instruction touches; touched objects are named by their ids,
// given to every object of the state before it is copied, so every later copy of that state (a
// sibling branch, a descendant) names the same object the same way.
// Concurrency contract: single-threaded; the given machine is only read (ids may be assigned).
import { objectId, PyObject } from '../values/types.ts';
import { deepCopy } from './clone.ts';
import { Touches, touchNext, type Footprint } from './footprint.ts';
import { Life, type Machine } from './machine.ts';
import { step } from './scheduler.ts';

export interface TracedMove {
  readonly next: Machine;
  readonly footprint: Footprint;
}

/** Names the tracer's objects by their ids, which the copy shares with the state the move started from. */
function resolve(touches: Touches): Footprint {
  const name = (on: object | string): string => {
    if (typeof on === 'string') return on;
    if (on instanceof PyObject) return `o${objectId(on)}`;
    // Not a Python object (cannot happen for the places footprint.ts names): conflict with all of it.
    return 'heap';
  };
  return {
    all: touches.all,
    readAll: touches.readAll,
    touches: touches.list.map((t) => ({ on: name(t.on), key: t.key, write: t.write })),
  };
}

/** Gives an object its id before it is copied, so the original and every copy share it. */
function named(o: object): boolean {
  if (o instanceof PyObject) objectId(o);
  return false;
}

/**
 * Thread `t`'s move from `m`, on a copy, with what it touched. A thread's first and last moves write
 * its life (start and join touch it too), so a thread runs after its start and a join after the
 * thread's end; a move that waits with a deadline or makes the clock jump touches everything,
 * since the clock is every thread's.
 */
export function tracedStep(m: Machine, t: number): TracedMove {
  const next = deepCopy(m, new Map(), named);
  const touches = new Touches();
  const rec = next.threads[t]!;
  const timed = rec.wait?.deadline !== null && rec.wait?.deadline !== undefined;
  const now = next.now;
  const first = !next.moves.includes(t);
  step(next, t, (mm, r) => touchNext(mm, r, touches));
  // A thread's first move follows its start, its last one precedes every join of it.
  if (first || rec.life !== Life.live) touches.write(`life${t}`);
  if (timed || next.now !== now || (rec.wait?.deadline !== null && rec.wait?.deadline !== undefined)) touches.all = true;
  return { next, footprint: resolve(touches) };
}
