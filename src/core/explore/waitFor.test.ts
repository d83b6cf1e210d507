// Wait-for graphs: who waits for which lock, who holds it, and the cycle of a deadlock.
import { describe, expect, it } from 'vitest';
import { replay } from './replay.ts';
import { buildScenario } from './scenarios.ts';
import { describeWaits, waitForGraph } from './waitFor.ts';

describe('wait-for graph', () => {
  it('draws the two-locks deadlock as a cycle through both locks', () => {
    const p = buildScenario('two-locks');
    const s = replay(p, [0, 1]).at(-1)!;
    const g = waitForGraph(s);
    expect(g.nodes).toEqual([
      { id: 't0', kind: 'thread', label: 'T1' },
      { id: 'l1', kind: 'lock', label: 'b' },
      { id: 't1', kind: 'thread', label: 'T2' },
      { id: 'l0', kind: 'lock', label: 'a' },
    ]);
    expect(g.edges).toEqual([
      { from: 't0', to: 'l1', kind: 'waits' },
      { from: 't1', to: 'l0', kind: 'waits' },
      { from: 'l0', to: 't0', kind: 'held-by' },
      { from: 'l1', to: 't1', kind: 'held-by' },
    ]);
    expect(g.cycle).toEqual(['t0', 'l1', 't1', 'l0']);
    expect(describeWaits(s, g)).toBe('T1 holds a and waits for b; T2 holds b and waits for a.');
  });

  it('has no cycle while someone can still go on', () => {
    const p = buildScenario('two-locks');
    const g = waitForGraph(replay(p, [0]).at(-1)!);
    expect(g.edges).toEqual([{ from: 'l0', to: 't0', kind: 'held-by' }]);
    expect(g.cycle).toEqual([]);
  });

  it('goes round the table for the philosophers', () => {
    const p = buildScenario('philosophers', { threads: 3 });
    const s = replay(p, [0, 1, 2]).at(-1)!;
    expect(waitForGraph(s).cycle).toEqual(['t0', 'l1', 't1', 'l2', 't2', 'l0']);
    expect(describeWaits(s, waitForGraph(s))).toBe('P1 holds fork0 and waits for fork1; P2 holds fork1 and waits for fork2; P3 holds fork2 and waits for fork0.');
  });

  it('shows a consumer waiting on an empty queue, with no cycle', () => {
    const p = buildScenario('check-then-act', { incs: 1, fixed: true });
    const s = replay(p, []).at(-1)!;
    const g = waitForGraph(s);
    expect(g.edges).toEqual([{ from: 't1', to: 'q', kind: 'waits' }]);
    expect(g.cycle).toEqual([]);
    expect(describeWaits(s, g)).toBe('Producer can go on; Consumer waits for an item from q.');
  });
});
