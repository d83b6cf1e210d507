// Paints the middle of the Queue live view: the ring's cells coloured by producer with head and
// tail marked (a circle when wide, a strip on a phone), or the message channels. Pure; CSS pixels.
import { workerColour, type Palette } from '../common/cssColor.ts';
import { formatCount } from '../common/format.ts';
import { fonts } from '../common/canvasFonts.ts';
import { markColour } from './liveLanes.ts';
import { channelEnds } from './liveLayout.ts';
import { NO_MARK, type QueueLiveModel } from './liveModel.ts';
import type { LiveFrame } from './livePainter.ts';
import { cellArc, polar, positionAngle, slotOccupied, stripCell, stripPoint, type Circle, type Out, type Strip } from './ringGeometry.ts';

// Scratch points, reused every frame.
const a: Out = { x: 0, y: 0 };
const b: Out = { x: 0, y: 0 };

// Per-cell scratch, reused for every cell of every frame.
const cell = { used: 0, size: 1, mark: NO_MARK };

/** Cell i: how many of its slots hold items, and the mark of the first that does. */
function cellState(model: QueueLiveModel, i: number, perCell: number): { used: number; size: number; mark: number } {
  cell.used = 0;
  cell.mark = NO_MARK;
  const first = i * perCell;
  const end = Math.min(model.ringSlots, first + perCell);
  cell.size = Math.max(1, end - first);
  for (let s = first; s < end; s++) {
    if (!slotOccupied(s, model.headSlot, model.inQueue, model.ringSlots)) continue;
    cell.used++;
    if (cell.mark === NO_MARK) cell.mark = model.slotMark[s] ?? NO_MARK;
  }
  return cell;
}

/**
 * Fills and outlines the cell path just traced: the empty colour, then its items' colour, fainter
 * the fewer of its slots they hold, then the border.
 */
