// The fonts the live views paint their canvases with, built once per palette (a theme or a scale change).
import type { Palette } from './cssColor.ts';

export interface Fonts {
  readonly small: string;
  readonly smallBold: string;
  readonly label: string;
  readonly stat: string;
  readonly statSmall: string;
  readonly big: string;
  readonly monoSmall: string;
}

// Painters ask for the fonts every frame: a palette's strings are made once, not sixty times a second.
const fontCache = new WeakMap<Palette, Fonts>();

export function fonts(p: Palette): Fonts {
  let f = fontCache.get(p);
  if (!f) {
    f = {
      small: `12px ${p.font}`,
      smallBold: `600 12px ${p.font}`,
      label: `600 13px ${p.font}`,
      stat: `600 20px ${p.mono}`,
      statSmall: `600 17px ${p.mono}`,
      big: `700 26px ${p.mono}`,
      monoSmall: `12px ${p.mono}`,
    };
    fontCache.set(p, f);
  }
  return f;
}
