// The words a search's workers share: a stop flag every worker reads at each choice point, the next
// run (or subtree) to claim, and counters for the page's progress bar. Over a SharedArrayBuffer when
// the page has one (claims are then handed out as workers free up, so the budget is shared exactly);
// otherwise each worker gets its own words, takes every workers-th run, and hears Stop by message.
// Concurrency contract: any number of workers; every access is atomic, and the stop flag is written
// once (0 → 1) by the page.
import type { Chooser } from './types.ts';

export const CONTROL = {
  /** 1 once the page asked the search to stop. */
  stop: 0,
  /** The next unclaimed run or subtree index. */
  next: 1,
  /** Runs (or subtrees) finished, all workers together. */
  done: 2,
  /** Choice points passed, all workers together: live work within long runs. */
  choices: 3,
} as const;
const WORDS = 4;

/** Fresh control words: shared when the platform can share memory. */
export function createControl(shared = typeof SharedArrayBuffer !== 'undefined'): Int32Array {
  return new Int32Array(shared ? new SharedArrayBuffer(WORDS * 4) : new ArrayBuffer(WORDS * 4));
}

export function isShared(control: Int32Array): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && control.buffer instanceof SharedArrayBuffer;
}

export function requestStop(control: Int32Array): void {
  Atomics.store(control, CONTROL.stop, 1);
}

export function stopRequested(control: Int32Array): boolean {
  return Atomics.load(control, CONTROL.stop) !== 0;
}

/** Thrown from a chooser when Stop was asked: ends the run it is in, which is then not counted. */
export class Stopped extends Error {
  override readonly name = 'Stopped';
}

/**
 * `inner`, checking the stop flag at every choice point before it chooses (so a worker passes at most
 * one choice point after the flag is visible to it) and counting the choice points.
 */
export function stoppable(inner: Chooser, control: Int32Array): Chooser {
  return (ready, moves) => {
    if (Atomics.load(control, CONTROL.stop) !== 0) throw new Stopped();
    Atomics.add(control, CONTROL.choices, 1);
    return inner(ready, moves);
  };
}

/** A worker's claims on indexes 0 … total − 1: −1 once none are left (or Stop was asked). */
export function claimer(control: Int32Array, worker: number, workers: number, total: number): () => number {
  let mine = worker;
  const shared = isShared(control);
  return () => {
    if (stopRequested(control)) return -1;
    const i = shared ? Atomics.add(control, CONTROL.next, 1) : mine;
    mine += workers;
    return i < total ? i : -1;
  };
}

/** One worker's share of a search: the words, which worker it is, and how many there are. */
export interface Share {
  readonly control: Int32Array;
  readonly worker: number;
  readonly workers: number;
}
