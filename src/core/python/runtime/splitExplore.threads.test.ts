// Explore all split over two real threads sharing the state table: the joined result is the single
// search's (outcomes, counts, fewest preemptions), with and without a cap; with the reduction the
// threads share the subtrees and join to the same outcomes and fewest preemptions; and once the page
// raises the stop flag, each worker enters at most one more state and answers with its part.
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../../testing/threadPool.ts';
import type { ExploreReply, ExploreRequest } from '../../../testing/pythonExploreThread.ts';
import { compile } from '../compile/compile.ts';
import { createStateTable } from '../../explore/stateTable.ts';
import { createSharedSummaries } from '../../explore/sharedSummaries.ts';
import { BUILTINS } from '../values/builtins.ts';
import { makeEngine } from './engine.ts';
import { explore } from './search.ts';
import { choicesPassed, createControl, requestStop } from './searchControl.ts';
import { joinExplore, joinReducedExplore, type ExplorePart, type ReducedExplorePart } from './splitExplore.ts';
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

async function split(
  source: string,
  maxPreemptions: number | null,
  onStart?: (control: Int32Array) => Promise<void>,
  warmUp?: string,
  reduce = false,
): Promise<{ result: SearchResult; control: Int32Array; parts: ExploreReply[] }> {
  pool ??= await ThreadPool.start<ExploreRequest, ExploreReply>('pythonExploreThread.ts', 2);
  const control = createControl(true);
  const table = createStateTable(MAX_STATES);
  const summaries = createSharedSummaries(MAX_STATES, 1 << 22);
  const replies = pool.all([0, 1].map((worker) => ({ source, settings, maxStates: MAX_STATES, maxPreemptions, reduce, share: { control, worker, workers: 2, ...(reduce ? { summaries } : { table }) }, ...(worker === 1 && warmUp !== undefined ? { warmUp } : {}) })));
  await onStart?.(control);
  const parts = await replies;
  if (!reduce) return { result: joinExplore(codeOf(source), settings, engine, parts as ExplorePart[]), control, parts };
  const join = joinReducedExplore(codeOf(source), settings, engine, parts as ReducedExplorePart[], MAX_STATES);
  let r = join.next();
  while (!r.done) r = join.next();
  return { result: r.value, control, parts };
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
      const unreduced = parts as ExplorePart[];
      expect(unreduced.every((p) => p.expanded.length > 0)).toBe(true);
      const keys = unreduced.flatMap((p) => Array.from(p.expanded, (i) => `${p.hashes[2 * i]},${p.hashes[2 * i + 1]}`));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  for (const reduce of [false, true]) {
    it(`stops within one state per worker once the flag is raised, keeping what each explored${reduce ? ', with the reduction' : ''}`, async () => {
      const big = program([['x += 1', 'x += 1', 'x += 1', 'y = x'], ['x += 1', 'x += 1', 'y += 1'], ['x += 1', 'y = x + 1']]);
      let seen = 0;
      const { result, control, parts } = await split(
        big,
        null,
        async (c) => {
          while (choicesPassed(c) < 300) await new Promise((r) => setTimeout(r, 5));
          requestStop(c);
          seen = choicesPassed(c);
        },
        undefined,
        reduce,
      );
      expect(choicesPassed(control) - seen).toBeLessThanOrEqual(2);
      expect(result.complete).toBe(false);
      expect(parts.every((p) => !p.complete)).toBe(true);
      expect(result.states).toBeGreaterThan(0);
    });
  }

  it('with the reduction, the two threads take subtrees and join to the unreduced outcomes and fewest preemptions', async () => {
    const { result, parts } = await split(racy, null, undefined, undefined, true);
    const full = single(racy, null);
    const labels = (r: SearchResult): Record<string, number | undefined> => Object.fromEntries(r.outcomes.map((o) => [o.outcome.key, o.preemptions]));
    expect(result.complete).toBe(true);
    expect(result.exactPreemptions).toBe(true);
    expect(labels(result)).toEqual(labels(full));
    // Both entered states of their own: the subtrees were shared out, not all taken by one.
    expect((parts as ReducedExplorePart[]).every((p) => p.states > 0)).toBe(true);
    expect(result.states).toBeLessThan(full.states * 2);
  });
});
