// Paints the worker lanes of the live view: progress, rate and sparkline at full speed; the step
// pipeline, the lock, waiting and erased writes in slow motion.
import { Phase } from '../../core/counter/counterLayout.ts';
import { fonts } from '../common/canvasFonts.ts';
import { workerColour, type Palette } from '../common/cssColor.ts';
import { formatCount, formatRate, formatSigned } from '../common/format.ts';
import { ERASE_MS, SPARK_POINTS, type Lane, type LiveModel, type Step } from './liveModel.ts';
import type { Geometry, LiveFrame } from './livePainter.ts';

/** 1 → 0 over `ms` after `at`; with reduced motion, 1 for the whole time, then 0 (no fading). */
export function fade(at: number, now: number, ms: number, reducedMotion: boolean): number {
  const age = now - at;
  if (age < 0 || age >= ms) return 0;
  return reducedMotion ? 1 : 1 - age / ms;
}

export function paintLaneLabel(ctx: CanvasRenderingContext2D, g: Geometry, f: LiveFrame, i: number, y: number): void {
  const p = f.palette;
  const ft = fonts(p);
  const colour = workerColour(p, i);
  const slow = f.model.config.slow;
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.roundRect(g.pad, y + 5, 4, g.laneH - 10, 2);
  ctx.fill();
  const dir = f.model.config.dirs[i] ?? 1;
  const mid = !slow ? y + g.laneH / 2 : g.narrow ? y + 14 : y + rowTop(g) + boxHeight(g) / 2;
  ctx.textAlign = 'left';
  ctx.font = ft.label;
  ctx.fillStyle = p.text;
  const name = `Worker ${i + 1}`;
  ctx.fillText(name, g.pad + 12, mid);
  const nameW = ctx.measureText(name).width;
  ctx.font = ft.small;
  ctx.fillStyle = p.muted;
  ctx.fillText(dir > 0 ? ' · +1' : ' · −1', g.pad + 12 + nameW, mid);
}

export function paintFastLane(
  ctx: CanvasRenderingContext2D, width: number, g: Geometry, f: LiveFrame, i: number, y: number, sparkMax: number,
): void {
  const { palette: p, model } = f;
  const lane = model.lanes[i]!;
  const colour = workerColour(p, i);
  const mid = y + g.laneH / 2;
  const rightW = g.narrow ? 84 : 190;
  const sparkW = g.narrow || width < 720 ? 0 : 96;
  const barX = g.pad + g.labelW;
  const barW = Math.max(20, width - g.pad - rightW - sparkW - barX - 12);
  const frac = Math.min(1, lane.progress / Math.max(1, model.config.iters));
  ctx.fillStyle = p.surface2;
  ctx.beginPath();
  ctx.roundRect(barX, mid - 5, barW, 10, 5);
  ctx.fill();
  if (frac > 0) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.roundRect(barX, mid - 5, Math.max(10, barW * frac), 10, 5);
    ctx.fill();
  }
  if (sparkW > 0) paintSparkline(ctx, barX + barW + 16, y + 5, sparkW - 8, g.laneH - 10, lane, colour, sparkMax);

  const done = lane.phase === Phase.done;
  const rate = done ? (f.finalRates?.[i] ?? 0) : lane.rate;
  const pct = `${Math.floor(frac * 100)}%`;
  let text: string;
  if (model.config.sync === 'local') text = g.narrow ? formatSigned(lane.local) : `${formatSigned(lane.local)} private · ${formatRate(rate)}`;
  else if (g.narrow) text = done ? 'done' : lane.rate > 0 ? formatRate(rate) : pct;
  else text = done ? `done · ${formatRate(rate)}` : `${pct} · ${formatRate(rate)}`;
  ctx.font = fonts(p).monoSmall;
  ctx.fillStyle = p.muted;
  ctx.textAlign = 'right';
  ctx.fillText(text, width - g.pad, mid, rightW - 8);
}

