// Paints the worker lanes of the Queue live view (state, count, progress) and the items in flight
// between a lane and the ring or, for message queues, between a producer and a consumer.
import { Exit, WorkerState } from '../../core/queue/queueLayout.ts';
import { fonts } from '../common/canvasFonts.ts';
import { workerColour, type Palette } from '../common/cssColor.ts';
import { formatCount } from '../common/format.ts';
import { channelEnds, type Lanes } from './liveLayout.ts';
import { PILL_MARK, type Side } from './liveModel.ts';
import type { LiveFrame } from './livePainter.ts';
import { slotCentreOnCircle, stripPoint, type Out } from './ringGeometry.ts';

/** The colour of an item: its producer's, or the text colour for a poison pill. */
export function markColour(p: Palette, mark: number): string {
  return mark === PILL_MARK ? p.text : mark >= 0 ? workerColour(p, mark) : p.muted;
}

type Tone = 'text' | 'warn' | 'ok' | 'muted' | 'bad';

interface Words {
  readonly text: string;
  readonly tone: Tone;
}

const WORDS = {
  starting: { text: 'starting', tone: 'muted' },
  producing: { text: 'producing', tone: 'text' },
  consuming: { text: 'consuming', tone: 'text' },
  full: { text: 'blocked on full', tone: 'warn' },
  empty: { text: 'blocked on empty', tone: 'warn' },
  stopped: { text: 'stopped', tone: 'bad' },
  done: { text: 'done', tone: 'ok' },
  sawEmpty: { text: 'done · saw it empty', tone: 'ok' },
  pill: { text: 'done · took its pill', tone: 'ok' },
  closed: { text: 'done · saw it closed', tone: 'ok' },
} as const satisfies Record<string, Words>;

const READY: Words = { text: 'ready', tone: 'muted' };

/** What a lane's state chip says, and in which tone. */
export function stateWords(state: number, exit: number, producer: boolean): Words {
  switch (state) {
    case WorkerState.producing:
      return WORDS.producing;
    case WorkerState.consuming:
      return WORDS.consuming;
    case WorkerState.blockedFull:
      return WORDS.full;
    case WorkerState.blockedEmpty:
      return WORDS.empty;
    case WorkerState.done:
      if (exit === Exit.stopped) return WORDS.stopped;
      if (producer) return WORDS.done;
      if (exit === Exit.empty) return WORDS.sawEmpty;
      if (exit === Exit.pill) return WORDS.pill;
      if (exit === Exit.closed) return WORDS.closed;
      return WORDS.done;
    default:
      return WORDS.starting;
  }
}

function toneColour(p: Palette, tone: Tone): string {
  return tone === 'warn' ? p.warn : tone === 'ok' ? p.ok : tone === 'bad' ? p.bad : tone === 'muted' ? p.muted : p.text;
}

function toneBg(p: Palette, tone: Tone): string {
  return tone === 'warn' ? p.warnBg : tone === 'ok' ? p.okBg : tone === 'bad' ? p.badBg : p.surface2;
}

export function paintLanes(ctx: CanvasRenderingContext2D, f: LiveFrame): void {
  const { model, layout: l, palette: p } = f;
  const ft = fonts(p);
  ctx.font = ft.label;
  ctx.fillStyle = p.text;
  ctx.textAlign = 'left';
  ctx.fillText('Producers', l.producers.x, l.producers.titleY);
  ctx.fillText('Consumers', l.consumers.x, l.consumers.titleY);
  for (let i = 0; i < model.producers.n; i++) paintLane(ctx, f, l.producers, model.producers, i, true);
  for (let i = 0; i < model.consumers.n; i++) paintLane(ctx, f, l.consumers, model.consumers, i, false);
}

