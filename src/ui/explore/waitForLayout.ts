// Where the wait-for graph's nodes and arrows go: the cycle around a circle (thread, lock,
// thread, lock…), other nodes after it, arrows cut short at the node edges.
import type { WaitForEdge, WaitForGraph, WaitForNodeKind } from '../../core/explore/waitFor.ts';

export interface PlacedNode {
  readonly id: string;
  readonly kind: WaitForNodeKind;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly inCycle: boolean;
}

export interface PlacedEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: WaitForEdge['kind'];
  readonly inCycle: boolean;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface GraphLayout {
  readonly size: number;
  readonly radius: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

/** Node radius in the layout's units; an arrow stops this far from a node's centre, plus a gap. */
export const NODE_R = 26;
const GAP = 4;

/** Room between two neighbours on the ring, so that the arrow between them can be seen. */
const SPACING = 44;
const MIN_SIZE = 240;

export function layoutWaitFor(g: WaitForGraph): GraphLayout {
  const inCycle = new Set(g.cycle);
  const order = [...g.cycle, ...g.nodes.map((n) => n.id).filter((id) => !inCycle.has(id))];
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const n = order.length;
  // The ring grows with the number of nodes: neighbours stay a chord of 2 radii plus SPACING apart.
  const needed = n <= 1 ? 0 : (2 * NODE_R + SPACING) / (2 * Math.sin(Math.PI / n));
  const size = Math.max(MIN_SIZE, Math.ceil(2 * (needed + NODE_R + 8)));
  const c = size / 2;
  const ring = n <= 1 ? 0 : Math.max(needed, size / 2 - NODE_R - 8);
  const nodes: PlacedNode[] = order.map((id, i) => {
    const node = byId.get(id)!;
    // Start at the top and go clockwise, so the cycle reads like a clock.
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    return { id, kind: node.kind, label: node.label, x: c + ring * Math.cos(a), y: c + ring * Math.sin(a), inCycle: inCycle.has(id) };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const cycleEdge = (from: string, to: string): boolean => {
    const i = g.cycle.indexOf(from);
    return i >= 0 && g.cycle[(i + 1) % g.cycle.length] === to;
  };
  const edges: PlacedEdge[] = [];
  for (const e of g.edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const cut = NODE_R + GAP;
    edges.push({
      from: e.from,
      to: e.to,
      kind: e.kind,
      inCycle: cycleEdge(e.from, e.to),
      x1: a.x + (dx / len) * cut,
      y1: a.y + (dy / len) * cut,
      x2: b.x - (dx / len) * cut,
      y2: b.y - (dy / len) * cut,
    });
  }
  return { size, radius: ring, nodes, edges };
}
