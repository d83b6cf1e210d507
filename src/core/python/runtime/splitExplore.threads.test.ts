// Explore all split over two real threads sharing the state table: the joined result is the single
// search's (outcomes, counts, fewest preemptions), with and without a cap; and once the page raises
// the stop flag, each worker expands at most one more state and answers with its part.
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../../testing/threadPool.ts';
import type { ExploreReply, ExploreRequest } from '../../../testing/pythonExploreThread.ts';
import { compile } from '../compile/compile.ts';
import { createStateTable } from '../../explore/stateTable.ts';
import { BUILTINS } from '../values/builtins.ts';
import { makeEngine } from './engine.ts';
import { explore } from './search.ts';
import { choicesPassed, createControl, requestStop } from './searchControl.ts';
import { joinExplore } from './splitExplore.ts';
import { program } from './testing/threadPrograms.ts';
import type { MachineSettings, SearchResult } from './types.ts';

const engine = makeEngine(BUILTINS);
const settings: MachineSettings = { switch: 'every', quantum: 20, stepBudget: 200_000, seed: 1 };
const MAX_STATES = 200_000;

let pool: ThreadPool<ExploreRequest, ExploreReply> | null = null;

afterAll(async () => {
  await pool?.close();
});

function codeOf(source: string) {
  const r = compile(source, { filename: 'main.py' });
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.code;
}

async function split(source: string, maxPreemptions: number | null, onStart?: (control: Int32Array) => Promise<void>, warmUp?: string): Promise<{ result: SearchResult; control: Int32Array; parts: ExploreReply[] }> {
  pool ??= await ThreadPool.start<ExploreRequest, ExploreReply>('pythonExploreThread.ts', 2);
  const control = createControl(true);
  const table = createStateTable(MAX_STATES);
  const replies = pool.all([0, 1].map((worker) => ({ source, settings, maxStates: MAX_STATES, maxPreemptions, share: { control, worker, workers: 2, table }, ...(worker === 1 && warmUp !== undefined ? { warmUp } : {}) })));
  await onStart?.(control);
  const parts = await replies;
  return { result: joinExplore(codeOf(source), settings, engine, parts), control, parts };
}

function single(source: string, maxPreemptions: number | null): SearchResult {
  const run = explore(codeOf(source), settings, engine, { sliceStates: 100_000, maxStates: MAX_STATES, maxPreemptions });
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

function summary(r: SearchResult): unknown {
  const outcomes = Object.fromEntries(r.outcomes.map((o) => [o.outcome.key, { count: o.count, preemptions: o.preemptions }]));
  return { outcomes, complete: r.complete, states: r.states, schedules: r.schedules };
}

const racy = program([['x += 1', 'x += 1', 'y = x'], ['x += 1', 'with lock:\n        y += 1']]);

describe('Explore all on two threads', () => {
  it('joins to the single search, every state expanded by one worker, whatever each worker ran before', async () => {
    // The second worker first explores another program (its own functions, a deadlock's exception-free
    // locks): objects it named then must not change the names the split search shares.
    const other = program([['lock.acquire()\n    other.acquire()\n    other.release()\n    lock.release()'], ['items.append(x)', 'print(x)']]);
    for (const cap of [null, 1]) {
      const { result, parts } = await split(racy, cap, undefined, cap === null ? other : undefined);
      expect(summary(result)).toEqual(summary(single(racy, cap)));
      // Both did part of the work, and no state was expanded twice.
      expect(parts.every((p) => p.expanded.length > 0)).toBe(true);
      const keys = parts.flatMap((p) => Array.from(p.expanded, (i) => `${p.hashes[2 * i]},${p.hashes[2 * i + 1]}`));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('stops within one state per worker once the flag is raised, keeping what each explored', async () => {
    const big = program([['x += 1', 'x += 1', 'x += 1', 'y = x'], ['x += 1', 'x += 1', 'y += 1'], ['x += 1', 'y = x + 1']]);
    let seen = 0;
    const { result, control, parts } = await split(big, null, async (c) => {
      while (choicesPassed(c) < 300) await new Promise((r) => setTimeout(r, 5));
      requestStop(c);
      seen = choicesPassed(c);
    });
    expect(choicesPassed(control) - seen).toBeLessThanOrEqual(2);
    expect(result.complete).toBe(false);
    expect(parts.every((p) => !p.complete)).toBe(true);
    expect(result.states).toBeGreaterThan(0);
  });
});
