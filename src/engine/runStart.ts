// The start of a run, the same in every engine: the pool's own workers without a wait when it has them
// (a second run's jobs go at once), else loaded; a Stop pressed meanwhile ends the run before it
// starts; a worker that cannot load is a message, never a throw.
import type { PooledWorker, WorkerPool } from './workerPool.ts';

export type Started<Api> =
  | { readonly kind: 'ready'; readonly slots: PooledWorker<Api>[] }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly error: string };

/** What went wrong, in words, whatever was thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class RunStart {
  /** Between Run and the workers being ready: Stop is remembered here. */
  private pending: { stopped: boolean } | null = null;

  /** True while a run waits for its workers. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** Stop pressed while the run waits for its workers: it ends as stopped once they are ready. */
  stop(): void {
    if (this.pending) this.pending.stopped = true;
  }

  async workers<Api extends { ping(): 'pong' }>(pool: WorkerPool<Api>, n: number): Promise<Started<Api>> {
    const pending = { stopped: false };
    this.pending = pending;
    try {
      const slots = pool.reuse(n) ?? (await pool.acquire(n));
      return pending.stopped ? { kind: 'stopped' } : { kind: 'ready', slots };
    } catch (e) {
      return { kind: 'failed', error: messageOf(e) };
    } finally {
      this.pending = null;
    }
  }
}