function paintLane(ctx: CanvasRenderingContext2D, f: LiveFrame, lanes: Lanes, side: Side, i: number, producer: boolean): void {
  const { palette: p, layout: l, model } = f;
  const ft = fonts(p);
  const y = lanes.top + i * l.laneH;
  const h = l.laneH;
  const roomy = h >= 60;
  const row1 = y + (roomy ? 13 : 11);
  const row2 = y + (roomy ? 33 : 29);
  const row3 = y + 51;
  const x = lanes.x;
  const w = lanes.w;
  ctx.fillStyle = producer ? workerColour(p, i) : p.muted;
  ctx.beginPath();
  ctx.roundRect(x, y + 3, 4, h - 8, 2);
  ctx.fill();

  ctx.textAlign = 'left';
  ctx.font = ft.label;
  ctx.fillStyle = p.text;
  const name = `${producer ? 'Producer' : 'Consumer'} ${i + 1}`;
  ctx.fillText(name, x + 12, row1);

  // State chip, right-aligned on the first row.
  const words = f.preview ? READY : stateWords(side.shown[i]!, side.exit[i]!, producer);
  ctx.font = ft.smallBold;
  const tw = ctx.measureText(words.text).width;
  const nameW = ctx.measureText(name).width + 24;
  const chipW = Math.min(tw + 14, w - nameW - 12);
  const chipX = x + w - chipW;
  ctx.beginPath();
  ctx.roundRect(chipX, row1 - 9, chipW, 18, 9);
  ctx.fillStyle = toneBg(p, words.tone);
  ctx.fill();
  ctx.fillStyle = toneColour(p, words.tone);
  ctx.textAlign = 'center';
  ctx.fillText(words.text, chipX + chipW / 2, row1 + 0.5, chipW - 8);

  // Second row: progress (producers) or the last item taken (consumers), then the count.
  const count = side.count[i]!;
  ctx.font = ft.monoSmall;
  const countText = producer ? `${formatCount(count)} put` : `${formatCount(count)} taken`;
  const cw = Math.min(ctx.measureText(countText).width, w * 0.6);
  ctx.textAlign = 'right';
  ctx.fillStyle = p.muted;
  ctx.fillText(countText, x + w, row2, w * 0.6);
  const barX = x + 12;
  const barW = w - 12 - cw - 12;
  if (producer && barW > 16) {
    const frac = Math.min(1, count / Math.max(1, model.config.items));
    ctx.fillStyle = p.surface2;
    ctx.beginPath();
    ctx.roundRect(barX, row2 - 4, barW, 8, 4);
    ctx.fill();
    if (frac > 0) {
      ctx.fillStyle = workerColour(p, i);
      ctx.beginPath();
      ctx.roundRect(barX, row2 - 4, Math.max(8, barW * frac), 8, 4);
      ctx.fill();
    }
  } else if (!producer && side.last[i]! >= PILL_MARK) {
    ctx.fillStyle = markColour(p, side.last[i]!);
    ctx.beginPath();
    ctx.arc(barX + 5, row2, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.font = ft.small;
    ctx.fillStyle = p.muted;
    ctx.textAlign = 'left';
    ctx.fillText(side.last[i] === PILL_MARK ? 'last: a pill' : 'last taken', barX + 15, row2, Math.max(0, barW - 15));
  }

  // Third row, when there is room: how often it had to wait.
  const blocked = side.blocked[i]!;
  if (roomy && blocked > 0) {
    ctx.font = ft.small;
    ctx.fillStyle = p.muted;
    ctx.textAlign = 'left';
    const waits = `waited ${formatCount(blocked)}× ${producer ? 'for room' : 'for an item'}`;
    ctx.fillText(waits, barX, row3, w - 12);
  }
}

// Scratch points, reused every frame.
const from: Out = { x: 0, y: 0 };
const to: Out = { x: 0, y: 0 };

/** Each worker's latest item on its way into or out of the ring (or along its channel). */
export function paintFlights(ctx: CanvasRenderingContext2D, f: LiveFrame): void {
  const { model, layout: l, palette: p, now } = f;
  for (let pass = 0; pass < 2; pass++) {
    const producer = pass === 0;
    const side = producer ? model.producers : model.consumers;
    const lanes = producer ? l.producers : l.consumers;
    for (let i = 0; i < side.n; i++) {
      const t = model.flight(side, i, now);
      if (t < 0) continue;
      if (!model.ring) {
        if (!producer) continue;
        channelEnds(l, i, side.flightTo[i]!, model.producers.n, model.consumers.n, from, to);
      } else {
        laneAnchor(f, lanes, i, producer, producer ? from : to);
        slotPoint(f, side.flightTo[i]!, producer ? to : from);
      }
      // Ease in and out, along a gentle arc.
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const lift = Math.sin(Math.PI * e) * (l.narrow ? 10 : 18);
      const x = from.x + (to.x - from.x) * e;
      const y = from.y + (to.y - from.y) * e - lift;
      ctx.beginPath();
      ctx.arc(x, y, 6, 0, Math.PI * 2);
      ctx.fillStyle = markColour(p, side.flightMark[i]!);
      ctx.fill();
      ctx.strokeStyle = p.surface;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }
}

/**
 * Where an item leaves a producer's lane or reaches a consumer's. On a phone the lanes are stacked,
 * so items start at the bottom edge of the producers' block (and end at the top of the consumers'),
 * spread by worker, instead of crossing the other lanes.
 */
function laneAnchor(f: LiveFrame, lanes: Lanes, i: number, producer: boolean, out: Out): void {
  const l = f.layout;
  if (l.narrow) {
    const n = producer ? f.model.producers.n : f.model.consumers.n;
    out.x = lanes.x + ((i + 0.5) / n) * lanes.w;
    out.y = producer ? lanes.top + n * l.laneH : lanes.top - 4;
    return;
  }
  out.x = producer ? lanes.x + lanes.w + 6 : lanes.x - 6;
  out.y = lanes.top + (i + 0.5) * l.laneH;
}

function slotPoint(f: LiveFrame, slot: number, out: Out): void {
  const l = f.layout;
  if (l.circle) slotCentreOnCircle(l.circle, slot, f.model.ringSlots, out);
  else if (l.strip) stripPoint(l.strip, (slot + 0.5) / l.plan.perCell, out);
}
