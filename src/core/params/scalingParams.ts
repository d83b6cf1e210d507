// Scaling lab settings: schema, defaults, clamps, and the share-link codec (see README's test contract).
import { SYNC_MODES, type SyncMode } from '../counter/syncModes.ts';
import { QUEUE_KINDS, type QueueKind } from '../queue/queueKinds.ts';
import { autoUpto, MAX_SWEEP_WORKERS, planSweep, type SweepPoint } from '../scaling/sweepPlan.ts';
import { makeQuery, type Query } from '../shared/query.ts';
import type { Decoded } from './counterParams.ts';
import { clampInt, decodeInt, quote, type IntField } from './fields.ts';

export interface ScalingParams {
  /** Counter modes to sweep, in ladder order. */
  readonly modes: readonly SyncMode[];
  /** Queue kinds to sweep, in the Queue lab's order. */
  readonly queues: readonly QueueKind[];
  /** Run the false-sharing experiment (adjacent against padded counters). */
  readonly sharing: boolean;
  /** The largest worker count; 0 means twice the cores of the machine that runs the sweep. */
  readonly upto: number;
  /** Milliseconds each point runs. */
  readonly ms: number;
}

export const SCALING_FIELDS = {
  upto: { kind: 'int', label: 'Up to workers', min: 0, max: MAX_SWEEP_WORKERS, fallback: 0 },
  ms: { kind: 'int', label: 'Time per point (ms)', min: 20, max: 2000, fallback: 200 },
} as const satisfies Record<string, IntField>;

export const SCALING_KEYS = ['modes', 'queues', 'sharing', 'upto', 'ms'] as const;

export const DEFAULT_SCALING: ScalingParams = {
  modes: ['mutex', 'spin', 'atomic', 'local'],
  queues: ['locked', 'mpmc', 'message'],
  sharing: true,
  upto: SCALING_FIELDS.upto.fallback,
  ms: SCALING_FIELDS.ms.fallback,
};

/** Keeps known names once each, in the order of `all`; the rest become a notice. */
function decodeList<T extends string>(label: string, all: readonly T[], raw: string | null, fallback: readonly T[], notices: string[]): readonly T[] {
  if (raw === null) return fallback;
  const asked = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const unknown = asked.filter((s) => !all.some((v) => v === s));
  if (unknown.length > 0) {
    notices.push(`${label}: ${unknown.slice(0, 3).map(quote).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not known here, so left out.`);
  }
  return all.filter((v) => asked.includes(v));
}

const YES = ['1', 'on', 'true', 'yes'];
const NO = ['0', 'off', 'false', 'no'];

function decodeFlag(label: string, raw: string | null, fallback: boolean, notices: string[]): boolean {
  if (raw === null) return fallback;
  const t = raw.trim().toLowerCase();
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  notices.push(`${label}: ${quote(raw)} is not on or off, so it is ${fallback ? 'on' : 'off'}.`);
  return fallback;
}

export function decodeScalingParams(q: Query): Decoded<ScalingParams> {
  const notices: string[] = [];
  const params: ScalingParams = {
    modes: decodeList('Counter modes', SYNC_MODES, q.get('modes'), DEFAULT_SCALING.modes, notices),
    queues: decodeList('Queue kinds', QUEUE_KINDS, q.get('queues'), DEFAULT_SCALING.queues, notices),
    sharing: decodeFlag('False sharing', q.get('sharing'), DEFAULT_SCALING.sharing, notices),
    upto: decodeInt(SCALING_FIELDS.upto, q.get('upto'), notices),
    ms: decodeInt(SCALING_FIELDS.ms, q.get('ms'), notices),
  };
  return { params, notices };
}

export function encodeScalingParams(p: ScalingParams): Query {
  return makeQuery({
    modes: p.modes.join(','),
    queues: p.queues.join(','),
    sharing: p.sharing ? '1' : '0',
    upto: String(p.upto),
    ms: String(p.ms),
  });
}

/** Applies a change from the settings form, keeping every rule the decoder keeps. */
export function normaliseScaling(p: ScalingParams): ScalingParams {
  return {
    modes: SYNC_MODES.filter((m) => p.modes.includes(m)),
    queues: QUEUE_KINDS.filter((k) => p.queues.includes(k)),
    sharing: p.sharing,
    upto: clampInt(SCALING_FIELDS.upto, p.upto),
    ms: clampInt(SCALING_FIELDS.ms, p.ms),
  };
}

/** The worker count the sweep reaches on a machine with this many cores. */
export function resolvedUpto(p: ScalingParams, cores: number): number {
  return p.upto > 0 ? p.upto : autoUpto(cores);
}

/** The points a sweep with these settings measures on a machine with this many cores. */
export function sweepOf(p: ScalingParams, cores: number): SweepPoint[] {
  return planSweep({ modes: p.modes, queues: p.queues, sharing: p.sharing, upto: resolvedUpto(p, cores) });
}
