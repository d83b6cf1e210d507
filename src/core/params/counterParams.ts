// Counter lab settings: schema, defaults, clamps, and the share-link codec (see DESIGN.md).
import { makeQuery, type Query } from '../shared/query.ts';
import { SYNC_MODES, type SyncMode } from '../counter/syncModes.ts';
import { clampInt, decodeChoice, decodeInt, quote, type ChoiceField, type IntField } from './fields.ts';

export const SPEEDS = ['full', 'slow'] as const;
export type Speed = (typeof SPEEDS)[number];

export interface CounterParams {
  readonly workers: number;
  readonly iters: number;
  readonly sync: SyncMode;
  /** One '+' or '-' per worker. */
  readonly dirs: string;
  readonly window: number;
  readonly speed: Speed;
  readonly trials: number;
}

/** The shared cell is a 32-bit int, like mp.Value('i'): no run may be able to overflow it. */
export const INT32_MAX = 2_147_483_647;

export const COUNTER_FIELDS = {
  workers: { kind: 'int', label: 'Workers', min: 1, max: 16, fallback: 2 },
  iters: { kind: 'int', label: 'Iterations per worker', min: 1, max: 1_000_000_000, fallback: 1_000_000 },
  sync: { kind: 'choice', label: 'Synchronisation', values: SYNC_MODES, fallback: 'none' },
  window: { kind: 'int', label: 'Race window', min: 0, max: 100_000, fallback: 10 },
  speed: { kind: 'choice', label: 'Speed', values: SPEEDS, fallback: 'full' },
  trials: { kind: 'int', label: 'Trials', min: 1, max: 1000, fallback: 1 },
} as const satisfies Record<string, IntField | ChoiceField<string>>;

/** The most iterations per worker that cannot overflow the cell with this many workers. */
export function maxIters(workers: number): number {
  return Math.min(COUNTER_FIELDS.iters.max, Math.floor(INT32_MAX / workers));
}

/** Alternating directions, starting with '+': the seed's increment/decrement pair, extended. */
export function defaultDirs(workers: number): string {
  let s = '';
  for (let i = 0; i < workers; i++) s += i % 2 === 0 ? '+' : '-';
  return s;
}

export const DEFAULT_COUNTER: CounterParams = {
  workers: COUNTER_FIELDS.workers.fallback,
  iters: COUNTER_FIELDS.iters.fallback,
  sync: COUNTER_FIELDS.sync.fallback,
  dirs: defaultDirs(COUNTER_FIELDS.workers.fallback),
  window: COUNTER_FIELDS.window.fallback,
  speed: COUNTER_FIELDS.speed.fallback,
  trials: COUNTER_FIELDS.trials.fallback,
};

/** Fits a directions string to the worker count: cut, or extended by alternating. */
export function fitDirs(dirs: string, workers: number): string {
  const clean = dirs.replace(/[^+-]/g, '');
  if (clean.length >= workers) return clean.slice(0, workers);
  return clean + defaultDirs(workers).slice(clean.length);
}

function decodeDirs(raw: string | null, workers: number, notices: string[]): string {
  if (raw === null) return defaultDirs(workers);
  // A bare '+' in a query string arrives as a space; it can only have meant '+'.
  const t = raw.replace(/ /g, '+').trim();
  if (!/^[+-]*$/.test(t) || t.length === 0) {
    notices.push(`Directions: ${quote(raw)} is not a list of + and -, so it is ${defaultDirs(workers)}.`);
    return defaultDirs(workers);
  }
  const fitted = fitDirs(t, workers);
  if (fitted !== t) notices.push(`Directions: ${quote(t)} has ${t.length} signs for ${workers} workers, so it is ${fitted}.`);
  return fitted;
}

export interface Decoded<P> {
  readonly params: P;
  readonly notices: string[];
}

export function decodeCounterParams(q: Query): Decoded<CounterParams> {
  const notices: string[] = [];
  const f = COUNTER_FIELDS;
  const workers = decodeInt(f.workers, q.get('workers'), notices);
  const cap = maxIters(workers);
  const why = cap < f.iters.max ? ` for ${workers} workers (the 32-bit cell must not overflow)` : '';
  const iters = decodeInt(f.iters, q.get('iters'), notices, cap, why);
  const params: CounterParams = {
    workers,
    iters,
    sync: decodeChoice(f.sync, q.get('sync'), notices),
    dirs: decodeDirs(q.get('dirs'), workers, notices),
    window: decodeInt(f.window, q.get('window'), notices),
    speed: decodeChoice(f.speed, q.get('speed'), notices),
    trials: decodeInt(f.trials, q.get('trials'), notices),
  };
  return { params, notices };
}

export const COUNTER_KEYS = ['workers', 'iters', 'sync', 'dirs', 'window', 'speed', 'trials'] as const;

export function encodeCounterParams(p: CounterParams): Query {
  return makeQuery({
    workers: String(p.workers),
    iters: String(p.iters),
    sync: p.sync,
    dirs: p.dirs,
    window: String(p.window),
    speed: p.speed,
    trials: String(p.trials),
  });
}

/** Applies a change from the settings form, keeping every rule the decoder keeps. */
export function normaliseCounter(p: CounterParams): CounterParams {
  const f = COUNTER_FIELDS;
  const workers = clampInt(f.workers, p.workers);
  return {
    workers,
    iters: clampInt(f.iters, p.iters, maxIters(workers)),
    sync: SYNC_MODES.includes(p.sync) ? p.sync : f.sync.fallback,
    dirs: fitDirs(p.dirs, workers),
    window: clampInt(f.window, p.window),
    speed: p.speed === 'slow' ? 'slow' : 'full',
    trials: clampInt(f.trials, p.trials),
  };
}

/** The total the cell must reach when no update is lost. */
export function expectedTotal(p: Pick<CounterParams, 'dirs' | 'iters'>): number {
  let net = 0;
  for (const c of p.dirs) net += c === '-' ? -1 : 1;
  return net * p.iters;
}
