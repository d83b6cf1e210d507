// Litmus lab settings: the link schema, from which type, defaults, clamps and codec derive, with the
// limits the litmus job sets; and the run the engine asks the core for.
import {
  LITMUS_ACCESSES,
  LITMUS_DEFAULTS,
  LITMUS_LIMITS,
  LITMUS_PLACEMENTS,
  LITMUS_TEST_IDS,
  type LitmusSpec,
} from '../litmus/index.ts';
import { choiceField, defineLink, intField, type ParamsOf } from './schema.ts';

export const LITMUS_LINK = defineLink({
  id: 'litmus',
  title: 'Litmus',
  fields: {
    test: choiceField({ label: 'Test', values: LITMUS_TEST_IDS, fallback: 'sb' }),
    access: choiceField({ label: 'Access', values: LITMUS_ACCESSES, fallback: 'plain' }),
    /** Races run, each on a fresh pair of variables. */
    iters: intField({ label: 'Iterations', ...LITMUS_LIMITS.iterations, fallback: LITMUS_DEFAULTS.iterations, step: 100_000 }),
    /** Races between two looks at the tally and the control word. */
    batch: intField({ label: 'Batch', ...LITMUS_LIMITS.batch, fallback: LITMUS_DEFAULTS.batch }),
    placement: choiceField({ label: 'Placement', values: LITMUS_PLACEMENTS, fallback: LITMUS_DEFAULTS.placement }),
    /** Up to this many units of random busy work before each race. */
    jitter: intField({ label: 'Jitter', ...LITMUS_LIMITS.jitter, fallback: LITMUS_DEFAULTS.jitter }),
    seed: intField({ label: 'Seed', min: 0, max: 0x7fffffff, fallback: LITMUS_DEFAULTS.seed }),
  },
});

export type LitmusParams = ParamsOf<typeof LITMUS_LINK.fields>;

export const LITMUS_FIELDS = LITMUS_LINK.fields;
export const DEFAULT_LITMUS: LitmusParams = LITMUS_LINK.defaults;

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
