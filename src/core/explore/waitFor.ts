// The wait-for graph of a state: which thread waits for which lock (or condition, or queue) and
// which thread holds each lock. A cycle through locks is a deadlock no schedule can undo.
import { isSpinning } from './scheduler.ts';
import { Phase, isFinished, type State } from './state.ts';

export type WaitForNodeKind = 'thread' | 'lock' | 'cond' | 'queue';

export interface WaitForNode {
  /** `t0`, `l0`, `c0` or `q`. */
  readonly id: string;
  readonly kind: WaitForNodeKind;
  readonly label: string;
}

export interface WaitForEdge {
  readonly from: string;
  readonly to: string;
  /** thread → what it waits for, or lock → the thread that holds it. */
  readonly kind: 'waits' | 'held-by';
}

export interface WaitForGraph {
  readonly nodes: readonly WaitForNode[];
  readonly edges: readonly WaitForEdge[];
  /** Node ids around one cycle, starting at a thread, or empty when there is none. */
  readonly cycle: readonly string[];
}

export function waitForGraph(s: State): WaitForGraph {
  const p = s.program;
  const nodes: WaitForNode[] = [];
  const edges: WaitForEdge[] = [];
  const seen = new Set<string>();
  const node = (id: string, kind: WaitForNodeKind, label: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    nodes.push({ id, kind, label });
  };
  const lock = (m: number): string => {
    node(`l${m}`, 'lock', p.locks[m]!);
    return `l${m}`;
  };
  s.threads.forEach((th, t) => {
    if (isFinished(s, t)) return;
    node(`t${t}`, 'thread', p.threads[t]!.name);
    const ins = p.threads[t]!.steps[th.pc]!;
    if (ins.op === 'wait' && th.phase === Phase.waiting) {
      node(`c${ins.c}`, 'cond', p.conds[ins.c]!.name);
      edges.push({ from: `t${t}`, to: `c${ins.c}`, kind: 'waits' });
    } else if (ins.op === 'wait' && th.phase === Phase.woken) {
      const m = p.conds[ins.c]!.lock;
      if (s.owners[m]! >= 0) edges.push({ from: `t${t}`, to: lock(m), kind: 'waits' });
    } else if (ins.op === 'lock' && s.owners[ins.m]! >= 0) {
      edges.push({ from: `t${t}`, to: lock(ins.m), kind: 'waits' });
    } else if ((ins.op === 'get' && s.queue.length === 0) || (ins.op === 'put' && s.queue.length >= (p.queue?.capacity ?? 0))) {
      node('q', 'queue', p.queue?.name ?? 'queue');
      edges.push({ from: `t${t}`, to: 'q', kind: 'waits' });
    }
  });
  s.owners.forEach((o, m) => {
    if (o < 0) return;
    edges.push({ from: lock(m), to: `t${o}`, kind: 'held-by' });
    node(`t${o}`, 'thread', p.threads[o]!.name);
  });
  return { nodes, edges, cycle: findCycle(nodes, edges) };
}

/**
 * Every node has at most one outgoing edge of each kind, so following edges from each thread finds
 * any cycle. Thread nodes are `kind: 'thread'` with ids `t<number>` (shared with the Python lab).
 */
export function findCycle(nodes: readonly { readonly id: string; readonly kind: string }[], edges: readonly { readonly from: string; readonly to: string }[]): string[] {
  const next = new Map<string, string>();
  for (const e of edges) if (!next.has(e.from)) next.set(e.from, e.to);
  for (const start of nodes) {
    if (start.kind !== 'thread') continue;
    const path: string[] = [];
    let at: string | undefined = start.id;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = next.get(at);
    }
    if (at === undefined) continue;
    const cycle = path.slice(path.indexOf(at));
    // Start at the lowest-numbered thread so the same cycle is always reported the same way.
    const threads = cycle.filter((id) => id.startsWith('t')).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    const first = cycle.indexOf(threads[0]!);
    return [...cycle.slice(first), ...cycle.slice(0, first)];
  }
  return [];
}

/** The graph in words: "T1 holds a and waits for b; T2 holds b and waits for a." */
export function describeWaits(s: State, g: WaitForGraph): string {
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  const parts: string[] = [];
  for (const n of g.nodes) {
    if (n.kind !== 'thread') continue;
    const holds = g.edges.filter((e) => e.kind === 'held-by' && e.to === n.id).map((e) => label.get(e.from)!);
    const waits = g.edges.find((e) => e.kind === 'waits' && e.from === n.id);
    const t = Number(n.id.slice(1));
    let text = n.label;
    if (isFinished(s, t)) text += ' has finished';
    if (holds.length > 0) text += `${isFinished(s, t) ? ' but' : ''} holds ${holds.join(' and ')}`;
    if (waits) {
      const target = g.nodes.find((x) => x.id === waits.to)!;
      const op = s.program.threads[t]!.steps[s.threads[t]!.pc]?.op;
      const what =
        target.kind === 'queue'
          ? `${op === 'put' ? 'room in' : 'an item from'} ${target.label}`
          : target.kind === 'cond'
            ? `a notify on ${target.label}`
            : target.label;
      text += `${holds.length > 0 ? ' and' : ''} waits for ${what}`;
    } else if (!isFinished(s, t)) {
      text += `${holds.length > 0 ? ' and' : ''} ${isSpinning(s, t) ? 'spins' : 'can go on'}`;
    }
    parts.push(text);
  }
  return `${parts.join('; ')}.`;
}
