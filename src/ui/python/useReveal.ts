// Keeps what matters on the screen where it would fall below the fold: in presentation mode (the
// back of the room) and on a phone (the results come after the code), when Run's schedule reaches
// its end, what it printed and how it ended; when Explore all or Sample ends, the outcomes.
import { useEffect } from 'react';
import { useStore } from '../../state/store.ts';
import { useMediaQuery } from '../common/useMediaQuery.ts';
import { afterPaint, reveal } from '../shell/revealRun.ts';

/** One column: the results sit below the editor and the threads, far from Run. */
const ONE_COLUMN = '(max-width: 900px)';

function revealFirst(top: string, bottom: string): void {
  const t = document.querySelector(top);
  if (t) reveal(t, document.querySelector(bottom) ?? t);
}

export function useRevealResults(): void {
  const presentation = useStore((s) => s.presentation);
  const narrow = useMediaQuery(ONE_COLUMN);
  const follow = presentation || narrow;
  const run = useStore((s) => s.pyRun?.status);
  const search = useStore((s) => s.pySearch?.status);
  useEffect(() => {
    if (follow && run === 'done') afterPaint(() => revealFirst('.python-lab .py-output', '.python-lab .py-ended'));
  }, [follow, run]);
  useEffect(() => {
    if (follow && (search === 'done' || search === 'stopped')) afterPaint(() => revealFirst('.python-lab .py-outcomes', '.python-lab .py-outcome'));
  }, [follow, search]);
}
