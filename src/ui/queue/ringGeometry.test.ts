import { describe, expect, it } from 'vitest';
import { cellArc, cellSlots, planCells, positionAngle, slotCentreOnCircle, slotOccupied, stripHeight, stripLayout, stripCell, stripPoint } from './ringGeometry.ts';

describe('planCells', () => {
  it('draws one cell per slot when they fit', () => {
    expect(planCells(17, 64)).toEqual({ cells: 17, perCell: 1 });
  });

  it('groups slots when there are too many', () => {
    expect(planCells(4097, 64)).toEqual({ cells: 64, perCell: 65 });
    expect(planCells(4096, 64)).toEqual({ cells: 64, perCell: 64 });
    expect(planCells(1, 64)).toEqual({ cells: 1, perCell: 1 });
  });

  it('covers every slot exactly once', () => {
    for (const slots of [1, 2, 17, 100, 1025, 4097]) {
      const plan = planCells(slots, 40);
      let total = 0;
      for (let i = 0; i < plan.cells; i++) total += cellSlots(i, plan, slots).size;
      expect(total).toBe(slots);
      expect(plan.cells).toBeLessThanOrEqual(40);
    }
  });
});

describe('slotOccupied', () => {
  it('follows the head around the ring', () => {
    const inUse = (head: number, count: number, n: number): number[] =>
      Array.from({ length: n }, (_, s) => s).filter((s) => slotOccupied(s, head, count, n));
    expect(inUse(0, 0, 5)).toEqual([]);
    expect(inUse(1, 2, 5)).toEqual([1, 2]);
    expect(inUse(4, 3, 5)).toEqual([0, 1, 4]);
    expect(inUse(2, 5, 5)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('circle', () => {
  const c = { cx: 100, cy: 100, rOuter: 50, rInner: 30 };

  it('starts at 12 o’clock and runs clockwise', () => {
    expect(positionAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    const p = slotCentreOnCircle(c, 0, 4, { x: 0, y: 0 });
    // Slot 0 of 4 spans 12 to 3 o'clock: its middle is up and to the right.
    expect(p.x).toBeGreaterThan(100);
    expect(p.y).toBeLessThan(100);
    expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(40);
  });

  it('gives every cell the same arc, with a gap', () => {
    const a = cellArc(0, 8, { x: 0, y: 0 });
    const b = cellArc(1, 8, { x: 0, y: 0 });
    expect(a.y - a.x).toBeCloseTo(b.y - b.x);
    expect(a.y).toBeLessThan(b.x);
    expect(b.x - a.x).toBeCloseTo(Math.PI / 4);
  });
});

describe('strip', () => {
  it('fits the cells in one row when they are wide enough', () => {
    const s = stripLayout(16, 10, 0, 320, 24);
    expect(s.rows).toBe(1);
    expect(s.cols).toBe(16);
    expect(s.cellW).toBe(20);
    expect(stripCell(s, 3, { x: 0, y: 0 })).toEqual({ x: 70, y: 18 });
  });

  it('wraps into balanced rows', () => {
    const s = stripLayout(64, 0, 0, 320, 20, 10);
    expect(s.rows).toBe(2);
    expect(s.cols).toBe(32);
    expect(stripCell(s, 32, { x: 0, y: 0 })).toEqual({ x: 0, y: 18 + 20 + 18 });
    expect(stripHeight(s)).toBe(2 * 20 + 3 * 18);
  });

  it('places fractional positions inside their cell', () => {
    const s = stripLayout(4, 0, 0, 100, 20);
    expect(stripPoint(s, 1.5, { x: 0, y: 0 })).toEqual({ x: 37.5, y: 28 });
    // Past the end clamps to the last cell.
    expect(stripPoint(s, 9, { x: 0, y: 0 }).x).toBeLessThanOrEqual(100);
  });
});
