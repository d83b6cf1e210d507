// What a litmus run found: the outcome counts, checked to add up, with the relaxed and overlap shares.
import { LITMUS_TESTS, type LitmusTally, type LitmusTestId, type LitmusWorkerResult } from '../core/litmus/index.ts';

export interface LitmusRunResult {
  readonly test: LitmusTestId;
  /** Iterations asked for. */
  readonly asked: number;
  readonly tally: LitmusTally;
  /** Sum of the four counts: equals `tally.done` unless the protocol broke (then `invalid` says how). */
  readonly counted: number;
  /** Iterations that gave the outcome sequential consistency forbids. */
  readonly relaxed: number;
  readonly elapsedMs: number;
  readonly stopped: boolean;
}

/** The final tally: role 0's own report when it answered, else what it had published in shared memory. */
export function summariseLitmus(
  test: LitmusTestId,
  asked: number,
  workers: readonly LitmusWorkerResult[] | null,
  published: LitmusTally,
  wallMs: number,
  stopped: boolean,
): LitmusRunResult {
  const reported = workers?.find((w) => w.role === 0)?.tally ?? null;
  const tally = reported ?? published;
  const counted = tally.counts.reduce((a, b) => a + b, 0);
  const elapsedMs = workers && workers.length > 0 ? Math.max(...workers.map((w) => w.elapsedMs)) : wallMs;
  return {
    test,
    asked,
    tally,
    counted,
    relaxed: tally.counts[LITMUS_TESTS[test].relaxed] ?? 0,
    elapsedMs,
    stopped: stopped || tally.done < asked,
  };
}
