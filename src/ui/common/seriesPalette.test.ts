// The one series palette: a series has the same colour in every chart, and no two series share one.
import { describe, expect, it } from 'vitest';
import { SYNC_MODES } from '../../core/counter/syncModes.ts';
import { QUEUE_KINDS } from '../../core/queue/queueKinds.ts';
import { planSweep, SERIES_KINDS, seriesId, type Series } from '../../core/scaling/sweepPlan.ts';
import { seriesColour as chartColour } from '../scaling/throughputChart.ts';
import { readFileSync } from 'node:fs';
import type { Palette } from './cssColor.ts';
import { SERIES_SLOTS, seriesColour } from './seriesPalette.ts';

/** The light and dark themes' colours, as theme.css declares them (light first). */
function themes(): [string, Palette][] {
  const css = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
  const all = (name: string): string[] => [...css.matchAll(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})`, 'g'))].map((m) => m[1]!);
  const workers = all('w\\d+');
  const [okLight, okDark] = all('ok');
  const [badLight, badDark] = all('bad');
  const base = { bg: '', surface: '', surface2: '', border: '', text: '', muted: '', accent: '', okBg: '', badBg: '', warn: '', warnBg: '', font: '', mono: '' };
  return [
    ['light', { ...base, ok: okLight!, bad: badLight!, workers: workers.slice(0, 16), dark: false }],
    ['dark', { ...base, ok: okDark!, bad: badDark!, workers: workers.slice(16, 32), dark: true }],
  ];
}

const [[, LIGHT]] = themes() as [[string, Palette]];

// Every series a sweep can draw, as the sweep plans them (one of each).
const every: Series[] = [
  ...new Map(planSweep({ modes: SYNC_MODES, queues: QUEUE_KINDS, sharing: true, upto: 2 }).map((pt) => [seriesId(pt.series), pt.series])).values(),
];
const named = (id: string): Series => every.find((s) => seriesId(s) === id)!;

describe('the series palette', () => {
  for (const [theme, p] of themes()) {
    it(`reads the theme's sixteen series colours (${theme})`, () => {
      expect(p.workers).toHaveLength(16);
      expect(new Set(p.workers).size).toBe(16);
    });

    it(`gives every series of every chart its own colour (${theme})`, () => {
      const colours = every.map((s) => chartColour(p, s));
      expect(new Set(colours).size).toBe(every.length);
      // Mutex (the counter chart) and MPMC (the queue chart) are the pair that once shared purple.
      expect(chartColour(p, named('counter:mutex'))).not.toBe(chartColour(p, named('queue:mpmc')));
    });

    it(`gives a series the same colour in every chart that draws it, by its name (${theme})`, () => {
      for (const s of every) expect(chartColour(p, s)).toBe(seriesColour(p, seriesId(s)));
      expect(every.map((s) => seriesId(s)).sort()).toEqual(Object.keys(SERIES_SLOTS).sort());
    });
  }

  it('keeps a variant of a series in its colour, and gives a new name a fixed colour of its own', () => {
    expect(seriesColour(LIGHT, 'counter:atomic:wasm')).toBe(seriesColour(LIGHT, 'counter:atomic'));
    expect(seriesColour(LIGHT, 'queue:spsc:wasm')).toBe(seriesColour(LIGHT, 'queue:spsc'));
    const fresh = seriesColour(LIGHT, 'barrier:sense');
    expect(seriesColour(LIGHT, 'barrier:sense')).toBe(fresh);
    const named = new Set(every.map((s) => chartColour(LIGHT, s)));
    expect(named.has(fresh)).toBe(false);
  });

  it('lists each chart kind', () => {
    expect(new Set(every.map((s) => s.kind))).toEqual(new Set(SERIES_KINDS));
  });
});
