// Keeps what matters on the screen where it would fall below the fold (the results come after the
// editor and the threads, on a laptop screen as in presentation mode or on a phone): when Run's
// schedule reaches its end, what it printed and how it ended; when Explore all or Sample ends, the
// outcomes. It scrolls as little as that takes, and not at all when they already show.
import { useEffect } from 'react';
import { useStore } from '../../state/store.ts';
import { afterPaint, reveal } from '../shell/revealRun.ts';

function revealFirst(top: string, bottom: string): void {
  const t = document.querySelector(top);
  if (t) reveal(t, document.querySelector(bottom) ?? t);
}

export function useRevealResults(): void {
  const run = useStore((s) => s.pyRun?.status);
  const search = useStore((s) => s.pySearch?.status);
  useEffect(() => {
    if (run === 'done') afterPaint(() => revealFirst('.python-lab .py-output', '.python-lab .py-ended'));
  }, [run]);
  useEffect(() => {
    if (search === 'done' || search === 'stopped') afterPaint(() => revealFirst('.python-lab .py-outcomes', '.python-lab .py-outcome'));
  }, [search]);
}
