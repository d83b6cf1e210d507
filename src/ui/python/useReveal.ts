// Presentation mode keeps what matters on the screen at the back of the room: when Run's schedule
// reaches its end, what it printed and how it ended; when Explore all or Sample ends, the outcomes.
import { useEffect } from 'react';
import { useStore } from '../../state/store.ts';
import { afterPaint, reveal } from '../shell/revealRun.ts';

function revealFirst(top: string, bottom: string): void {
  const t = document.querySelector(top);
  if (t) reveal(t, document.querySelector(bottom) ?? t);
}

export function useRevealInPresentation(): void {
  const presentation = useStore((s) => s.presentation);
  const run = useStore((s) => s.pyRun?.status);
  const search = useStore((s) => s.pySearch?.status);
  useEffect(() => {
    if (presentation && run === 'done') afterPaint(() => revealFirst('.python-lab .py-output', '.python-lab .py-ended'));
  }, [presentation, run]);
  useEffect(() => {
    if (presentation && (search === 'done' || search === 'stopped')) afterPaint(() => revealFirst('.python-lab .py-outcomes', '.python-lab .py-outcome'));
  }, [presentation, search]);
}
