// Canvases to a PNG a teacher can paste into slides: drawn on the theme's surface colour (a canvas
// is transparent), each under its title and over its legend, at the canvas's own resolution.
import { palette } from '../common/cssColor.ts';
import { download, fileName } from './exportResults.ts';

/** One series of a chart's legend: what its colour stands for. */
export interface LegendEntry {
  readonly label: string;
  readonly fill: string;
  readonly stroke: string;
}

export interface PngPart {
  readonly canvas: HTMLCanvasElement;
  readonly title: string;
  /** The chart's legend, which the page draws outside the canvas; drawn under it. */
  readonly legend?: readonly LegendEntry[];
}

// Sizes in CSS pixels, scaled to the canvases' pixel ratio.
const PAD = 16;
const TITLE = 20;
const TITLE_FONT = 14;
const LEGEND = 22;
const LEGEND_FONT = 12;
const SWATCH = 12;
const SWATCH_GAP = 6;
const ENTRY_GAP = 18;

export function composePng(parts: readonly PngPart[]): HTMLCanvasElement {
  const p = palette();
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return out;
  // Titles, legends and padding at the canvases' pixel ratio, so they match the drawing.
  const ratio = Math.max(1, ...parts.map((x) => x.canvas.width / Math.max(1, x.canvas.getBoundingClientRect().width)));
  const px = (css: number): number => Math.round(css * ratio);
  const titleFont = `600 ${px(TITLE_FONT)}px ${p.font}`;
  const legendFont = `${px(LEGEND_FONT)}px ${p.font}`;
  const legendOf = (part: PngPart): readonly LegendEntry[] => part.legend ?? [];

  // A title or a legend wider than its chart widens the picture rather than being cut off.
  const widths = parts.map((part) => {
    ctx.font = titleFont;
    const title = ctx.measureText(part.title).width;
    ctx.font = legendFont;
    const legend = legendOf(part).reduce((w, e, i) => w + (i > 0 ? px(ENTRY_GAP) : 0) + px(SWATCH + SWATCH_GAP) + ctx.measureText(e.label).width, 0);
    return Math.ceil(Math.max(part.canvas.width, title, legend));
  });
  const pad = px(PAD);
  const width = Math.max(...widths) + 2 * pad;
  const height = parts.reduce((h, x) => h + px(TITLE) + x.canvas.height + (legendOf(x).length > 0 ? px(LEGEND) : 0) + pad, pad);
  // Resizing resets the context: fonts and colours are set again below.
  out.width = width;
  out.height = height;
  ctx.fillStyle = p.surface;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  let y = pad;
  for (const part of parts) {
    ctx.fillStyle = p.text;
    ctx.font = titleFont;
    ctx.fillText(part.title, pad, y);
    y += px(TITLE);
    ctx.drawImage(part.canvas, pad, y);
    y += part.canvas.height;
    const legend = legendOf(part);
    if (legend.length > 0) {
      drawLegend(ctx, legend, pad, y + px(LEGEND - LEGEND_FONT) / 2, px, p.text, legendFont);
      y += px(LEGEND);
    }
    y += pad;
  }
  return out;
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: readonly LegendEntry[],
  left: number,
  top: number,
  px: (css: number) => number,
  text: string,
  font: string,
): void {
  ctx.font = font;
  let x = left;
  for (const entry of legend) {
    const swatch = px(SWATCH);
    ctx.fillStyle = entry.fill;
    ctx.fillRect(x, top, swatch, swatch);
    ctx.strokeStyle = entry.stroke;
    ctx.lineWidth = Math.max(1, px(1));
    ctx.strokeRect(x, top, swatch, swatch);
    x += swatch + px(SWATCH_GAP);
    ctx.fillStyle = text;
    ctx.fillText(entry.label, x, top);
    x += ctx.measureText(entry.label).width + px(ENTRY_GAP);
  }
}

/** Saves the parts as one PNG file named after the lab and what it shows. */
export function savePng(parts: readonly PngPart[], lab: string, what: string): Promise<void> {
  const canvas = composePng(parts);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('The image could not be made.'));
        return;
      }
      download(blob, fileName(lab, what, 'png', new Date()));
      resolve();
    }, 'image/png');
  });
}
