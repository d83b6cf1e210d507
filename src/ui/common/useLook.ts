// How a live canvas should look now (the theme's palette, whether motion is reduced), for a frame loop.
import { useEffect, useRef, type RefObject } from 'react';
import { usePalette, type Palette } from './cssColor.ts';
import { useReducedMotion } from './useReducedMotion.ts';

export interface Look {
  readonly palette: Palette;
  readonly reducedMotion: boolean;
}

/**
 * A ref, so that the loop reads the latest look without being restarted; a new object whenever
 * either part changes, so that a loop that skips unchanged frames can tell it must repaint.
 */
export function useLook(): RefObject<Look> {
  const palette = usePalette();
  const reducedMotion = useReducedMotion();
  const look = useRef<Look>({ palette, reducedMotion });
  useEffect(() => {
    look.current = { palette, reducedMotion };
  }, [palette, reducedMotion]);
  return look;
}
