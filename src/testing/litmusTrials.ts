// Test helper: runs one litmus spec on two real threads and returns both roles' reports and the tally.
import { litmusJobs, LITMUS_DEFAULTS, type LitmusSpec, type LitmusWorkerResult } from '../core/litmus/litmusJob.ts';
import { readTally, resetLitmus, type LitmusMemory, type LitmusTally } from '../core/litmus/litmusLayout.ts';
import { ThreadPool } from './threadPool.ts';
import type { LitmusReply, LitmusRequest } from './litmusThread.ts';

export type LitmusPool = ThreadPool<LitmusRequest, LitmusReply>;

export function startLitmusPool(): Promise<LitmusPool> {
  return ThreadPool.start<LitmusRequest, LitmusReply>('litmusThread.ts', 2);
}

/** A spec from the defaults, with the fields a test cares about. */
export function litmusSpec(fields: Pick<LitmusSpec, 'test' | 'access'> & Partial<LitmusSpec>): LitmusSpec {
  return { ...LITMUS_DEFAULTS, ...fields };
}

/** Resets the memory and starts both roles; the caller awaits `done` (and may stop the run first). */
export function startLitmus(pool: LitmusPool, mem: LitmusMemory, spec: LitmusSpec): Promise<LitmusWorkerResult[]> {
  resetLitmus(mem);
  return pool.all(litmusJobs(spec).map((job) => ({ buffer: mem.buffer, job })));
}

export interface LitmusTrial {
  readonly results: LitmusWorkerResult[];
  /** As published in shared memory, read after both roles returned. */
  readonly tally: LitmusTally;
  readonly wallMs: number;
}

export async function runLitmusTrial(pool: LitmusPool, mem: LitmusMemory, spec: LitmusSpec): Promise<LitmusTrial> {
  const t0 = performance.now();
  const results = await startLitmus(pool, mem, spec);
  return { results, tally: readTally(mem.ints), wallMs: performance.now() - t0 };
}

/** Occurrences per million iterations, for reports. */
export function perMillion(count: number, iterations: number): number {
  return iterations > 0 ? (count * 1e6) / iterations : 0;
}
