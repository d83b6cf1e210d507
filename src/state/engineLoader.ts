// A lab's engine as the store holds it: its code loads with the lab (not with the first page), it is
// created once, on first use, and a Stop pressed while it still loads ends the run that waits for it.
import type { LabEngine } from '../engine/labEngine.ts';

export class EngineLoader<E extends LabEngine> {
  private readonly create: () => Promise<E>;
  private made: E | null = null;
  private loading: Promise<E> | null = null;
  private stopWhileLoading = false;

  constructor(create: () => Promise<E>) {
    this.create = create;
  }

  /** The engine if it exists already (no waiting: a run that reuses its pool starts at once). */
  get loaded(): E | null {
    return this.made;
  }

  /** The engine, loading its code the first time; a failed load is forgotten, so the next try fetches again. */
  load(): Promise<E> {
    if (this.made) return Promise.resolve(this.made);
    this.loading ??= this.create().then(
      (engine) => {
        this.made = engine;
        return engine;
      },
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    );
    return this.loading;
  }

  /**
   * The engine for a run that is starting: once loaded; null when Stop was pressed while it loaded
   * (the run then ends as stopped before it began).
   */
  async forRun(): Promise<E | null> {
    this.stopWhileLoading = false;
    const engine = await this.load();
    return this.takeStop() ? null : engine;
  }

  /** True once, if Stop was pressed while the engine loaded (set by stop() during the await above). */
  private takeStop(): boolean {
    const stopped = this.stopWhileLoading;
    this.stopWhileLoading = false;
    return stopped;
  }

  /** Stops the run; while the engine is still loading, the run is stopped as soon as it has loaded. */
  async stop(): Promise<void> {
    if (this.made) await this.made.stop();
    else this.stopWhileLoading = true;
  }
}
