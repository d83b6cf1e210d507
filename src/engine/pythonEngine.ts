// The Python lab's workers, from the page's side: the session worker (check, step, run) and a pool
// of search workers, one per core (Sample's runs are claimed from shared control words; Explore all's
// states from a shared table, or with the reduction its subtrees from the control words, each
// worker's part joined at the end: the pool shares the budget and every worker stays busy). Every
// call is guarded against
// a dead worker (it rejects, never hangs); workers that do not answer Stop within the grace period
// are ended by force and replaced, and the search keeps what they had reported.
import { proxy, wrap, type Remote } from 'comlink';
import { mergeProgress, mergeResults, progressAsResult } from '../core/python/runtime/merge.ts';
import { createControl, isShared, requestStop, stopRequested } from '../core/python/runtime/searchControl.ts';
import type { ExplorePart, ReducedExplorePart } from '../core/python/runtime/splitExplore.ts';
import { createStateTable } from '../core/explore/stateTable.ts';
import { createSharedSummaries } from '../core/explore/sharedSummaries.ts';
import type { MachineSettings, SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import type { PythonApi, SearchOptions } from '../workers/pythonApiTypes.ts';
import { spawnPythonWorker } from '../workers/pythonSpawn.ts';
import { unpackResult } from '../workers/pythonWire.ts';
import { guarded, workerFailure } from './guard.ts';
import { WorkerCalls } from './workerCalls.ts';
import { WorkerPool, type PooledWorker } from './workerPool.ts';

/** A check or a step answers within this long, or the worker is taken for dead and replaced. */
const CALL_TIMEOUT_MS = 20_000;

class PythonWorker {
  private readonly name: string;
  private worker: Worker | null = null;
  private api: Remote<PythonApi> | null = null;
  private failure: Promise<never> | null = null;

  constructor(name: string) {
    this.name = name;
  }

  private ensure(): { api: Remote<PythonApi>; failure: Promise<never> } {
    if (!this.worker || !this.api || !this.failure) {
      this.worker = spawnPythonWorker(this.name);
      this.api = wrap<PythonApi>(this.worker);
      this.failure = workerFailure(this.worker);
    }
    return { api: this.api, failure: this.failure };
  }

  /** A call that rejects if the worker fails (and then replaces it for the next call). */
  async call<T>(f: (api: Remote<PythonApi>) => Promise<T>, timeoutMs: number | undefined = CALL_TIMEOUT_MS): Promise<T> {
    const { api, failure } = this.ensure();
    try {
      return await guarded(f(api), failure, timeoutMs, `The ${this.name} worker`);
    } catch (e) {
      this.replace();
      throw e;
    }
  }

  /** Ends the worker at once; the next call starts a fresh one. */
  replace(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.failure = null;
  }
}

const sessionWorker = new PythonWorker('python-session');
const searchPool = new WorkerPool<PythonApi>('python-search', spawnPythonWorker);

/** Search workers at most, whatever the machine reports: each holds a whole interpreter. */
const MAX_SEARCH_WORKERS = 8;

/** A worker's last progress as its partial answer, or null when it reported none. */
function progressOrNull(p: SearchProgress | null): SearchResult | null {
  return p ? progressAsResult(p) : null;
}

/** One search worker per logical core the browser reports (at least one). */
export function searchWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_SEARCH_WORKERS, cores));
}

/** Calls into the session worker (compile, open, step, seek, load, run). */
export function sessionCall<T>(f: (api: Remote<PythonApi>) => Promise<T>): Promise<T> {
  return sessionWorker.call(f);
}

/** Replaces the session worker (after a run that went on too long, or a failure). */
export function resetSession(): void {
  sessionWorker.replace();
}

/**
 * A split Explore all's parts as one result, joined by a worker that answered (the join replays
 * each outcome's witness). A part lost to a worker ended by force leaves the result incomplete.
 */
async function join(
  slots: readonly PooledWorker<PythonApi>[],
  parts: readonly (Part | null)[],
  source: string,
  settings: MachineSettings,
  maxStates: number,
  control: Int32Array,
  onProgress: (p: SearchProgress) => void,
): Promise<SearchResult | null> {
  const got = parts.filter((p): p is Part => p !== null);
  const joiner = slots.find((s, i) => parts[i] !== null && !s.dead);
  if (got.length === 0 || joiner === undefined) return null;
  const wire = await guarded(joiner.remote.exploreJoin(source, settings, got, maxStates, control, proxy(onProgress)), joiner.failure);
  if (!wire) return null;
  const r = unpackResult(wire);
  return got.length < parts.length ? { ...r, complete: false } : r;
}

