// Scaling lab settings: the link schema, from which type, defaults, clamps and codec derive; and the
// points a sweep with these settings measures.
import { SYNC_MODES } from '../counter/syncModes.ts';
import { QUEUE_KINDS } from '../queue/queueKinds.ts';
import { autoUpto, MAX_SWEEP_WORKERS, planSweep, type SweepPoint } from '../scaling/sweepPlan.ts';
import { enginesOf, SWEEP_ENGINES } from '../wasm/engines.ts';
import { choiceField, defineLink, flagField, intField, listField, type ParamsOf } from './schema.ts';

export const SCALING_LINK = defineLink({
  id: 'scaling',
  title: 'Scaling',
  fields: {
    /** Counter modes to sweep, in ladder order. */
    modes: listField({ label: 'Counter modes', values: SYNC_MODES, fallback: ['mutex', 'spin', 'atomic', 'local'] }),
    /** Queue kinds to sweep, in the Queue lab's order. */
    queues: listField({ label: 'Queue kinds', values: QUEUE_KINDS, fallback: ['locked', 'mpmc', 'message'] }),
    /** Run the false-sharing experiment (adjacent against padded counters). */
    sharing: flagField({ label: 'False sharing', fallback: true }),
    /** The largest worker count; 0 means twice the cores of the machine that runs the sweep. */
    upto: intField({ label: 'Up to workers', min: 0, max: MAX_SWEEP_WORKERS, fallback: 0 }),
    /** Milliseconds each point runs. */
    ms: intField({ label: 'Time per point (ms)', min: 20, max: 2000, fallback: 200, step: 10 }),
    /** The engine every counter and queue series runs on, or both (a series per engine). */
    engine: choiceField({ label: 'Engine', values: SWEEP_ENGINES, fallback: 'js' }),
  },
});

export type ScalingParams = ParamsOf<typeof SCALING_LINK.fields>;

export const SCALING_FIELDS = SCALING_LINK.fields;
export const DEFAULT_SCALING: ScalingParams = SCALING_LINK.defaults;

/** The worker count the sweep reaches on a machine with this many cores. */
export function resolvedUpto(p: ScalingParams, cores: number): number {
  return p.upto > 0 ? p.upto : autoUpto(cores);
}

/** The points a sweep with these settings measures on a machine with this many cores. */
export function sweepOf(p: ScalingParams, cores: number): SweepPoint[] {
  return planSweep({ modes: p.modes, queues: p.queues, sharing: p.sharing, upto: resolvedUpto(p, cores), engines: enginesOf(p.engine) });
}

/** Why these settings measure nothing on a machine with this many cores (the reason Run waits), or null. */
export function scalingProblem(p: ScalingParams, cores: number): string | null {
  if (sweepOf(p, cores).length > 0) return null;
  if (p.modes.length === 0 && p.queues.length === 0 && !p.sharing) {
    return 'Choose at least one counter mode, queue kind or the false-sharing experiment.';
  }
  return 'A queue needs a producer and a consumer: raise Up to workers to 2 or more, or choose a counter mode.';
}
