// What a scaling sweep measures: its series (counter modes, queue kinds, the two false-sharing
// layouts), the worker counts of each, and the order of the points. Pure; no threads.
import { SYNC_LABELS, type SyncMode } from '../counter/syncModes.ts';
import { QUEUE_LABELS, type QueueKind } from '../queue/queueKinds.ts';
import { ENGINE_LABELS, type EngineKind } from '../wasm/engines.ts';
import { MAX_SHARING_WORKERS, SHARING_LABELS, SHARING_LAYOUTS, type SharingLayout } from './sharingLayout.ts';

/** Counter and queue series run on one engine each; the false-sharing pair on JavaScript only. */
export type Series =
  | { readonly kind: 'counter'; readonly mode: SyncMode; readonly engine: EngineKind }
  | { readonly kind: 'queue'; readonly queue: QueueKind; readonly engine: EngineKind }
  | { readonly kind: 'sharing'; readonly layout: SharingLayout };

export type SeriesKind = Series['kind'];

/** The three charts of the lab, one per kind of series, and what their y axis counts. */
export const SERIES_KINDS = ['counter', 'queue', 'sharing'] as const satisfies readonly SeriesKind[];

export interface SweepPoint {
  readonly series: Series;
  /** Threads running at once: for a queue, producers plus consumers. */
  readonly workers: number;
  /** Queue points only: how the workers split. */
  readonly producers: number;
  readonly consumers: number;
}

export interface SweepRequest {
  readonly modes: readonly SyncMode[];
  readonly queues: readonly QueueKind[];
  readonly sharing: boolean;
  /** The largest worker count of the sweep. */
  readonly upto: number;
  /** The engines each counter mode and queue kind runs on (a series per engine); JavaScript alone when absent. */
  readonly engines?: readonly EngineKind[];
}

/** Counter and false-sharing points go up to this many workers. */
export const MAX_SWEEP_WORKERS = MAX_SHARING_WORKERS;
/** A queue point splits its workers into at most 8 producers and 8 consumers, as the Queue lab does. */
export const MAX_QUEUE_WORKERS = 16;

/** `counter:atomic`, `queue:mpmc`, `sharing:padded`; a WebAssembly series adds `:wasm` (`counter:atomic:wasm`). */
export function seriesId(s: Series): string {
  if (s.kind === 'sharing') return `sharing:${s.layout}`;
  const base = s.kind === 'counter' ? `counter:${s.mode}` : `queue:${s.queue}`;
  return s.engine === 'wasm' ? `${base}:wasm` : base;
}

/** The series' name; `engines` says to name the engine, as a chart with both engines must. */
export function seriesLabel(s: Series, engines = false): string {
  if (s.kind === 'sharing') return SHARING_LABELS[s.layout];
  const base = s.kind === 'counter' ? SYNC_LABELS[s.mode] : QUEUE_LABELS[s.queue];
  // The message queue has no kernel: it is the same JavaScript baseline whatever the engine.
  if (s.kind === 'queue' && s.queue === 'message') return base;
  return engines || s.engine === 'wasm' ? `${base} · ${ENGINE_LABELS[s.engine]}` : base;
}

/** What one operation is at a point of this series: the unit of its throughput. */
export function seriesUnit(kind: SeriesKind): string {
  return kind === 'queue' ? 'items/s' : 'ops/s';
}

/** The sweep's default reach: twice the cores, so that the second half oversubscribes them. */
export function autoUpto(cores: number): number {
  return Math.max(2, Math.min(MAX_SWEEP_WORKERS, 2 * Math.max(1, Math.floor(cores))));
}

/**
 * Worker counts from 1 to `upto`: every count up to 8, then every second one up to 16, then every
 * fourth, and `upto` itself: dense where the interesting bends are on common machines, and a sweep
 * that stays short on a 32-core one.
 */
export function workerCounts(upto: number): number[] {
  const top = Math.max(1, Math.min(MAX_SWEEP_WORKERS, Math.floor(upto)));
  const counts: number[] = [];
  for (let n = 1; n <= top; n += n < 8 ? 1 : n < 16 ? 2 : 4) counts.push(n);
  if (counts[counts.length - 1] !== top) counts.push(top);
  return counts;
}

/** Producers take the odd worker when the count is odd: a queue point needs one of each at least. */
export function queueSplit(workers: number): { producers: number; consumers: number } {
  const consumers = Math.max(1, Math.floor(workers / 2));
  return { producers: Math.max(1, workers - consumers), consumers };
}

function queueCounts(queue: QueueKind, upto: number): number[] {
  // spsc is defined for one producer and one consumer only: a single point.
  if (queue === 'spsc') return upto >= 2 ? [2] : [];
  return workerCounts(Math.min(upto, MAX_QUEUE_WORKERS)).filter((n) => n >= 2);
}

/** Every point of the sweep, one series after another (the sharing pair together) so that each line grows left to right. */
export function planSweep(r: SweepRequest): SweepPoint[] {
  const points: SweepPoint[] = [];
  const counts = workerCounts(r.upto);
  const engines = r.engines ?? (['js'] as const);
  // A mode's engines back to back: the two lines of one mode are measured close together in time.
  for (const mode of r.modes) {
    for (const engine of engines) {
      for (const workers of counts) points.push({ series: { kind: 'counter', mode, engine }, workers, producers: 0, consumers: 0 });
    }
  }
  for (const queue of r.queues) {
    // message passes items without a kernel: one series, the baseline of both engines.
    for (const engine of queue === 'message' ? engines.slice(0, 1) : engines) {
      for (const workers of queueCounts(queue, r.upto)) points.push({ series: { kind: 'queue', queue, engine }, workers, ...queueSplit(workers) });
    }
  }
  if (r.sharing) {
    // The two layouts back to back at each count: the pair is measured under the same load, so
    // their ratio holds even when the machine's load changes over the sweep.
    for (const workers of counts) {
      for (const layout of SHARING_LAYOUTS) points.push({ series: { kind: 'sharing', layout }, workers, producers: 0, consumers: 0 });
    }
  }
  return points;
}
