// Where the ring's slots go on the canvas: grouped into at most a few dozen cells, laid on a circle
// (wide screens) or a strip (phones). Pure; results go into caller-owned objects (no per-frame garbage).

export interface CellPlan {
  /** Cells drawn. */
  readonly cells: number;
  /** Ring slots per cell (the last cell may hold fewer). */
  readonly perCell: number;
}

/** Groups `ringSlots` slots into at most `maxCells` cells of equal size. */
export function planCells(ringSlots: number, maxCells: number): CellPlan {
  const slots = Math.max(1, Math.floor(ringSlots));
  const max = Math.max(1, Math.floor(maxCells));
  const perCell = Math.ceil(slots / max);
  return { cells: Math.ceil(slots / perCell), perCell };
}

/** Slots of cell `i`: [first, first + size). */
export function cellSlots(i: number, plan: CellPlan, ringSlots: number): { first: number; size: number } {
  const first = i * plan.perCell;
  return { first, size: Math.max(0, Math.min(plan.perCell, ringSlots - first)) };
}

/** True when `slot` lies in the `count` slots that follow `headSlot` around a ring of `ringSlots`. */
export function slotOccupied(slot: number, headSlot: number, count: number, ringSlots: number): boolean {
  return (((slot - headSlot) % ringSlots) + ringSlots) % ringSlots < count;
}

/** A mutable point (or angle pair) the geometry functions write into. */
export interface Out {
  x: number;
  y: number;
}

export interface Circle {
  readonly cx: number;
  readonly cy: number;
  readonly rOuter: number;
  readonly rInner: number;
}

/** Radians between neighbouring cells: a hairline, or nothing once the cells get thin. */
export function cellGap(cells: number): number {
  return cells > 48 ? 0 : Math.min(0.06, (Math.PI * 2) / cells / 8);
}

/** Start and end angles of cell `i` into out.x / out.y; the ring starts at 12 o'clock and runs clockwise. */
export function cellArc(i: number, cells: number, out: Out): Out {
  const span = (Math.PI * 2) / cells;
  const gap = cellGap(cells);
  out.x = -Math.PI / 2 + i * span + gap / 2;
  out.y = out.x + span - gap;
  return out;
}

/** The angle where a ring position sits, in slot units (fractions allowed: 2.5 is the middle of slot 2). */
export function positionAngle(position: number, ringSlots: number): number {
  return -Math.PI / 2 + (position / ringSlots) * Math.PI * 2;
}

/** The point at `angle`, `radius` from the centre. */
export function polar(c: Circle, angle: number, radius: number, out: Out): Out {
  out.x = c.cx + Math.cos(angle) * radius;
  out.y = c.cy + Math.sin(angle) * radius;
  return out;
}

/** The middle of slot `slot` on the circle, where items fly to and from. */
export function slotCentreOnCircle(c: Circle, slot: number, ringSlots: number, out: Out): Out {
  return polar(c, positionAngle(slot + 0.5, ringSlots), (c.rOuter + c.rInner) / 2, out);
}

export interface Strip {
  readonly x: number;
  readonly y: number;
  readonly cols: number;
  readonly rows: number;
  readonly cellW: number;
  readonly cellH: number;
  /** Vertical room between rows (for the head and tail markers). */
  readonly rowGap: number;
}

/** Lays `cells` cells in rows of at most `width / minCellW`, each row `cellH` tall. */
export function stripLayout(cells: number, x: number, y: number, width: number, cellH: number, minCellW = 10, rowGap = 18): Strip {
  const maxCols = Math.max(1, Math.floor(width / minCellW));
  const rows = Math.ceil(cells / maxCols);
  const cols = Math.ceil(cells / rows);
  return { x, y, cols, rows, cellW: width / cols, cellH, rowGap };
}

/** Height of a strip with its markers: rows and the gaps between and around them. */
export function stripHeight(s: Strip): number {
  return s.rows * s.cellH + (s.rows + 1) * s.rowGap;
}

/** Top-left corner of cell `i` (rows fill left to right, top to bottom). */
export function stripCell(s: Strip, i: number, out: Out): Out {
  const row = Math.floor(i / s.cols);
  out.x = s.x + (i - row * s.cols) * s.cellW;
  out.y = s.y + s.rowGap + row * (s.cellH + s.rowGap);
  return out;
}

/** The point on the strip at a ring position in cell units (fractions allowed), mid-height of its row. */
export function stripPoint(s: Strip, cellPosition: number, out: Out): Out {
  const cells = s.cols * s.rows;
  const p = Math.max(0, Math.min(cells - 1e-9, cellPosition));
  const i = Math.floor(p);
  stripCell(s, i, out);
  out.x += (p - i) * s.cellW;
  out.y += s.cellH / 2;
  return out;
}
