// The Python lab's two workers, from the page's side: the session worker (check, step, run) and the
// search worker (Explore all, Sample). Every call is guarded against a dead worker (it rejects,
// never hangs); a search that does not answer Stop within the grace period is ended by force and
// its worker replaced.
import { proxy, wrap, type Remote } from 'comlink';
import type { MachineSettings, SearchProgress, SearchResult } from '../core/python/runtime/types.ts';
import type { PythonApi, SearchOptions } from '../workers/pythonApiTypes.ts';
import { spawnPythonWorker } from '../workers/pythonSpawn.ts';
import { guarded, workerFailure } from './guard.ts';
import { delay, STOP_GRACE_MS } from './runStatus.ts';

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
const searchWorker = new PythonWorker('python-search');

/** Calls into the session worker (compile, open, step, seek, load, run). */
export function sessionCall<T>(f: (api: Remote<PythonApi>) => Promise<T>): Promise<T> {
  return sessionWorker.call(f);
}

/** Replaces the session worker (after a run that went on too long, or a failure). */
export function resetSession(): void {
  sessionWorker.replace();
}

export type SearchKind = 'explore' | 'sample';

export interface SearchJob {
  /** The result; null when Stop ended it by force (the last progress is then all there is). */
  readonly done: Promise<SearchResult | null>;
  stop(): void;
}

export function startSearch(
  kind: SearchKind,
  source: string,
  settings: MachineSettings,
  options: SearchOptions,
  onProgress: (p: SearchProgress) => void,
): SearchJob {
  let forced!: (r: null) => void;
  const byForce = new Promise<null>((resolve) => {
    forced = resolve;
  });
  const report = proxy(onProgress);
  const call = searchWorker.call((api) => (kind === 'explore' ? api.explore(source, settings, options, report) : api.sample(source, settings, options, report)), undefined);
  let stopping = false;
  return {
    done: Promise.race([call, byForce]),
    stop: () => {
      if (stopping) return;
      stopping = true;
      // Asked first: the search answers between slices with what it has found.
      searchWorker.call((api) => api.stop(), undefined).catch(() => undefined);
      void Promise.race([call.then(() => true, () => true), delay(STOP_GRACE_MS * 2).then(() => false)]).then((answered) => {
        if (answered) return;
        searchWorker.replace();
        forced(null);
      });
    },
  };
}
