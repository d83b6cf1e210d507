// Paints the live view on a canvas: the shared cell with its totals, then one lane per worker
// (liveLanes.ts). Pure: no React, no store; sizes in CSS pixels.
import type { Palette } from '../common/cssColor.ts';
import { formatCount, formatRate } from '../common/format.ts';
import { fonts } from '../common/canvasFonts.ts';
import { fade, sparkScale, paintFastLane, paintLaneLabel, paintSlowLane } from './liveLanes.ts';
import { DRIFT_FLASH_MS, ERASE_MS, type LiveModel } from './liveModel.ts';

export interface LiveFrame {
  readonly model: LiveModel;
  readonly palette: Palette;
  readonly now: number;
  readonly reducedMotion: boolean;
  /** What no other control says: "Trial 2 of 50", "Ready · press Run", or nothing. */
  readonly status: string;
  /** Nothing has run with these settings yet: the view shows what will run. */
  readonly preview: boolean;
  /** What the cell must hold at the end. */
  readonly expectedTotal: number;
  /** Each worker's average rate over the finished trial, once there is one. */
  readonly finalRates: readonly number[] | null;
  /** All workers' rate over the last trial, when the run has ended. */
  readonly finalRate: number | null;
}

export interface Geometry {
  readonly narrow: boolean;
  readonly pad: number;
  readonly headH: number;
  readonly laneH: number;
  readonly labelW: number;
}

const NARROW = 560;

export function geometry(width: number, workers: number, slow: boolean): Geometry {
  const narrow = width < NARROW;
  // On a phone the step pipeline gets a row of its own, under the worker's name.
  const laneH = slow
    ? narrow ? (workers <= 4 ? 80 : workers <= 8 ? 72 : 64) : workers <= 4 ? 58 : workers <= 8 ? 50 : 44
    : workers <= 4 ? 42 : workers <= 8 ? 34 : 28;
  return { narrow, pad: narrow ? 12 : 16, headH: narrow ? 150 : 136, laneH, labelW: narrow ? 104 : 136 };
}

/** CSS height of the canvas for a width: it grows with the number of workers. */
export function liveHeight(width: number, workers: number, slow: boolean): number {
  const g = geometry(width, workers, slow);
  return g.headH + workers * g.laneH + g.pad;
}

const labelCache = new WeakMap<Palette, number>();

/** Room for the widest lane label, "Worker 16 · −1", in this theme's fonts. */
function labelWidth(ctx: CanvasRenderingContext2D, p: Palette): number {
  let w = labelCache.get(p);
  if (w === undefined) {
    const ft = fonts(p);
    ctx.font = ft.label;
    w = ctx.measureText('Worker 16').width;
    ctx.font = ft.small;
    w += ctx.measureText(' · −1').width;
    w = Math.ceil(w) + 12 + 16;
    labelCache.set(p, w);
  }
  return w;
}

export function paintLive(ctx: CanvasRenderingContext2D, width: number, height: number, dpr: number, f: LiveFrame): void {
  const { model } = f;
  const g = { ...geometry(width, model.config.workers, model.config.slow), labelW: labelWidth(ctx, f.palette) };
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.textBaseline = 'middle';
  paintHead(ctx, width, g, f);
  const sparkMax = model.config.slow ? 1 : sparkScale(model);
  for (let i = 0; i < model.lanes.length; i++) {
    const y = g.headH + i * g.laneH;
    ctx.globalAlpha = 0.7;
    ctx.fillStyle = f.palette.border;
    ctx.fillRect(g.pad, y, width - 2 * g.pad, 1);
    ctx.globalAlpha = 1;
    paintLaneLabel(ctx, g, f, i, y);
    if (model.config.slow) paintSlowLane(ctx, width, g, f, i, y);
    else paintFastLane(ctx, width, g, f, i, y, sparkMax);
  }
}

