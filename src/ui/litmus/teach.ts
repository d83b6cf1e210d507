// The Litmus lab's words: the pickers' labels and summaries, and what to notice for each test and access.
import type { LitmusAccess, LitmusPlacement, LitmusTestId } from '../../core/litmus/index.ts';
import { formatCount, formatPct } from '../common/format.ts';

export const TEST_LABELS: Record<LitmusTestId, string> = { sb: 'Store buffering', mp: 'Message passing' };
export const TEST_SUMMARIES: Record<LitmusTestId, string> = {
  sb: 'Each thread raises its own flag, then reads the other’s. Can both read 0?',
  mp: 'One thread writes a message, then a flag; the other reads the flag, then the message.',
};

export const ACCESS_LABELS: Record<LitmusAccess, string> = { plain: 'Plain accesses', atomics: 'Atomics' };
export const ACCESS_SUMMARIES: Record<LitmusAccess, string> = {
  plain: 'm[x] = 1 and m[y]: a data race, so the memory model allows every outcome.',
  atomics: 'Atomics.store and Atomics.load: sequentially consistent, no race.',
};

export const PLACEMENT_LABELS: Record<LitmusPlacement, string> = { lines: 'Separate lines', packed: 'Packed' };

/** What the last run of the same test and access showed on this machine, if there was one. */
export interface Seen {
  readonly relaxed: number;
  readonly counted: number;
}

/** What to look for in the table, for the test and access shown; `seen` makes it say what this machine did. */
export function noticeText(test: LitmusTestId, access: LitmusAccess, seen: Seen | null = null): string {
  if (access === 'atomics') {
    return test === 'sb'
      ? 'With Atomics the forbidden row stays at 0, however many iterations you run: each Atomics.store waits until the store is visible before the load after it runs.'
      : 'With Atomics the flag really publishes the message: r0=1 r1=0 never appears.';
  }
  if (test === 'sb') {
    const why = 'On x86 and ARM machines plain store buffering shows r0=0 r1=0: both threads read before either store left its store buffer.';
    if (!seen || seen.counted === 0) return `${why} How often depends on the CPU and on what else the machine is doing: run it and the table says how often on yours.`;
    const share = (100 * seen.relaxed) / seen.counted;
    if (seen.relaxed === 0) return `${why} On this machine the last run never showed it: a busy machine rarely lets both threads race at once. Run it again, or with more iterations.`;
    const often = share >= 20 ? 'far from rare' : share >= 1 ? 'common' : 'rare but real';
    return `${why} On this machine it is ${often}: ${formatPct(share)} of the last run’s ${formatCount(seen.counted)} iterations.`;
  }
  return 'On x86 the forbidden row usually stays at 0 even with plain accesses: x86 keeps stores in order and loads in order. ARM phones and Apple Silicon laptops may show it. The memory model still allows it, so a program must not rely on its absence.';
}

export const TRY_THIS: Record<LitmusAccess, string> = {
  plain: 'Switch to Atomics and run again: the forbidden count should drop to exactly 0. Then try Packed placement or some jitter and see how the counts move.',
  atomics: 'Switch to plain accesses and run again: store buffering usually shows its forbidden outcome within a million iterations.',
};
