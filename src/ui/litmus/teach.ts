// The Litmus lab's words: the pickers' labels and summaries, and what to notice for each test and access.
import type { LitmusAccess, LitmusPlacement, LitmusTestId } from '../../core/litmus/index.ts';

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

/** What to look for in the table, for the test and access shown. */
export function noticeText(test: LitmusTestId, access: LitmusAccess): string {
  if (access === 'atomics') {
    return test === 'sb'
      ? 'With Atomics the forbidden row stays at 0, however many iterations you run: each Atomics.store waits until the store is visible before the load after it runs.'
      : 'With Atomics the flag really publishes the message: r0=1 r1=0 never appears.';
  }
  return test === 'sb'
    ? 'On x86 and ARM machines plain store buffering usually shows r0=0 r1=0 now and then: both threads read before either store left its store buffer. How often depends on the CPU and on what else the machine is doing; it may be rare, or absent, on yours.'
    : 'On x86 the forbidden row usually stays at 0 even with plain accesses: x86 keeps stores in order and loads in order. ARM phones and Apple Silicon laptops may show it. The memory model still allows it, so a program must not rely on its absence.';
}

export const TRY_THIS: Record<LitmusAccess, string> = {
  plain: 'Switch to Atomics and run again: the forbidden count should drop to exactly 0. Then try Packed placement or some jitter and see how the counts move.',
  atomics: 'Switch to plain accesses and run again: store buffering usually shows its forbidden outcome within a million iterations.',
};
