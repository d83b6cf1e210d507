// What each of the two workers of a litmus run is asked to do, and what it reports back.
import { LITMUS_MAX_BATCH, type LitmusPlacement, type LitmusTally } from './litmusLayout.ts';

export const LITMUS_TEST_IDS = ['sb', 'mp'] as const;
export type LitmusTestId = (typeof LITMUS_TEST_IDS)[number];

/** Plain typed-array loads and stores, or Atomics.load and Atomics.store (sequentially consistent). */
export const LITMUS_ACCESSES = ['plain', 'atomics'] as const;
export type LitmusAccess = (typeof LITMUS_ACCESSES)[number];

/** One run as the page describes it; `litmusJobs` turns it into the two workers' jobs. */
export interface LitmusSpec {
  readonly test: LitmusTestId;
  readonly access: LitmusAccess;
  readonly iterations: number;
  /** Instances raced through between two tallies (and two looks at the control word). */
  readonly batch: number;
  readonly placement: LitmusPlacement;
  /** Up to this many units of seeded random busy work before each race; 0 starts both roles as one. */
  readonly jitter: number;
  readonly seed: number;
}

export interface LitmusJob extends LitmusSpec {
  readonly role: 0 | 1;
}

export interface LitmusWorkerResult {
  readonly role: 0 | 1;
  /** Iterations this role finished (fewer than asked when stopped). */
  readonly iterations: number;
  readonly elapsedMs: number;
  readonly stopped: boolean;
  /** Role 0 counts the outcomes; role 1 reports null. */
  readonly tally: LitmusTally | null;
}

export const LITMUS_LIMITS = {
  iterations: { min: 1, max: 100_000_000 },
  batch: { min: 1, max: LITMUS_MAX_BATCH },
  jitter: { min: 0, max: 1000 },
} as const;

/**
 * Chosen by measurement on x86 (see litmus.threads.test.ts): batches long enough that the per-batch
 * bookkeeping is noise, variables on separate lines, and no jitter, since the meeting already starts
 * both roles within a cache-line transfer of each other.
 */
export const LITMUS_DEFAULTS: Omit<LitmusSpec, 'test' | 'access'> = {
  iterations: 1_000_000,
  batch: 1024,
  placement: 'lines',
  jitter: 0,
  seed: 1,
};

function clampInt(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo;
}

/** The two roles' jobs, with the numbers clamped to what the layout holds; each role gets its own seed. */
export function litmusJobs(spec: LitmusSpec): readonly [LitmusJob, LitmusJob] {
  const s: LitmusSpec = {
    ...spec,
    iterations: clampInt(spec.iterations, LITMUS_LIMITS.iterations.min, LITMUS_LIMITS.iterations.max),
    batch: clampInt(spec.batch, LITMUS_LIMITS.batch.min, LITMUS_LIMITS.batch.max),
    jitter: clampInt(spec.jitter, LITMUS_LIMITS.jitter.min, LITMUS_LIMITS.jitter.max),
  };
  return [
    { ...s, role: 0, seed: s.seed >>> 0 },
    { ...s, role: 1, seed: (s.seed ^ 0x9e3779b9) >>> 0 },
  ];
}
