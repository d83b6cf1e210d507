// Where everything goes in the Queue live view for a canvas width (the totals sit above it, as text): the producers'
// and consumers' lanes, and the ring between them (a circle when wide, a strip on a phone). Pure.
import type { QueueParams } from '../../core/params/queueParams.ts';
import { planCells, stripHeight, stripLayout, type CellPlan, type Circle, type Out, type Strip } from './ringGeometry.ts';
import { ringSlotsOf } from './liveModel.ts';

export interface Lanes {
  readonly x: number;
  readonly w: number;
  /** Top of the first lane (under the column title). */
  readonly top: number;
  readonly titleY: number;
}

export interface LiveLayout {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly pad: number;
  /** Space above the column titles. */
  readonly headH: number;
  readonly laneH: number;
  readonly producers: Lanes;
  readonly consumers: Lanes;
  /** The middle: the ring (circle or strip) or the message channels. */
  readonly midX: number;
  readonly midW: number;
  readonly midTop: number;
  readonly midH: number;
  readonly circle: Circle | null;
  readonly strip: Strip | null;
  readonly plan: CellPlan;
  readonly legendY: number;
}

/** Below this canvas width the view stacks producers, ring and consumers. */
export const NARROW = 720;
const LEGEND_H = 24;
/** How far a two-line head/tail label reaches beyond the ring (liveRing.ts), with a 4 px gap. */
export const RING_LABEL_ROOM = 44;
/** A phone's legend takes two lines. */
const LEGEND_H_NARROW = 40;

type Shape = Pick<QueueParams, 'producers' | 'consumers' | 'capacity' | 'queue'>;

export function liveLayout(width: number, p: Shape): LiveLayout {
  return width < NARROW ? narrowLayout(width, p) : wideLayout(width, p);
}

export function liveHeight(width: number, p: Shape): number {
  return liveLayout(width, p).height;
}

/** Room for three rows (name, progress, waits) up to four workers a side, two rows beyond. */
function laneHeight(workers: number, narrow: boolean): number {
  if (narrow) return workers <= 4 ? 62 : 42;
  return workers <= 4 ? 66 : 44;
}

function wideLayout(width: number, p: Shape): LiveLayout {
  const pad = 16;
  const headH = 6;
  const most = Math.max(p.producers, p.consumers);
  const laneH = laneHeight(most, false);
  const colW = Math.round(Math.min(280, Math.max(190, width * 0.3)));
  const gap = 40;
  const midX = pad + colW + gap;
  const midW = width - 2 * (pad + colW + gap);
  const titleH = 22;
  const diameter = Math.max(140, Math.min(260, midW - 40));
  // Room above and below the ring for a two-line head/tail label (liveRing.ts draws it 18 px out).
  const ringBlock = p.queue === 'message' ? Math.max(150, most * laneH) : diameter + 2 * RING_LABEL_ROOM;
  const bodyH = Math.max(most * laneH + titleH, ringBlock + titleH);
  const bodyTop = headH;
  const lanesTop = (n: number): number => bodyTop + titleH + Math.max(0, (bodyH - titleH - n * laneH) / 2);
  const slots = ringSlotsOf(p);
  const rOuter = diameter / 2;
  const circle: Circle | null =
    p.queue === 'message' ? null : { cx: midX + midW / 2, cy: bodyTop + titleH + (bodyH - titleH) / 2, rOuter, rInner: rOuter - Math.max(18, Math.min(30, rOuter * 0.26)) };
  const maxCells = Math.min(64, Math.floor((Math.PI * diameter) / 10));
  return {
    width,
    height: bodyTop + bodyH + LEGEND_H + pad,
    narrow: false,
    pad,
    headH,
    laneH,
    producers: { x: pad, w: colW, top: lanesTop(p.producers), titleY: bodyTop + 8 },
    consumers: { x: width - pad - colW, w: colW, top: lanesTop(p.consumers), titleY: bodyTop + 8 },
    midX,
    midW,
    midTop: bodyTop + titleH,
    midH: bodyH - titleH,
    circle,
    strip: null,
    plan: planCells(Math.max(1, slots), maxCells),
    legendY: bodyTop + bodyH + LEGEND_H / 2 + 4,
  };
}

function narrowLayout(width: number, p: Shape): LiveLayout {
  const pad = 12;
  const headH = 14;
  const laneH = laneHeight(Math.max(p.producers, p.consumers), true);
  const w = width - 2 * pad;
  const titleH = 22;
  const prodTop = headH + titleH;
  const prodEnd = prodTop + p.producers * laneH;
  const slots = ringSlotsOf(p);
  const minCellW = 10;
  const plan = planCells(Math.max(1, slots), 2 * Math.floor(w / minCellW));
  const midTop = prodEnd + titleH + 4;
  let strip: Strip | null = null;
  let midH = 64;
  if (p.queue !== 'message') {
    strip = stripLayout(plan.cells, pad, midTop, w, 26, minCellW, 20);
    midH = stripHeight(strip);
  }
  const consTitle = midTop + midH + 10;
  const consTop = consTitle + titleH;
  const consEnd = consTop + p.consumers * laneH;
  return {
    width,
    height: consEnd + LEGEND_H_NARROW + pad,
    narrow: true,
    pad,
    headH,
    laneH,
    producers: { x: pad, w, top: prodTop, titleY: headH + 8 },
    consumers: { x: pad, w, top: consTop, titleY: consTitle + 8 },
    midX: pad,
    midW: w,
    midTop,
    midH,
    circle: null,
    strip,
    plan,
    legendY: consEnd + 16,
  };
}

/** The two ends of the message channel from producer i to consumer j (of P and C). */
export function channelEnds(l: LiveLayout, i: number, j: number, P: number, C: number, from: Out, to: Out): void {
  if (l.narrow) {
    // Producers above, consumers below: the channels run down through the middle block.
    from.x = l.midX + ((i + 0.5) / P) * l.midW;
    from.y = l.midTop - 4;
    to.x = l.midX + ((j + 0.5) / C) * l.midW;
    to.y = l.midTop + l.midH + 4;
    return;
  }
  from.x = l.producers.x + l.producers.w + 6;
  from.y = l.producers.top + (i + 0.5) * l.laneH;
  to.x = l.consumers.x - 6;
  to.y = l.consumers.top + (j + 0.5) * l.laneH;
}
