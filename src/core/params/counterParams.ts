// Counter lab settings: the link schema (from which type, defaults, clamps and codec derive) and the
// rules between fields: no run may overflow the 32-bit cell, one direction per worker.
import { SYNC_MODES } from '../counter/syncModes.ts';
import { ENGINES } from '../wasm/engines.ts';
import { quote } from './fields.ts';
import { choiceField, defineLink, intField, type Earlier, type Field, type ParamsOf } from './schema.ts';

export const SPEEDS = ['full', 'slow'] as const;
export type Speed = (typeof SPEEDS)[number];

/** The shared cell is a 32-bit int, like mp.Value('i'): no run may be able to overflow it. */
export const INT32_MAX = 2_147_483_647;

const ITERS_MAX = 1_000_000_000;

/** The most iterations per worker that cannot overflow the cell with this many workers. */
export function maxIters(workers: number): number {
  return Math.min(ITERS_MAX, Math.floor(INT32_MAX / workers));
}

/** Alternating directions, starting with '+': the seed's increment/decrement pair, extended. */
export function defaultDirs(workers: number): string {
  let s = '';
  for (let i = 0; i < workers; i++) s += i % 2 === 0 ? '+' : '-';
  return s;
}

/** Fits a directions string to the worker count: cut, or extended by alternating. */
export function fitDirs(dirs: string, workers: number): string {
  const clean = dirs.replace(/[^+-]/g, '');
  if (clean.length >= workers) return clean.slice(0, workers);
  return clean + defaultDirs(workers).slice(clean.length);
}

const workersOf = (earlier: Earlier): number => Number(earlier.workers);

/** One '+' or '-' per worker, fitted to the worker count read before it. */
const dirsField: Field<string> = {
  label: 'Directions',
  decode: (raw, notices, earlier) => {
    const workers = workersOf(earlier);
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
  },
  encode: (dirs) => dirs,
  clamp: (dirs, earlier) => fitDirs(dirs, workersOf(earlier)),
};

export const COUNTER_LINK = defineLink({
  id: 'counter',
  title: 'Counter',
  fields: {
    workers: intField({ label: 'Workers', min: 1, max: 16, fallback: 2 }),
    iters: intField({
      label: 'Iterations per worker',
      min: 1,
      max: ITERS_MAX,
      fallback: 1_000_000,
      step: 1000,
      cap: (earlier) => {
        const workers = workersOf(earlier);
        const max = maxIters(workers);
        return { max, why: max < ITERS_MAX ? ` for ${workers} workers (the 32-bit cell must not overflow)` : '' };
      },
    }),
    sync: choiceField({ label: 'Synchronisation', values: SYNC_MODES, fallback: 'none' }),
    dirs: dirsField,
    window: intField({ label: 'Race window', min: 0, max: 100_000, fallback: 10 }),
    speed: choiceField({ label: 'Speed', values: SPEEDS, fallback: 'full' }),
    trials: intField({ label: 'Trials', min: 1, max: 1000, fallback: 1 }),
    engine: choiceField({ label: 'Engine', values: ENGINES, fallback: 'js' }),
  },
});

export type CounterParams = ParamsOf<typeof COUNTER_LINK.fields>;

export const COUNTER_FIELDS = COUNTER_LINK.fields;
export const DEFAULT_COUNTER: CounterParams = COUNTER_LINK.defaults;

/** The total the cell must reach when no update is lost. */
export function expectedTotal(p: Pick<CounterParams, 'dirs' | 'iters'>): number {
  let net = 0;
  for (const c of p.dirs) net += c === '-' ? -1 : 1;
  return net * p.iters;
}
