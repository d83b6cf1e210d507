// PCT on real Python programs: seeded runs repeat, depth 1 never preempts, and a depth-2 bug (a
// lost update) shows at least as often as PCT promises, judged by an exact binomial threshold.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import type { CodeObject } from '../code.ts';
import { mulberry32 } from '../../shared/random.ts';
import { PROGRAMS } from '../examples/programs.ts';
import { BUILTINS } from '../values/builtins.ts';
import { createMachine, randomChooser, runSchedule } from './api.ts';
import { makeEngine } from './engine.ts';
import { changePoints, counting, pctChooser, pctGuarantee, runSeed, runsFor } from './pct.ts';
import { sample } from './sample.ts';
import { createControl } from './searchControl.ts';
import type { MachineSettings, SearchResult } from './types.ts';

const engine = makeEngine(BUILTINS);
const every: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 100_000, seed: 1 };

function code(source: string): CodeObject {
  const r = compile(source, { filename: 'main.py' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.code;
}

/** The lost-update example with one increment per thread: a lost update prints 1 instead of 2. */
const LOST_UPDATE = code(PROGRAMS['lost-update'].replace('range(2)', 'range(1)'));

function run(c: CodeObject, chooser: (ready: readonly number[], moves: number) => number): { stdout: string; schedule: readonly number[] } {
  const m = createMachine(c, every, engine);
  const r = runSchedule(m, chooser);
  return { stdout: r.outcome.stdout, schedule: [...r.schedule] };
}

/** ln C(n, i) + i ln p + (n − i) ln(1 − p): the binomial's log probability of exactly i. */
function logPmf(n: number, p: number, i: number): number {
  let lc = 0;
  for (let j = 1; j <= i; j++) lc += Math.log(n - i + j) - Math.log(j);
  return lc + i * Math.log(p) + (n - i) * Math.log1p(-p);
}

/** The largest t with P(X < t) ≤ alpha for X ~ Binomial(n, p): fewer than t hits would be that unlikely. */
function lowerThreshold(n: number, p: number, alpha: number): number {
  let below = 0;
  for (let t = 0; t <= n; t++) {
    const next = below + Math.exp(logPmf(n, p, t));
    if (next > alpha) return t;
    below = next;
  }
  return n;
}

describe('PCT', () => {
  it('draws d − 1 distinct change points among the k steps', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const points = changePoints(rand, 4, 10);
      expect(points).toHaveLength(3);
      expect(new Set(points).size).toBe(3);
      expect(points.every((p) => p >= 1 && p <= 10)).toBe(true);
      expect(points).toEqual([...points].sort((a, b) => a - b));
    }
    expect(changePoints(rand, 5, 2)).toEqual([1, 2]);
  });

  it('repeats a run for the same seed and varies across seeds', () => {
    const plan = { depth: 2, steps: 20 };
    const a = run(LOST_UPDATE, pctChooser(11, plan).choose);
    const b = run(LOST_UPDATE, pctChooser(11, plan).choose);
    expect(b.schedule).toEqual(a.schedule);
    const distinct = new Set<string>();
    for (let s = 0; s < 40; s++) distinct.add(run(LOST_UPDATE, pctChooser(s, plan).choose).schedule.join(''));
    expect(distinct.size).toBeGreaterThan(3);
  });

  it('never preempts at depth 1: the highest thread runs until it waits or ends', () => {
    for (let s = 0; s < 100; s++) expect(run(LOST_UPDATE, pctChooser(s, { depth: 1, steps: 20 }).choose).stdout).toBe('2');
  });

  it('shows a depth-2 bug (a lost update) at least at the rate it guarantees', () => {
    // k must bound every run's choice points: the most seen over many runs, doubled (a larger k only weakens the bound).
    let most = 0;
    for (let s = 0; s < 300; s++) {
      const c = counting(randomChooser(s));
      run(LOST_UPDATE, c.choose);
      const p = counting(pctChooser(s, { depth: 2, steps: 40 }).choose);
      run(LOST_UPDATE, p.choose);
      most = Math.max(most, c.calls(), p.calls());
    }
    const steps = 2 * most;
    const threads = createMachineThreads();
    const g = pctGuarantee(threads, steps, 2);
    const runs = 3000;
    let hits = 0;
    for (let i = 0; i < runs; i++) if (run(LOST_UPDATE, pctChooser(runSeed(5, i), { depth: 2, steps }).choose).stdout === '1') hits++;
    // Fewer hits than this would happen with probability below 1e-9 if the guarantee held exactly.
    const threshold = lowerThreshold(runs, g.probability, 1e-9);
    expect(threshold).toBeGreaterThan(0);
    expect(hits).toBeGreaterThanOrEqual(threshold);
  });

  it('says how many runs give 95 % confidence', () => {
    expect(runsFor(0.5, 0.95)).toBe(5); // 1 − 0.5^5 ≥ 0.95 > 1 − 0.5^4
    expect(runsFor(1, 0.95)).toBe(1);
    const g = pctGuarantee(3, 40, 2);
    expect(g.probability).toBeCloseTo(1 / 120, 12);
    expect(1 - (1 - g.probability) ** g.runsFor95).toBeGreaterThanOrEqual(0.95);
    expect(1 - (1 - g.probability) ** (g.runsFor95 - 1)).toBeLessThan(0.95);
    // A program far too large to explore still gets a finite count.
    expect(pctGuarantee(3, 4_000_000, 2).runsFor95).toBeGreaterThan(30_000_000);
  });

  it('samples by PCT deterministically and reports n and k', () => {
    const all = (worker: number, workers: number): SearchResult => {
      const share = { control: createControl(false), worker, workers };
      const g = sample(LOST_UPDATE, every, engine, { samples: 60, sliceSchedules: 7, sampler: 'pct', depth: 2, share });
      for (;;) {
        const r = g.next();
        if (r.done) return r.value;
      }
    };
    const a = all(0, 1);
    expect(all(0, 1).outcomes.map((o) => [o.outcome.stdout, o.count, o.seed])).toEqual(a.outcomes.map((o) => [o.outcome.stdout, o.count, o.seed]));
    expect(a.pct?.threads).toBe(3);
    expect(a.pct?.steps).toBeGreaterThan(0);
    // Two workers' shares (each every other run, as without shared memory), merged, count what one worker counts.
    const merged = new Map<string, number>();
    for (const part of [all(0, 2), all(1, 2)]) for (const o of part.outcomes) merged.set(o.outcome.stdout, (merged.get(o.outcome.stdout) ?? 0) + Number(o.count));
    expect(merged).toEqual(new Map(a.outcomes.map((o) => [o.outcome.stdout, Number(o.count)])));
  });
});

function createMachineThreads(): number {
  const m = createMachine(LOST_UPDATE, every, engine);
  runSchedule(m, randomChooser(1));
  return m.threads.length;
}