/** One scale for every sparkline (the highest rate any lane drew), so that lanes can be compared. */
export function sparkScale(model: LiveModel): number {
  let max = 1;
  for (const lane of model.lanes) for (let k = 0; k < SPARK_POINTS; k++) max = Math.max(max, lane.spark[k]!);
  return max;
}

function paintSparkline(
  ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, lane: Lane, colour: string, max: number,
): void {
  const step = w / (SPARK_POINTS - 1);
  ctx.beginPath();
  for (let k = 0; k < SPARK_POINTS; k++) {
    const v = lane.spark[(lane.sparkAt + k) % SPARK_POINTS]!;
    const py = y + h - (v / max) * h;
    if (k === 0) ctx.moveTo(x, py);
    else ctx.lineTo(x + k * step, py);
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.lineTo(x + w, y + h);
  ctx.lineTo(x, y + h);
  ctx.closePath();
  ctx.globalAlpha = 0.15;
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.globalAlpha = 1;
}

const rowTop = (g: Geometry): number => (g.narrow ? (g.laneH >= 72 ? 28 : 26) : g.laneH >= 50 ? 8 : 5);
const boxHeight = (g: Geometry): number => (g.narrow ? (g.laneH >= 72 ? 24 : 22) : g.laneH >= 50 ? 24 : 22);

export function paintSlowLane(ctx: CanvasRenderingContext2D, width: number, g: Geometry, f: LiveFrame, i: number, y: number): void {
  const { palette: p, model } = f;
  const ft = fonts(p);
  const lane = model.lanes[i]!;
  const colour = workerColour(p, i);
  const steps = model.steps;
  const top = y + rowTop(g);
  const bh = boxHeight(g);
  const x0 = g.narrow ? g.pad + 12 : g.pad + g.labelW;
  const avail = width - g.pad - x0;
  const gap = g.narrow ? 3 : 14;
  const bw = Math.min(120, (avail - gap * (steps.length - 1)) / steps.length);
  ctx.font = ft.small;
  const useShort = steps.some((s) => ctx.measureText(s.label).width + 10 > bw);
  const fitsWaiting = ctx.measureText('waiting').width + 8 <= bw;
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k]!;
    const bx = x0 + k * (bw + gap);
    paintStep(ctx, s, bx, top, bw, bh, k, lane, colour, useShort, fitsWaiting, p);
    if (k > 0 && gap >= 10) {
      const cx = bx - gap / 2;
      const cy = top + bh / 2;
      ctx.beginPath();
      ctx.moveTo(cx - 2, cy - 4);
      ctx.lineTo(cx + 2, cy);
      ctx.lineTo(cx - 2, cy + 4);
      ctx.strokeStyle = p.muted;
      ctx.lineWidth = 1.25;
      ctx.stroke();
    }
  }

  // Iterations: under the label (wide) or at the end of the label row (phone).
  const mid = top + bh + (y + g.laneH - top - bh) / 2;
  ctx.font = ft.small;
  ctx.fillStyle = p.muted;
  const doneText = lane.phase === Phase.done ? ' · done' : '';
  const itersText = `${formatCount(lane.progress)} / ${formatCount(model.config.iters)}${doneText}`;
  if (g.narrow) {
    ctx.textAlign = 'right';
    ctx.fillText(itersText, width - g.pad, y + 14);
  } else {
    ctx.textAlign = 'left';
    ctx.fillText(itersText, g.pad + 12, mid, g.labelW - 16);
  }
  ctx.textAlign = 'left';

  let x = x0;
  const right = width - g.pad;
  const sync = model.config.sync;
  if (lane.holds) x = paintLockBadge(ctx, x, mid, sync === 'flag' ? 'flag' : 'lock', colour, p) + 10;
  const erased = fade(lane.erasedAt, f.now, ERASE_MS, f.reducedMotion);
  let info = '';
  if (lane.waiting) {
    info = sync === 'spin' ? `lock busy · retry ${formatCount(lane.retries)}` : sync === 'flag' ? 'flag is set · checking again' : 'waiting for the lock';
  } else if (sync === 'local') {
    info = `private count ${formatSigned(lane.local)}`;
  } else {
    if (lane.hasRead) info = `read ${formatCount(lane.lastRead)}`;
    if (lane.hasWritten) info += `${info ? ' · ' : ''}wrote ${formatCount(lane.lastWrite)}`;
  }
  const mark = erased > 0 ? `write of ${formatCount(lane.erasedValue)} erased by Worker ${lane.erasedBy + 1}` : '';
  if (info && !(mark && g.narrow)) {
    ctx.font = lane.waiting ? ft.smallBold : ft.monoSmall;
    ctx.fillStyle = lane.waiting ? p.warn : p.text;
    ctx.fillText(info, x, mid, right - x);
    x += ctx.measureText(info).width + 14;
  }
  if (mark) {
    ctx.font = ft.smallBold;
    const mw = Math.min(ctx.measureText(mark).width, right - x - 12);
    if (mw > 40) {
      ctx.globalAlpha = erased;
      ctx.fillStyle = p.badBg;
      ctx.beginPath();
      ctx.roundRect(x, mid - 9, mw + 12, 18, 5);
      ctx.fill();
      ctx.fillStyle = p.bad;
      ctx.fillText(mark, x + 6, mid + 0.5, mw);
      ctx.globalAlpha = 1;
    }
  }
}

