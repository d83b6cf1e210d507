// A pool of Comlink-wrapped workers: created once, reused across runs, grown on demand, and a
// dead or unresponsive worker replaced. Main thread only.
import { releaseProxy, wrap, type Remote } from 'comlink';
import { guarded, workerFailure } from './guard.ts';

export interface PooledWorker<Api> {
  readonly id: number;
  readonly worker: Worker;
  readonly remote: Remote<Api>;
  /** Rejects when this worker fails; race every call against it. */
  readonly failure: Promise<never>;
  /** Set once `failure` has rejected: the next acquire replaces this worker. */
  dead: boolean;
}

/** How long a fresh worker may take to load and answer its first ping. */
const READY_MS = 15_000;

export class WorkerPool<Api extends { ping(): 'pong' }> {
  private readonly spawn: (name: string) => Worker;
  private readonly label: string;
  private readonly slots: PooledWorker<Api>[] = [];
  private nextId = 1;
  /** Replacements still loading: the next acquire waits for them, and reuse declines. */
  private pending: Promise<unknown> = Promise.resolve();
  private loading = false;
  /** Workers ever started: a second run that reuses the pool does not raise it. */
  spawned = 0;

  constructor(label: string, spawn: (name: string) => Worker) {
    this.label = label;
    this.spawn = spawn;
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * The first n workers when the pool already has them all, alive: no await, so a run that reuses
   * the pool sends its jobs before the page re-renders for it. Null when acquire must start some.
   */
  reuse(n: number): PooledWorker<Api>[] | null {
    if (this.loading) return null;
    const slots = this.slots.slice(0, n);
    return slots.length === n && slots.every((slot) => !slot.dead) ? slots : null;
  }

  /** The first n workers, starting new ones only when the pool is smaller than n or one died. */
  async acquire(n: number): Promise<PooledWorker<Api>[]> {
    await this.pending;
    const fresh: Promise<void>[] = [];
    for (let i = 0; i < Math.min(n, this.slots.length); i++) {
      const slot = this.slots[i];
      if (slot?.dead) fresh.push(this.replace(slot));
    }
    while (this.slots.length < n) {
      const slot = this.start();
      this.slots.push(slot);
      fresh.push(this.ready(slot));
    }
    await Promise.all(fresh);
    return this.slots.slice(0, n);
  }

  /** Terminates a worker that will not answer and puts a fresh one in its place. */
  async replace(slot: PooledWorker<Api>): Promise<void> {
    const i = this.slots.indexOf(slot);
    this.kill(slot);
    if (i < 0) return;
    const fresh = this.start();
    this.slots[i] = fresh;
    await this.ready(fresh);
  }

  /** Terminates these workers now and starts their replacements; the next acquire waits for them to load. */
  replaceLater(slots: readonly PooledWorker<Api>[]): void {
    const pending = Promise.allSettled([this.pending, ...slots.map((s) => this.replace(s))]);
    this.pending = pending;
    this.loading = true;
    void pending.then(() => {
      if (this.pending === pending) this.loading = false;
    });
  }

  dispose(): void {
    for (const slot of this.slots.splice(0)) this.kill(slot);
  }

  private start(): PooledWorker<Api> {
    const id = this.nextId++;
    const worker = this.spawn(`${this.label} ${id}`);
    this.spawned++;
    const slot: PooledWorker<Api> = { id, worker, remote: wrap<Api>(worker), failure: workerFailure(worker), dead: false };
    slot.failure.catch(() => {
      slot.dead = true;
    });
    return slot;
  }

  private async ready(slot: PooledWorker<Api>): Promise<void> {
    try {
      await guarded(slot.remote.ping(), slot.failure, READY_MS, `${this.label} worker start`);
    } catch (e) {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      this.kill(slot);
      throw e;
    }
  }

  private kill(slot: PooledWorker<Api>): void {
    slot.remote[releaseProxy]();
    slot.worker.terminate();
  }
}
