// The wait-for graph of a machine: each blocked thread points at what it waits for (a lock, a
// queue, a condition, a thread it joins), each held lock at its holder. A cycle is a deadlock.
// Concurrency contract: single-threaded; reads the machine only.
import { Life, type Machine } from './machine.ts';
import type { PyWaitForGraph } from './types.ts';
import { findCycle } from '../../explore/waitFor.ts';

export function waitForGraph(m: Machine): PyWaitForGraph {
  const nodes: { id: string; kind: 'thread' | 'object'; label: string }[] = [];
  const edges: { from: string; to: string; kind: 'waits' | 'held-by' }[] = [];
  const seen = new Set<string>();
  const node = (id: string, kind: 'thread' | 'object', label: string): string => {
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push({ id, kind, label });
    }
    return id;
  };
  for (const rec of m.threads) {
    if (rec.life !== Life.live || rec.wait === null) continue;
    const t = node(`t${rec.id}`, 'thread', rec.vm.name);
    const on = rec.wait.on;
    if (on === null) continue;
    const joined = on.joins();
    if (joined !== null) {
      // Joining a thread (or a process) waits for that thread itself.
      edges.push({ from: t, to: node(`t${joined}`, 'thread', m.threadName(joined)), kind: 'waits' });
      continue;
    }
    const o = node(`o${on.num}`, 'object', on.label);
    edges.push({ from: t, to: o, kind: 'waits' });
    const holder = on.holder();
    if (holder !== null) edges.push({ from: o, to: node(`t${holder}`, 'thread', m.threadName(holder)), kind: 'held-by' });
  }
  return { nodes, edges, cycle: findCycle(nodes, edges) };
}

/** "MainThread waits for Lock 1 held by Thread-1 (worker); Thread-1 (worker) waits for Lock 2 held by MainThread." */
export function describeDeadlock(m: Machine): string {
  const parts: string[] = [];
  for (const rec of m.threads) {
    if (rec.life !== Life.live) continue;
    parts.push(`${rec.vm.name} ${rec.vm.blocked?.reason ?? 'waits'}`);
  }
  return parts.length === 0 ? 'no thread can go on.' : `${parts.join('; ')}.`;
}