function paintStep(
  ctx: CanvasRenderingContext2D, s: Step, x: number, y: number, w: number, h: number,
  k: number, lane: Lane, colour: string, useShort: boolean, fitsWaiting: boolean, p: Palette,
): void {
  const current = lane.step === k;
  const passed = lane.step > k;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 6);
  let label = useShort ? s.short : s.label;
  let ink = p.muted;
  if (current && lane.waiting) {
    ctx.fillStyle = p.surface2;
    ctx.fill();
    hatch(ctx, x, y, w, h, p.muted);
    ctx.setLineDash([3, 3]);
    ctx.strokeStyle = p.muted;
    ctx.lineWidth = 1.25;
    ctx.stroke();
    ctx.setLineDash([]);
    // The row below says what it waits for; a box too small for the word shows the hatching alone.
    label = fitsWaiting ? 'waiting' : '';
    ink = p.text;
  } else if (current) {
    ctx.fillStyle = colour;
    ctx.fill();
    ink = p.surface;
  } else {
    if (passed) {
      ctx.globalAlpha = 0.16;
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.globalAlpha = 1;
      ink = p.text;
    }
    ctx.strokeStyle = p.border;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  ctx.font = current ? `600 12px ${p.font}` : `12px ${p.font}`;
  ctx.fillStyle = ink;
  ctx.textAlign = 'center';
  ctx.fillText(label, x + w / 2, y + h / 2 + 0.5, w - 4);
}

function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, colour: string): void {
  ctx.save();
  ctx.clip();
  ctx.beginPath();
  for (let k = -h; k < w; k += 6) {
    ctx.moveTo(x + k, y + h);
    ctx.lineTo(x + k + h, y);
  }
  ctx.globalAlpha = 0.35;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.restore();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 6);
}

/** A small padlock and a word; returns the x where it ends. */
function paintLockBadge(ctx: CanvasRenderingContext2D, x: number, mid: number, word: string, colour: string, p: Palette): number {
  ctx.font = `600 12px ${p.font}`;
  const tw = ctx.measureText(word).width;
  const w = tw + 30;
  ctx.beginPath();
  ctx.roundRect(x, mid - 9, w, 18, 9);
  ctx.fillStyle = colour;
  ctx.fill();
  // Padlock: a shackle arc over a body.
  ctx.strokeStyle = p.surface;
  ctx.fillStyle = p.surface;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.arc(x + 12, mid - 1.5, 3, Math.PI, 0);
  ctx.stroke();
  ctx.fillRect(x + 8, mid - 1.5, 8, 6);
  ctx.textAlign = 'left';
  ctx.fillText(word, x + 21, mid + 0.5);
  return x + w;
}
