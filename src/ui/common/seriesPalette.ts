// One colour per series in every chart: the one map from a series' name to a colour of the theme.
// A chart asks here by name and never picks by a series' place in its own list, so Mutex is never
// purple in one chart and MPMC purple in the next.
import { workerColour, type Palette } from './cssColor.ts';

/** A theme colour: one of the series colours (`--w0`…), or the good and bad colours of a pair. */
type Slot = number | 'ok' | 'bad';

/**
 * Every named series, each with its own colour: no two names share one, and none takes --w2, the
 * dark theme's "good" green. Within one chart the hues are far apart.
 */
export const SERIES_SLOTS: Readonly<Record<string, Slot>> = {
  'counter:none': 0,
  'counter:flag': 1,
  'counter:split': 7,
  'counter:mutex': 3,
  'counter:spin': 4,
  'counter:atomic': 5,
  'counter:local': 6,
  'queue:unsafe': 9,
  'queue:locked': 8,
  'queue:spsc': 10,
  'queue:mpmc': 11,
  'queue:message': 15,
  // The false-sharing pair reads as good and bad (and the adjacent line is dashed as well).
  'sharing:padded': 'ok',
  'sharing:adjacent': 'bad',
};

/** Colours no named series uses: a series named later gets one of these until it is listed above. */
const SPARE = [12, 13, 14] as const;

function slotOf(name: string): Slot {
  // A variant of a named series (`counter:atomic:wasm`, the same mode on another engine) keeps its colour.
  for (let key = name; key !== ''; key = key.includes(':') ? key.slice(0, key.lastIndexOf(':')) : '') {
    const slot = SERIES_SLOTS[key];
    if (slot !== undefined) return slot;
  }
  // The same spare colour for the same name, in every chart and every run.
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return SPARE[h % SPARE.length]!;
}

/** The colour of the series named `name` (`counter:mutex`, `queue:mpmc`, `sharing:padded`, …). */
export function seriesColour(p: Palette, name: string): string {
  const slot = slotOf(name);
  return slot === 'ok' ? p.ok : slot === 'bad' ? p.bad : workerColour(p, slot);
}
