// Node worker_threads entry for the stop-flag proof: runs one worker's share of a Sample over shared
// control words and answers with how many runs it finished.
import { parentPort } from 'node:worker_threads';
import { compile } from '../core/python/compile/compile.ts';
import { makeEngine } from '../core/python/runtime/engine.ts';
import { sample } from '../core/python/runtime/sample.ts';
import type { Share } from '../core/python/runtime/searchControl.ts';
import { BUILTINS } from '../core/python/values/builtins.ts';

export interface SampleRequest {
  readonly source: string;
  readonly samples: number;
  readonly share: Share;
}

export interface SampleReply {
  readonly runs: number;
  readonly counted: number;
  /** Runs per outcome key (the rest, past the listed outcomes, under "other"). */
  readonly counts: Record<string, number>;
}

const engine = makeEngine(BUILTINS);

parentPort!.on('message', (req: SampleRequest) => {
  const r = compile(req.source, { filename: 'main.py' });
  if (!r.ok) throw new Error(r.errors[0]?.message ?? 'does not compile');
  const settings = { switch: 'every' as const, quantum: 20, stepBudget: 50_000_000, seed: 1 };
  const run = sample(r.code, settings, engine, { samples: req.samples, sliceSchedules: 1, share: req.share });
  let next = run.next();
  while (!next.done) next = run.next();
  const counts: Record<string, number> = {};
  for (const o of next.value.outcomes) counts[o.outcome.key] = Number(o.count);
  if (next.value.other) counts.other = Number(next.value.other.count);
  const counted = Object.values(counts).reduce((n, c) => n + c, 0);
  parentPort!.postMessage({ runs: Number(next.value.schedules), counted, counts } satisfies SampleReply);
});
