// Sample's reports when nearly every run ends differently: progress carries a bounded list of counts
// (no witnesses) that adds up to the runs done, and the result the most frequent outcomes, each with a
// witness that replays to it, and the rest summed.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile.ts';
import { BUILTINS } from '../values/builtins.ts';
import { createMachine, runSchedule } from './api.ts';
import { makeEngine } from './engine.ts';
import { OUTCOME_LIMIT } from './merge.ts';
import { sample } from './sample.ts';
import type { MachineSettings, SearchProgress, SearchResult } from './types.ts';

const engine = makeEngine(BUILTINS);
const every: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 100_000, seed: 3 };

// Two threads append their marks in turn: 252 orders can be printed.
const ORDERS = compile(
  `import threading

seen = []

def mark(c):
    for _ in range(5):
        seen.append(c)

a = threading.Thread(target=mark, args=("a",))
b = threading.Thread(target=mark, args=("b",))
a.start()
b.start()
a.join()
b.join()
print("".join(seen))
`,
  { filename: 'main.py' },
);

const listed = (p: { outcomes: readonly { count: number | string }[]; other?: { count: number | string } }): number =>
  p.outcomes.reduce((n, o) => n + Number(o.count), 0) + Number(p.other?.count ?? 0);

describe('Sample with many distinct endings', () => {
  it('reports bounded counts while it runs, and the most frequent outcomes with witnesses at the end', () => {
    if (!ORDERS.ok) throw new Error(JSON.stringify(ORDERS.errors));
    const samples = 400;
    const run = sample(ORDERS.code, every, engine, { samples, sliceSchedules: 1 });
    const reports: SearchProgress[] = [];
    let r = run.next();
    for (; !r.done; r = run.next()) reports.push(r.value);
    const result: SearchResult = r.value;
    expect(reports.length).toBe(samples - 1);
    for (const p of reports) {
      expect(p.outcomes.length).toBeLessThanOrEqual(OUTCOME_LIMIT);
      expect(p.outcomes.some((o) => 'witness' in o)).toBe(false);
    }
    // The list is rebuilt now and then, but always adds up to the runs done when it was built.
    const last = reports.at(-1)!;
    expect(last.other).toBeDefined();
    expect(listed(last)).toBeLessThanOrEqual(last.done);
    expect(listed(last)).toBeGreaterThan(last.done / 2);

    expect(result.outcomes).toHaveLength(OUTCOME_LIMIT);
    expect(listed(result)).toBe(samples);
    for (const o of result.outcomes) {
      const m = createMachine(ORDERS.code, every, engine);
      const moves = [...o.witness];
      expect(runSchedule(m, () => moves.shift()!).outcome.key).toBe(o.outcome.key);
    }
  });
});
