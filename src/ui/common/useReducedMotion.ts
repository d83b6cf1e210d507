// Whether the live views should hold still: the learner's "Reduce motion" choice, or else the
// system's reduced-motion setting (prefers-reduced-motion), kept up to date. The numbers still update.
import { motionPaused } from '../../state/preferences.ts';
import { useStore } from '../../state/store.ts';
import { useMediaQuery } from './useMediaQuery.ts';

export function useReducedMotion(): boolean {
  const choice = useStore((s) => s.motion);
  return motionPaused(choice, useMediaQuery('(prefers-reduced-motion: reduce)'));
}