function paintHead(ctx: CanvasRenderingContext2D, width: number, g: Geometry, f: LiveFrame): void {
  const { palette: p, model } = f;
  const ft = fonts(p);
  const { pad, narrow } = g;
  ctx.font = ft.small;
  ctx.fillStyle = p.muted;
  ctx.textAlign = 'left';
  ctx.fillText('shared counter · Int32 in SharedArrayBuffer', pad, pad + 7);

  const boxY = pad + 20;
  const boxH = narrow ? 58 : 84;
  const boxW = narrow ? width - 2 * pad : Math.min(300, Math.max(200, width * 0.32));
  const flash = fade(model.cellFlashAt, f.now, ERASE_MS, f.reducedMotion);
  ctx.fillStyle = p.surface2;
  ctx.beginPath();
  ctx.roundRect(pad, boxY, boxW, boxH, 10);
  ctx.fill();
  if (flash > 0) {
    ctx.globalAlpha = flash;
    ctx.fillStyle = p.badBg;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  ctx.lineWidth = 2;
  ctx.strokeStyle = flash > 0 ? p.bad : p.text;
  ctx.stroke();

  // The value: as big as fits the box.
  const text = formatCount(model.value);
  let size = narrow ? 34 : 44;
  ctx.font = `700 ${size}px ${p.mono}`;
  // On a phone the value moves left to make room for a status line in the box.
  const left = narrow && f.status !== '';
  const room = left ? boxW * 0.55 : boxW - 28;
  const w = ctx.measureText(text).width;
  if (w > room) {
    size = Math.max(16, Math.floor((size * room) / w));
    ctx.font = `700 ${size}px ${p.mono}`;
  }
  ctx.fillStyle = flash > 0 ? p.bad : p.text;
  ctx.textAlign = left ? 'left' : 'center';
  ctx.fillText(text, left ? pad + 16 : pad + boxW / 2, boxY + boxH / 2 + 1);

  ctx.font = ft.small;
  ctx.fillStyle = p.muted;
  ctx.textAlign = 'right';
  if (f.status) {
    if (narrow) ctx.fillText(f.status, pad + boxW - 14, boxY + boxH / 2, boxW * 0.4);
    else ctx.fillText(f.status, width - pad, pad + 7);
  }

  const statsX = narrow ? pad : pad + boxW + 28;
  const statsY = narrow ? boxY + boxH + 14 : boxY + 6;
  paintStats(ctx, statsX, statsY, width - pad - statsX, g, f);
}

interface Stat {
  label: string;
  /** For a phone, when the label does not fit. */
  short: string;
  value: string;
  tone: 'text' | 'bad' | 'ok';
  glow: number;
}

function paintStats(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, g: Geometry, f: LiveFrame): void {
  const { palette: p, model } = f;
  const ft = fonts(p);
  const { slow, sync, workers, iters } = model.config;
  let stats: Stat[];
  let note = '';
  if (slow) {
    stats = [
      { label: 'expected at the end', short: 'should end at', value: formatCount(f.expectedTotal), tone: 'text', glow: 0 },
      { label: 'lost updates seen', short: 'lost updates', value: formatCount(model.lostSeen), tone: model.lostSeen > 0 ? 'bad' : 'text', glow: 0 },
      { label: 'iterations done', short: 'iterations', value: `${formatCount(model.ops)} / ${formatCount(workers * iters)}`, tone: 'text', glow: 0 },
    ];
    if (sync === 'local') note = 'Each worker counts privately; the cell gets each total once, at the end.';
  } else if (sync === 'local') {
    stats = [
      { label: 'private counts', short: 'private', value: formatCount(model.privateTotal), tone: 'text', glow: 0 },
      { label: 'expected at the end', short: 'should end at', value: formatCount(f.expectedTotal), tone: 'text', glow: 0 },
      { label: 'operations/s', short: 'ops/s', value: formatRate(f.finalRate ?? model.rate), tone: 'text', glow: 0 },
    ];
    note = 'The cell only receives each worker’s private total at the end: the lanes show the private counts.';
  } else {
    const glow = fade(model.driftFlashAt, f.now, DRIFT_FLASH_MS, f.reducedMotion) * (f.reducedMotion ? 0 : 1);
    // Once the run is over (a final rate is known) the numbers are totals, not a running tally.
    const ended = f.finalRate !== null;
    // Workers that add and workers that subtract: a lost +1 and a lost -1 cancel, so the figure is net.
    const net = new Set(model.config.dirs.slice(0, workers)).size > 1;
    const lostLabel = net ? (ended ? 'lost, at least' : 'net lost so far') : ended ? 'lost' : 'lost so far';
    stats = [
      f.preview
        ? { label: 'expected at the end', short: 'should end at', value: formatCount(f.expectedTotal), tone: 'text', glow: 0 }
        : { label: ended ? 'expected' : 'expected so far', short: 'expected', value: formatCount(model.expectedSoFar), tone: 'text', glow: 0 },
      { label: lostLabel, short: net ? 'net lost' : lostLabel, value: formatCount(model.lostSoFar), tone: model.lostSoFar > 0 ? 'bad' : 'text', glow },
      { label: 'operations/s', short: 'ops/s', value: formatRate(f.finalRate ?? model.rate), tone: 'text', glow: 0 },
    ];
  }
  const colW = Math.min(210, w / stats.length);
  const valueFont = g.narrow ? `600 16px ${p.mono}` : ft.stat;
  for (let k = 0; k < stats.length; k++) {
    const s = stats[k]!;
    const sx = x + k * colW;
    ctx.textAlign = 'left';
    ctx.font = ft.small;
    ctx.fillStyle = p.muted;
    ctx.fillText(ctx.measureText(s.label).width > colW - 8 ? s.short : s.label, sx, y + 6, colW - 8);
    ctx.font = valueFont;
    const vy = y + (g.narrow ? 26 : 32);
    if (s.glow > 0) {
      const vw = ctx.measureText(s.value).width;
      ctx.globalAlpha = s.glow;
      ctx.fillStyle = p.badBg;
      ctx.beginPath();
      ctx.roundRect(sx - 6, vy - 15, vw + 12, 30, 6);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = s.tone === 'bad' ? p.bad : s.tone === 'ok' ? p.ok : p.text;
    ctx.fillText(s.value, sx, vy, colW - 8);
  }
  if (note) {
    ctx.font = ft.small;
    ctx.fillStyle = p.muted;
    ctx.fillText(note, x, y + (g.narrow ? 50 : 62), w);
  }
}
