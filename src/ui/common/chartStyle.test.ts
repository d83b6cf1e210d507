import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { chartStyle } from './chartStyle.ts';
import { palette } from './cssColor.ts';

describe('chartStyle', () => {
  const u: uPlot = Object.create(null) as uPlot;

  it("keeps uPlot's own tick gaps at normal size", () => {
    const { axis } = chartStyle(palette());
    expect([axis.space(u, 0), axis.space(u, 1)]).toEqual([50, 30]);
  });

  it('widens the gaps between ticks with the font in presentation mode', () => {
    const { axis, font } = chartStyle({ ...palette(), scale: 2 });
    expect(font.startsWith('24px')).toBe(true);
    expect([axis.space(u, 0), axis.space(u, 1)]).toEqual([100, 60]);
  });
});
