// Plays the loaded schedule (a witness, or a captured race) one step at a time while `playing`.
import { useEffect } from 'react';
import { playStep } from '../../state/explorerActions.ts';
import { useStore } from '../../state/store.ts';

/** Long enough to read what each step did. */
export const PLAY_EVERY_MS = 900;

export function usePlayback(): void {
  const playing = useStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(playStep, PLAY_EVERY_MS);
    return () => clearInterval(timer);
  }, [playing]);
}
