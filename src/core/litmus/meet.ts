// Two-party meeting points for a litmus run: a strict one per batch, a patient-but-not-forever one per race.
// Concurrency contract: exactly two threads (roles 0 and 1), each writing only its own meeting line.
//
// Each role publishes how many meeting points it has passed and waits until the other has passed as
// many. Unlike a sense-reversing barrier, where the last to arrive leaves at once and the other only
// after the flip has crossed to its core, here both leave once one cache-line transfer has happened,
// which keeps the two roles' start times close: that closeness is what lets relaxed outcomes show.
import { Control, honourControl } from '../shared/memory.ts';

/** Offsets inside a role's meeting line. */
export const MeetSlot = {
  /** Meeting points passed by this role. */
  count: 0,
} as const;

/** Spins before a strict meeting naps: covers a partner that is running, yields the core to one that is not. */
const MEET_SPINS = 1 << 14;
/** Naps grow from the first to the last: quick to notice a partner that was briefly off its core, cheap while one is paused. */
const FIRST_NAP_MS = 0.05;
/** Also bounds how long Stop takes to reach a napping role. */
const LAST_NAP_MS = 20;
/** Spins a race start waits for a partner: far longer than a running partner needs to arrive. */
const PACE_SPINS = 1 << 17;

/**
 * Strict: arrives at point `n` (points are numbered 1, 2, 3… by both roles alike) and returns once the
 * other role has passed it too. Returns false, without waiting further, when the control word says stop;
 * while it says pause, waits on the control word.
 *
 * A waiting role naps with a timeout instead of being woken by its partner's notify: on a busy 2-core
 * machine, runs woken by notify far more often ended with the two roles taking turns on one core, all
 * their races run alone (a wake-up tends to pull the sleeper onto the waker's core); with timed naps
 * the scheduler keeps them apart more often.
 */
export function meet(m: Int32Array, mine: number, theirs: number, n: number, control: number): boolean {
  Atomics.store(m, mine + MeetSlot.count, n);
  let spins = 0;
  let nap = FIRST_NAP_MS;
  for (let seen = Atomics.load(m, theirs + MeetSlot.count); seen < n; seen = Atomics.load(m, theirs + MeetSlot.count)) {
    if (++spins < MEET_SPINS) continue;
    spins = 0;
    const c = Atomics.load(m, control);
    if (c === Control.stop) return false;
    if (c === Control.pause) {
      // The partner is pausing too (it looks at the control word between batches): sleep where the
      // main thread's resume wakes us, rather than nap on a count that will not move.
      if (!honourControl(m, control)) return false;
      nap = FIRST_NAP_MS;
      continue;
    }
    // Nobody notifies this word: the wait always ends by its timeout, or at once if the count moved.
    Atomics.wait(m, theirs + MeetSlot.count, seen, nap);
    nap = Math.min(LAST_NAP_MS, nap * 2);
  }
  return true;
}

/** What `pace` found, besides a lost partner's count (0 or more). */
export const Pace = {
  /** Both roles left this point together: the race is close. */
  together: -1,
  /** The partner had already passed this point: this role races alone, and catches up. */
  behind: -2,
} as const;

/**
 * Lenient: arrives at point `n` and waits a while for the other role to pass it, so that both start the
 * race together. When the partner does not come (its thread is descheduled on a busy machine), this
 * role goes on alone instead of sleeping once per race: those races are simply not close, and cost
 * nothing. `lost` is the partner's count when it was last given up on, or -1. Returns Pace.together,
 * Pace.behind, or the partner's count when giving up on it (the next call's `lost`). While that count
 * stands still the partner is not waited for again; once it moves, the partner is running again and
 * is waited for, so the pair falls back into step within the batch.
 */
export function pace(m: Int32Array, mine: number, theirs: number, n: number, lost: number): number {
  Atomics.store(m, mine + MeetSlot.count, n);
  let seen = Atomics.load(m, theirs + MeetSlot.count);
  if (seen === lost) return lost;
  // Exactly n: the partner is spinning at this point and leaves as soon as it sees our store.
  if (seen > n) return Pace.behind;
  for (let spins = 0; seen < n; spins++) {
    if (spins === PACE_SPINS) return seen;
    seen = Atomics.load(m, theirs + MeetSlot.count);
  }
  return Pace.together;
}
