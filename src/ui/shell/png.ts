// Canvases to a PNG a teacher can paste into slides: drawn on the theme's surface colour (a canvas
// is transparent), each under its title, at the canvas's own resolution.
import { palette } from '../common/cssColor.ts';
import { download, fileName } from './exportResults.ts';

export interface PngPart {
  readonly canvas: HTMLCanvasElement;
  readonly title: string;
}

const PAD = 16;
const TITLE = 20;

export function composePng(parts: readonly PngPart[]): HTMLCanvasElement {
  const p = palette();
  // Titles and padding at the canvases' pixel ratio, so they match the drawing.
  const ratio = Math.max(1, ...parts.map((x) => x.canvas.width / Math.max(1, x.canvas.getBoundingClientRect().width)));
  const pad = Math.round(PAD * ratio);
  const title = Math.round(TITLE * ratio);
  const width = Math.max(...parts.map((x) => x.canvas.width)) + 2 * pad;
  const height = parts.reduce((h, x) => h + title + x.canvas.height + pad, pad);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) return out;
  ctx.fillStyle = p.surface;
  ctx.fillRect(0, 0, width, height);
  let y = pad;
  for (const part of parts) {
    ctx.fillStyle = p.text;
    ctx.font = `600 ${Math.round(14 * ratio)}px ${p.font}`;
    ctx.textBaseline = 'top';
    ctx.fillText(part.title, pad, y);
    y += title;
    ctx.drawImage(part.canvas, pad, y);
    y += part.canvas.height + pad;
  }
  return out;
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
