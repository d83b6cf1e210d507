import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { chartStyle, countChart } from './chartStyle.ts';
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

describe('countChart', () => {
  const u: uPlot = Object.create(null) as uPlot;

  it('counts from 0, with the headroom asked above the tallest bar and at least 1', () => {
    const y = countChart(200, () => [0, 1], 0.1).scales?.y?.range as uPlot.Range.Function;
    expect(y(u, 0, 40, 'y')).toEqual([0, 44]);
    expect(y(u, 0, 0, 'y')).toEqual([0, 1]);
  });

  it('keeps the x range it is given, on a numeric axis', () => {
    const x = countChart(200, (_u, min, max) => [min - 1, max + 1], 0).scales?.x;
    expect(x?.time).toBe(false);
    expect((x?.range as uPlot.Range.Function)(u, 2, 5, 'x')).toEqual([1, 6]);
  });
});