/** One worker's part of a split Explore all. */
type Part = ExplorePart | ReducedExplorePart;

export type SearchKind = 'explore' | 'sample';

export interface SearchJob {
  /** The merged result; incomplete when Stop ended it (workers that did not answer give their last progress). */
  readonly done: Promise<SearchResult | null>;
  /** Search workers this job runs on. */
  readonly workers: number;
  stop(): void;
}

/**
 * Explore all (split over the pool, or on one worker with the reduction or without shared memory) or
 * Sample (its runs claimed by every worker of the pool), with the
 * workers' progress merged. Stop raises the shared stop flag, which every worker reads at each
 * choice point, and tells each worker by message too (for a page without shared memory).
 */
export function startSearch(
  kind: SearchKind,
  source: string,
  settings: MachineSettings,
  options: SearchOptions,
  onProgress: (p: SearchProgress) => void,
): SearchJob {
  const control = createControl();
  // Explore all splits over the pool: through a shared table of claimed states, or with the
  // reduction through subtrees claimed on the shared control words.
  const split = kind === 'explore' && isShared(control) && searchWorkers() > 1;
  const reduced = options.reduce === true && (options.maxPreemptions ?? null) === null;
  const n = kind === 'sample' ? Math.max(1, Math.min(searchWorkers(), options.samples)) : split ? searchWorkers() : 1;
  const table = split && !reduced ? createStateTable(options.maxStates) : undefined;
  const summaries = split && reduced ? createSharedSummaries(options.maxStates) : undefined;
  const explored: (Part | null)[] = new Array<Part | null>(n).fill(null);
  const latest: (SearchProgress | null)[] = new Array<SearchProgress | null>(n).fill(null);
  const answers: (SearchResult | null)[] = new Array<SearchResult | null>(n).fill(null);
  const total = kind === 'sample' ? options.samples : undefined;
  let stopping = false;
  const halt = (r: WorkerCalls<PythonApi, SearchResult | null>, slots: readonly PooledWorker<PythonApi>[]): Promise<void> =>
    r.halt(searchPool, () => {
      requestStop(control);
      for (const slot of slots) void guarded(slot.remote.stop(), slot.failure).catch(() => undefined);
    });
  let started: { round: WorkerCalls<PythonApi, SearchResult | null>; slots: readonly PooledWorker<PythonApi>[] } | null = null;
  let shown: SearchProgress | null = null;
  const report = (): void => {
    shown = mergeProgress(latest.filter((p): p is SearchProgress => p !== null), total);
    onProgress(shown);
  };

  const done = (async (): Promise<SearchResult | null> => {
    const slots = searchPool.reuse(n) ?? (await searchPool.acquire(n));
    const round = new WorkerCalls(slots, (slot, worker) => {
      const share = { control, worker, workers: n };
      const progress = proxy((p: SearchProgress) => {
        latest[worker] = p;
        report();
      });
      if (split) {
        // A part is not a result: it is kept aside and joined once every worker answered.
        const part = slot.remote.explorePart(source, settings, { ...options, share: { ...share, ...(table ? { table } : {}), ...(summaries ? { summaries } : {}) } }, progress);
        void part.then((p) => (explored[worker] = p), () => undefined);
        return part.then(() => null);
      }
      const wire = kind === 'explore' ? slot.remote.explore(source, settings, { ...options, share }, progress) : slot.remote.sample(source, settings, { ...options, share }, progress);
      const call = wire.then((r) => (r ? unpackResult(r) : null));
      void call.then((r) => (answers[worker] = r), () => undefined);
      return call;
    });
    started = { round, slots };
    if (stopRequested(control)) void halt(round, slots);
    const all = await round.results();
    if (split) {
      // With the reduction the join settles the labels: the workers' counts stay, with its states beside them.
      const joined = (p: SearchProgress): void => {
        if (shown) onProgress({ ...shown, settling: p.done });
      };
      return (await join(slots, explored, source, settings, options.maxStates, control, joined)) ?? progressOrNull(shown);
    }
    // Ended by force: the workers that answered give their answers, the others their last progress.
    const parts = (all ?? answers.map((a, i) => a ?? progressOrNull(latest[i] ?? null))).filter((r): r is SearchResult => r !== null);
    if (parts.length > 0 || all) return mergeResults(parts);
    // Nothing came back, but the page has shown counts: those are what Stop keeps.
    return progressOrNull(shown);
  })();

  return {
    done,
    workers: n,
    stop: () => {
      if (stopping) return;
      stopping = true;
      requestStop(control);
      if (started) void halt(started.round, started.slots);
    },
  };
}
