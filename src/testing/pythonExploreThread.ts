// Node worker_threads entry for Explore all split over real threads: explores one worker's part of a
// program over the shared state table (or, with the reduction, the seeds) and control words, and
// answers with the part.
import { parentPort } from 'node:worker_threads';
import { compile } from '../core/python/compile/compile.ts';
import { makeEngine } from '../core/python/runtime/engine.ts';
import type { Share } from '../core/python/runtime/searchControl.ts';
import { explore } from '../core/python/runtime/search.ts';
import { explorePart, reducedExplorePart, type ExplorePart, type ReducedExplorePart } from '../core/python/runtime/splitExplore.ts';
import type { MachineSettings } from '../core/python/runtime/types.ts';
import { BUILTINS } from '../core/python/values/builtins.ts';

export interface ExploreRequest {
  readonly source: string;
  readonly settings: MachineSettings;
  readonly maxStates: number;
  readonly maxPreemptions: number | null;
  /** With the reduction: the worker takes subtrees (seeds) from the control words instead of states from a table. */
  readonly reduce?: boolean;
  readonly share: Share;
  /** A program this worker explores whole first, so that its history differs from the others'. */
  readonly warmUp?: string;
}

export type ExploreReply = ExplorePart | ReducedExplorePart;

const engine = makeEngine(BUILTINS);

parentPort!.on('message', (req: ExploreRequest) => {
  if (req.warmUp !== undefined) {
    const w = compile(req.warmUp, { filename: 'main.py' });
    if (!w.ok) throw new Error(w.errors[0]?.message ?? 'does not compile');
    const before = explore(w.code, req.settings, engine, { maxStates: 200_000, sliceStates: 100_000 });
    while (!before.next().done);
  }
  const r = compile(req.source, { filename: 'main.py' });
  if (!r.ok) throw new Error(r.errors[0]?.message ?? 'does not compile');
  const run: Generator<unknown, ExploreReply, unknown> =
    req.reduce === true
      ? reducedExplorePart(r.code, req.settings, engine, { maxStates: req.maxStates, sliceStates: 1000 }, req.share)
      : explorePart(r.code, req.settings, engine, { maxStates: req.maxStates, sliceStates: 1000, maxPreemptions: req.maxPreemptions }, req.share);
  let next = run.next();
  while (!next.done) next = run.next();
  parentPort!.postMessage(next.value satisfies ExploreReply);
});
