// Whether the live views should hold still: the learner's "Reduce motion" choice, or else the
// system's reduced-motion setting (prefers-reduced-motion), kept up to date. The numbers still update.
import { useSyncExternalStore } from 'react';
import { motionPaused } from '../../state/preferences.ts';
import { useStore } from '../../state/store.ts';

const MOTION = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(MOTION);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function now(): boolean {
  return matchMedia(MOTION).matches;
}

export function useReducedMotion(): boolean {
  const choice = useStore((s) => s.motion);
  const system = useSyncExternalStore(subscribe, now, () => false);
  return motionPaused(choice, system);
}
