// Test helper: plays the main thread's part of slow motion, granting step permits by a seeded schedule.
import { Phase, WorkerSlot, workerBase } from '../core/counter/counterLayout.ts';
import type { Random } from '../core/shared/random.ts';
import { nextTurn } from './counterTrials.ts';

/** Gives worker `index` one more permit and wakes it if it sleeps on its permit word. */
export function grant(m: Int32Array, index: number): void {
  const at = workerBase(index) + WorkerSlot.tokens;
  Atomics.add(m, at, 1);
  Atomics.notify(m, at);
}

export interface GrantOptions {
  readonly workers: number;
  readonly rand: Random;
  /** Stop granting once this returns true (checked between event-loop turns). */
  readonly until: () => boolean;
  /** Stop granting after this many permits in all, even if `until` is still false. */
  readonly maxGrants?: number;
}

/**
 * Each turn, every unfinished worker with no permit left gets one with probability 1/2, so the
 * workers' steps interleave differently for every seed. Returns the permits granted.
 */
export async function grantUntil(m: Int32Array, opts: GrantOptions): Promise<number> {
  let granted = 0;
  const max = opts.maxGrants ?? Infinity;
  while (!opts.until() && granted < max) {
    for (let i = 0; i < opts.workers && granted < max; i++) {
      const base = workerBase(i);
      if (Atomics.load(m, base + WorkerSlot.phase) === Phase.done) continue;
      if (Atomics.load(m, base + WorkerSlot.tokens) > 0 || opts.rand() < 0.5) continue;
      grant(m, i);
      granted++;
    }
    await nextTurn();
  }
  return granted;
}
