// What the labs' uPlot charts share: axes in the theme's colours at the page's scale, and a dashed
// vertical mark with an optional label (an expected value, a percentile, the core count).
import type uPlot from 'uplot';
import { withAlpha, type Palette } from './cssColor.ts';

export interface ChartStyle {
  /** How much larger than normal the chart is drawn (presentation mode). */
  readonly scale: number;
  /** The axes' font, in CSS pixels. */
  readonly font: string;
  /** Spread into every axis: colours, font, tick spacing, grid and ticks. */
  readonly axis: {
    stroke: string;
    font: string;
    labelFont: string;
    space: (u: uPlot, axisIdx: number) => number;
    grid: { stroke: string; width: number };
    ticks: { stroke: string; width: number };
  };
}

export function chartStyle(p: Palette): ChartStyle {
  const scale = p.scale ?? 1;
  const font = `${Math.round(12 * scale)}px ${p.font}`;
  return {
    scale,
    font,
    axis: {
      stroke: p.muted,
      font,
      labelFont: font,
      // uPlot's default gaps between ticks (50 px on x, 30 on y) grow with the font, or large
      // labels run together in presentation mode.
      space: (_u, axisIdx) => Math.round((axisIdx === 0 ? 50 : 30) * scale),
      grid: { stroke: withAlpha(p.border, 0.8), width: 1 },
      ticks: { stroke: p.border, width: 1 },
    },
  };
}

export interface Mark {
  /** Where the mark stands, in canvas pixels. */
  readonly x: number;
  readonly colour: string;
  /** Line width in CSS pixels. */
  readonly width?: number;
  readonly label?: string;
  /** The label's distance below the plot's top, in CSS pixels (marks close together take turns); negative puts it above the plot. */
  readonly labelTop?: number;
}

/**
 * A dashed line from the plot's top to its bottom, and its label on a patch of the surface colour,
 * right of the line or, where the plot ends, left of it. Draw it in `drawAxes` to keep it under the
 * data, in `draw` to keep it over.
 */
export function drawMark(u: uPlot, r: number, p: Palette, m: Mark): void {
  const ctx = u.ctx;
  const scale = p.scale ?? 1;
  const { top, height, left, width } = u.bbox;
  ctx.save();
  ctx.strokeStyle = m.colour;
  ctx.lineWidth = (m.width ?? 1.5) * r;
  ctx.setLineDash([4 * r, 4 * r]);
  ctx.beginPath();
  ctx.moveTo(m.x, top);
  ctx.lineTo(m.x, top + height);
  ctx.stroke();
  ctx.setLineDash([]);
  if (m.label) {
    ctx.font = `600 ${Math.round(12 * scale) * r}px ${p.font}`;
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    const w = ctx.measureText(m.label).width;
    const lx = m.x + 4 * r + w <= left + width ? m.x + 4 * r : m.x - 4 * r - w;
    const ly = top + (m.labelTop ?? 2) * r;
    ctx.fillStyle = p.surface;
    ctx.fillRect(lx - 2 * r, ly - r, w + 4 * r, Math.round(15 * scale) * r);
    ctx.fillStyle = m.colour;
    ctx.fillText(m.label, lx, ly);
  }
  ctx.restore();
}

/**
 * What the bar charts of counts share: sized by their container, no cursor or legend (the table
 * beside them says the figures), a numeric x axis, and counts from 0 with headroom above the
 * tallest bar (a fraction of it) for the marks' labels.
 */
export function countChart(height: number, x: uPlot.Range.Function, headroom: number): Pick<uPlot.Options, 'width' | 'height' | 'cursor' | 'legend' | 'scales'> {
  return {
    width: 0,
    height,
    cursor: { show: false },
    legend: { show: false },
    scales: {
      x: { time: false, range: x },
      y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * (1 + headroom)))] },
    },
  };
}