function paintCell(ctx: CanvasRenderingContext2D, p: Palette, used: number, size: number, mark: number): void {
  ctx.fillStyle = p.surface2;
  ctx.fill();
  if (used > 0) {
    ctx.globalAlpha = size === 1 ? 1 : 0.35 + (0.65 * used) / size;
    ctx.fillStyle = mark === NO_MARK ? p.muted : markColour(p, mark);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = p.border;
  ctx.lineWidth = 1;
  ctx.stroke();
}

export function paintCircle(ctx: CanvasRenderingContext2D, f: LiveFrame, c: Circle): void {
  const { palette: p, model, layout: l } = f;
  const ft = fonts(p);
  const { cells, perCell } = l.plan;
  for (let i = 0; i < cells; i++) {
    cellArc(i, cells, a);
    ctx.beginPath();
    ctx.arc(c.cx, c.cy, c.rOuter, a.x, a.y);
    ctx.arc(c.cx, c.cy, c.rInner, a.y, a.x, true);
    ctx.closePath();
    const s = cellState(model, i, perCell);
    paintCell(ctx, p, s.used, s.size, s.mark);
  }
  // Head (next get) and tail (next put): a tick across the band and a label outside it.
  const slots = model.ringSlots;
  const headA = positionAngle(model.headSlot, slots);
  const tailA = positionAngle(model.tailSlot, slots);
  const together = Math.abs(angleBetween(headA, tailA)) < 0.45;
  paintTick(ctx, c, headA, p.text, together ? BOTH : HEAD, ft.smallBold, p);
  if (!together) paintTick(ctx, c, tailA, p.accent, TAIL, ft.smallBold, p);

}

function angleBetween(x: number, y: number): number {
  const d = (((y - x) % (Math.PI * 2)) + Math.PI * 3) % (Math.PI * 2);
  return d - Math.PI;
}

function paintTick(ctx: CanvasRenderingContext2D, c: Circle, angle: number, colour: string, lines: readonly string[], font: string, p: Palette): void {
  polar(c, angle, c.rInner - 4, a);
  polar(c, angle, c.rOuter + 6, b);
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.stroke();
  polar(c, angle, c.rOuter + 18, b);
  ctx.font = font;
  let w = 0;
  for (const line of lines) w = Math.max(w, ctx.measureText(line).width);
  const h = lines.length * 14;
  // Labels sit outside the ring, pushed sideways on the left and right so they never cross it.
  const cos = Math.cos(angle);
  const x = b.x + (cos > 0.3 ? w / 2 - 4 : cos < -0.3 ? -w / 2 + 4 : 0);
  const sin = Math.sin(angle);
  const y = b.y + (sin > 0.3 ? h / 2 - 7 : sin < -0.3 ? -h / 2 + 7 : 0);
  ctx.fillStyle = p.surface;
  ctx.fillRect(x - w / 2 - 3, y - h / 2 - 1, w + 6, h + 2);
  ctx.fillStyle = colour;
  ctx.textAlign = 'center';
  for (let k = 0; k < lines.length; k++) ctx.fillText(lines[k]!, x, y - h / 2 + 7 + k * 14 + 0.5);
}

const HEAD = ['head'] as const;
const TAIL = ['tail'] as const;
const BOTH = ['head', 'tail'] as const;

export function paintStrip(ctx: CanvasRenderingContext2D, f: LiveFrame, s: Strip): void {
  const { palette: p, model, layout: l } = f;
  const ft = fonts(p);
  const { cells, perCell } = l.plan;
  const gap = s.cellW > 8 ? 2 : 1;
  for (let i = 0; i < cells; i++) {
    stripCell(s, i, a);
    const st = cellState(model, i, perCell);
    ctx.beginPath();
    ctx.roundRect(a.x + gap / 2, a.y, s.cellW - gap, s.cellH, 3);
    paintCell(ctx, p, st.used, st.size, st.mark);
  }
  const headCell = model.headSlot / perCell;
  const tailCell = model.tailSlot / perCell;
  const together = Math.abs(headCell - tailCell) * s.cellW < 36;
  paintStripMarker(ctx, s, headCell, true, p.text, together ? 'head · tail' : 'head', ft.smallBold, p);
  if (!together) paintStripMarker(ctx, s, tailCell, false, p.accent, 'tail', ft.smallBold, p);
  if (model.closed) {
    ctx.font = ft.smallBold;
    ctx.fillStyle = p.warn;
    ctx.textAlign = 'right';
    ctx.fillText('closed', l.width - l.pad, l.midTop - 12);
  }
}

/** A marker at a cell boundary: above the row for the head, below it for the tail. */
function paintStripMarker(ctx: CanvasRenderingContext2D, s: Strip, cellPos: number, above: boolean, colour: string, label: string, font: string, p: Palette): void {
  stripPoint(s, cellPos, a);
  const x = a.x;
  const top = a.y - s.cellH / 2 - 4;
  const bottom = a.y + s.cellH / 2 + 4;
  ctx.fillStyle = colour;
  ctx.fillRect(x - 1.25, top, 2.5, bottom - top);
  ctx.font = font;
  const w = ctx.measureText(label).width;
  const lx = Math.max(s.x + w / 2, Math.min(s.x + s.cols * s.cellW - w / 2, x));
  const ly = above ? top - 8 : bottom + 8;
  ctx.fillStyle = p.surface;
  ctx.fillRect(lx - w / 2 - 2, ly - 7, w + 4, 14);
  ctx.fillStyle = colour;
  ctx.textAlign = 'center';
  ctx.fillText(label, lx, ly + 0.5);
}

/** message: one faint line per (producer, consumer) channel, and what is in flight. */
export function paintChannels(ctx: CanvasRenderingContext2D, f: LiveFrame): void {
  const { palette: p, model, layout: l } = f;
  const ft = fonts(p);
  const P = model.producers.n;
  const C = model.consumers.n;
  ctx.lineWidth = 1.25;
  for (let i = 0; i < P; i++) {
    for (let j = 0; j < C; j++) {
      channelEnds(l, i, j, P, C, a, b);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      if (l.narrow) ctx.bezierCurveTo(a.x, (a.y + b.y) / 2, b.x, (a.y + b.y) / 2, b.x, b.y);
      else ctx.bezierCurveTo((a.x + b.x) / 2, a.y, (a.x + b.x) / 2, b.y, b.x, b.y);
      ctx.globalAlpha = 0.35;
      ctx.strokeStyle = workerColour(p, i);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
  }
  const cx = l.midX + l.midW / 2;
  const cy = l.midTop + l.midH / 2;
  const text = `${formatCount(model.inQueue)} in flight`;
  ctx.font = ft.label;
  const w = ctx.measureText(text).width + 20;
  ctx.beginPath();
  ctx.roundRect(cx - w / 2, cy - 14, w, 28, 14);
  ctx.fillStyle = p.surface;
  ctx.fill();
  ctx.strokeStyle = p.border;
  ctx.stroke();
  ctx.fillStyle = p.text;
  ctx.textAlign = 'center';
  ctx.fillText(text, cx, cy + 0.5);
}
