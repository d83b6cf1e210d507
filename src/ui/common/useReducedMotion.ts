// Whether the learner asked for less motion (prefers-reduced-motion), kept up to date.
import { useSyncExternalStore } from 'react';

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
  return useSyncExternalStore(subscribe, now, () => false);
}
