// Slow motion: grants each worker step permits at a chosen pace, with a seeded random choice of
// who moves on each tick, so that every read and write can be drawn. Main thread only: it only
// ever adds permits and notifies, never waits.
import { WorkerSlot, workerBase } from '../core/counter/counterLayout.ts';
import { mulberry32 } from '../core/shared/random.ts';

/** Chance that a worker other than the tick's chosen one also moves on a tick. */
const ALSO_MOVES = 0.5;

export class Pacer {
  private readonly m: Int32Array;
  private readonly workers: number;
  private readonly random: () => number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private stepsPerSecond: number;
  paused = false;

  constructor(m: Int32Array, workers: number, stepsPerSecond: number, seed: number) {
    this.m = m;
    this.workers = workers;
    this.stepsPerSecond = stepsPerSecond;
    this.random = mulberry32(seed);
  }

  start(): void {
    this.stopTimer();
    this.timer = setInterval(() => {
      if (!this.paused) this.tick();
    }, 1000 / this.stepsPerSecond);
  }

  setPace(stepsPerSecond: number): void {
    this.stepsPerSecond = stepsPerSecond;
    if (this.timer !== undefined) this.start();
  }

  /** One tick: one chosen worker moves, each other one maybe. */
  tick(): void {
    const chosen = Math.floor(this.random() * this.workers);
    for (let i = 0; i < this.workers; i++) {
      if (i === chosen || this.random() < ALSO_MOVES) this.grant(i);
    }
  }

  stop(): void {
    this.stopTimer();
  }

  private grant(i: number): void {
    const at = workerBase(i) + WorkerSlot.tokens;
    // At most one permit waits per worker: a worker blocked on a lock must not burst ahead later.
    if (Atomics.compareExchange(this.m, at, 0, 1) === 0) Atomics.notify(this.m, at);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
