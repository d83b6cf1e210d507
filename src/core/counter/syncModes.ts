// The synchronisation ladder of the Counter lab, from no protection to no sharing at all.

export const SYNC_MODES = ['none', 'flag', 'split', 'mutex', 'spin', 'atomic', 'local'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

/** Modes that must give the exact total in every run; the others exist to show a race. */
export const EXACT_MODES: ReadonlySet<SyncMode> = new Set<SyncMode>(['mutex', 'spin', 'atomic', 'local']);

export const SYNC_LABELS: Record<SyncMode, string> = {
  none: 'No lock',
  flag: 'Home-made flag',
  split: 'Lock read, lock write',
  mutex: 'Mutex',
  spin: 'Spinlock',
  atomic: 'Atomics.add',
  local: 'Count locally',
};

export const SYNC_SUMMARIES: Record<SyncMode, string> = {
  none: 'Read, add, write: three steps. Nothing stops two workers from interleaving them.',
  flag: 'A home-made busy flag: check that it is clear, then set it. Two steps, so two workers can both get in.',
  split: 'The read is locked and the write is locked, but not the whole update.',
  mutex: 'One lock around read, add and write; a waiting worker sleeps.',
  spin: 'One lock around the update; a waiting worker spins with compare-exchange.',
  atomic: 'One indivisible read-modify-write instruction.',
  local: 'Each worker counts privately and adds its total once at the end.',
};

/** What the mode counts while waiting, if anything. */
export function contentionMetric(mode: SyncMode): 'waits' | 'retries' | null {
  if (mode === 'mutex' || mode === 'split') return 'waits';
  if (mode === 'spin') return 'retries';
  return null;
}
