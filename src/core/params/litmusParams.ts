// Litmus lab settings: schema, defaults, clamps, and the share-link codec (see DESIGN.md).
import {
  LITMUS_ACCESSES,
  LITMUS_DEFAULTS,
  LITMUS_LIMITS,
  LITMUS_PLACEMENTS,
  LITMUS_TEST_IDS,
  type LitmusAccess,
  type LitmusPlacement,
  type LitmusSpec,
  type LitmusTestId,
} from '../litmus/index.ts';
import { makeQuery, type Query } from '../shared/query.ts';
import type { Decoded } from './counterParams.ts';
import { clampInt, decodeChoice, decodeInt, type ChoiceField, type IntField } from './fields.ts';

export interface LitmusParams {
  readonly test: LitmusTestId;
  readonly access: LitmusAccess;
  /** Races run, each on a fresh pair of variables. */
  readonly iters: number;
  /** Races between two looks at the tally and the control word. */
  readonly batch: number;
  readonly placement: LitmusPlacement;
  /** Up to this many units of random busy work before each race. */
  readonly jitter: number;
  readonly seed: number;
}

export const LITMUS_FIELDS = {
  test: { kind: 'choice', label: 'Test', values: LITMUS_TEST_IDS, fallback: 'sb' },
  access: { kind: 'choice', label: 'Access', values: LITMUS_ACCESSES, fallback: 'plain' },
  iters: { kind: 'int', label: 'Iterations', ...LITMUS_LIMITS.iterations, fallback: LITMUS_DEFAULTS.iterations },
  batch: { kind: 'int', label: 'Batch', ...LITMUS_LIMITS.batch, fallback: LITMUS_DEFAULTS.batch },
  placement: { kind: 'choice', label: 'Placement', values: LITMUS_PLACEMENTS, fallback: LITMUS_DEFAULTS.placement },
  jitter: { kind: 'int', label: 'Jitter', ...LITMUS_LIMITS.jitter, fallback: LITMUS_DEFAULTS.jitter },
  seed: { kind: 'int', label: 'Seed', min: 0, max: 0x7fffffff, fallback: LITMUS_DEFAULTS.seed },
} as const satisfies Record<string, IntField | ChoiceField<string>>;

export const LITMUS_KEYS = ['test', 'access', 'iters', 'batch', 'placement', 'jitter', 'seed'] as const;

export const DEFAULT_LITMUS: LitmusParams = {
  test: LITMUS_FIELDS.test.fallback,
  access: LITMUS_FIELDS.access.fallback,
  iters: LITMUS_FIELDS.iters.fallback,
  batch: LITMUS_FIELDS.batch.fallback,
  placement: LITMUS_FIELDS.placement.fallback,
  jitter: LITMUS_FIELDS.jitter.fallback,
  seed: LITMUS_FIELDS.seed.fallback,
};

export function decodeLitmusParams(q: Query): Decoded<LitmusParams> {
  const notices: string[] = [];
  const f = LITMUS_FIELDS;
  const params: LitmusParams = {
    test: decodeChoice(f.test, q.get('test'), notices),
    access: decodeChoice(f.access, q.get('access'), notices),
    iters: decodeInt(f.iters, q.get('iters'), notices),
    batch: decodeInt(f.batch, q.get('batch'), notices),
    placement: decodeChoice(f.placement, q.get('placement'), notices),
    jitter: decodeInt(f.jitter, q.get('jitter'), notices),
    seed: decodeInt(f.seed, q.get('seed'), notices),
  };
  return { params, notices };
}

export function encodeLitmusParams(p: LitmusParams): Query {
  return makeQuery({
    test: p.test,
    access: p.access,
    iters: String(p.iters),
    batch: String(p.batch),
    placement: p.placement,
    jitter: String(p.jitter),
    seed: String(p.seed),
  });
}

/** Applies a change from the settings form, keeping every rule the decoder keeps. */
export function normaliseLitmus(p: LitmusParams): LitmusParams {
  const f = LITMUS_FIELDS;
  return {
    test: LITMUS_TEST_IDS.includes(p.test) ? p.test : f.test.fallback,
    access: LITMUS_ACCESSES.includes(p.access) ? p.access : f.access.fallback,
    iters: clampInt(f.iters, p.iters),
    batch: clampInt(f.batch, p.batch),
    placement: LITMUS_PLACEMENTS.includes(p.placement) ? p.placement : f.placement.fallback,
    jitter: clampInt(f.jitter, p.jitter),
    seed: clampInt(f.seed, p.seed),
  };
}

/** The run the engine asks the core for. */
export function litmusSpecOf(p: LitmusParams): LitmusSpec {
  return {
    test: p.test,
    access: p.access,
    iterations: p.iters,
    batch: p.batch,
    placement: p.placement,
    jitter: p.jitter,
    seed: p.seed,
  };
}
