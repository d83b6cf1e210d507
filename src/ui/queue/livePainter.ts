// Paints the Queue live view (the totals above it are text, LiveTotals.tsx): the ring or the message channels (liveRing.ts), the worker
// lanes and the items in flight (liveLanes.ts), and a legend. Pure: no React, no store; CSS pixels.
import { QUEUE_LABELS } from '../../core/queue/queueKinds.ts';
import type { Palette } from '../common/cssColor.ts';
import { formatCount } from '../common/format.ts';
import { fonts } from '../common/canvasFonts.ts';
import { paintFlights, paintLanes } from './liveLanes.ts';
import type { LiveLayout } from './liveLayout.ts';
import type { QueueLiveModel } from './liveModel.ts';
import { paintChannels, paintCircle, paintStrip } from './liveRing.ts';
import type { Circle } from './ringGeometry.ts';

export interface LiveFrame {
  readonly model: QueueLiveModel;
  readonly layout: LiveLayout;
  readonly palette: Palette;
  readonly now: number;
  readonly reducedMotion: boolean;
  /** Nothing has run with these settings yet: the view shows what will run. */
  readonly preview: boolean;
}

export function paintLive(ctx: CanvasRenderingContext2D, dpr: number, f: LiveFrame): void {
  const { layout: l } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, l.width, l.height);
  ctx.textBaseline = 'middle';
  paintMiddle(ctx, f);
  paintLanes(ctx, f);
  if (!f.reducedMotion) paintFlights(ctx, f);
  // The count in the middle of the ring goes over any item flying across it.
  if (l.circle) paintCircleCount(ctx, f, l.circle);
  paintLegend(ctx, f);
}

function paintCircleCount(ctx: CanvasRenderingContext2D, f: LiveFrame, c: Circle): void {
  const { palette: p, model } = f;
  const ft = fonts(p);
  // A quiet backing, so that items flying across the middle pass behind the count.
  const w = Math.min(c.rInner * 1.8, 124);
  ctx.fillStyle = p.surface;
  ctx.beginPath();
  ctx.roundRect(c.cx - w / 2, c.cy - 24, w, model.closed ? 68 : 50, 8);
  ctx.fill();
  ctx.textAlign = 'center';
  ctx.fillStyle = p.text;
  ctx.font = ft.big;
  ctx.fillText(formatCount(model.counts.inQueue), c.cx, c.cy - 6, c.rInner * 1.6);
  ctx.font = ft.small;
  ctx.fillStyle = p.muted;
  ctx.fillText(`of ${formatCount(model.config.capacity)} in queue`, c.cx, c.cy + 16, c.rInner * 1.7);
  if (model.closed) {
    ctx.font = ft.smallBold;
    ctx.fillStyle = p.warn;
    ctx.fillText('closed', c.cx, c.cy + 34);
  }
}

function paintMiddle(ctx: CanvasRenderingContext2D, f: LiveFrame): void {
  const { palette: p, model, layout: l } = f;
  const ft = fonts(p);
  ctx.font = ft.label;
  ctx.fillStyle = p.text;
  ctx.textAlign = l.narrow ? 'left' : 'center';
  const titleX = l.narrow ? l.pad : l.midX + l.midW / 2;
  const titleY = l.narrow ? l.midTop - 12 : l.producers.titleY;
  const c = model.config;
  const title = !model.ring
    ? `${QUEUE_LABELS.message} · ${c.producers * c.consumers} ${c.producers * c.consumers === 1 ? 'channel' : 'channels'}`
    : model.ringSlots > c.capacity
      ? `Ring · ${formatCount(model.ringSlots)} slots, one kept free`
      : `Ring · ${formatCount(model.ringSlots)} slots`;
  ctx.fillText(title, titleX, titleY, l.narrow ? l.midW : l.midW + 40);
  if (l.circle) paintCircle(ctx, f, l.circle);
  else if (l.strip) paintStrip(ctx, f, l.strip);
  else paintChannels(ctx, f);
}

const SWATCH = 10;

function paintLegend(ctx: CanvasRenderingContext2D, f: LiveFrame): void {
  const { palette: p, model, layout: l } = f;
  const ft = fonts(p);
  ctx.font = ft.small;
  ctx.textAlign = 'left';
  const pill = model.config.shutdown === 'sentinel' && model.ring ? 'poison pill' : '';
  const parts = [l.narrow ? 'Colour = its producer' : 'Colour = the producer that made the item'];
  if (pill) parts.push(pill);
  if (model.ring) parts.push(l.narrow ? 'head: next get · tail: next put' : 'head: the next get takes from here, tail: the next put goes here');
  // Part by part, wrapping onto the next line when a part does not fit; the pill part gets its swatch.
  const room = l.width - 2 * l.pad;
  const sep = ctx.measureText(' · ').width;
  let x = l.pad;
  let y = l.legendY;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const w = ctx.measureText(part).width + (part === pill ? SWATCH + 5 : 0);
    if (k > 0 && x + sep + w > l.pad + room) {
      x = l.pad;
      y += 16;
    } else if (k > 0) {
      ctx.fillStyle = p.muted;
      ctx.fillText(' · ', x, y);
      x += sep;
    }
    if (part === pill) {
      ctx.fillStyle = p.text;
      ctx.fillRect(x, y - SWATCH / 2, SWATCH, SWATCH);
      x += SWATCH + 5;
    }
    ctx.fillStyle = p.muted;
    ctx.fillText(part, x, y, l.pad + room - x);
    x += ctx.measureText(part).width;
  }
}

