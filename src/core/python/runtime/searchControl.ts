// The words a search's workers share: a stop flag every worker reads at each choice point, the next
// run (or subtree) to claim, and counters for the page's progress bar. Over a SharedArrayBuffer when
// the page has one (claims are then handed out as workers free up, so the budget is shared exactly);
// otherwise each worker gets its own words, takes every workers-th run, and hears Stop by message.
// Concurrency contract: any number of workers; every access is atomic, and the stop flag is written
// once (0 → 1) by the page.
import { SharedSummaries } from '../../explore/sharedSummaries.ts';
import type { ReducedShare } from '../../explore/splitReduced.ts';
import { hash64 } from '../../explore/stateTable.ts';
import type { Chooser } from './types.ts';

/** Words a cache line holds: each hot word gets a line of its own, so no worker's writes slow another's reads. */
const LINE = 16;
/** Workers with a choice-point counter of their own (more share them, modulo). */
const COUNTERS = 16;

export const CONTROL = {
  /** 1 once the page asked the search to stop. Read at every choice point, written once: on its own line. */
  stop: 0,
  /** The next unclaimed run or subtree index (claimed a block at a time). */
  next: LINE,
  /** Runs (or subtrees) finished, all workers together. */
  done: 2 * LINE,
  /** States entered by every worker of a split reduced search: the budget they share. */
  spent: 3 * LINE,
  /** Choice points passed: worker w counts at choices + w × LINE, on its own line (see choicesPassed). */
  choices: 4 * LINE,
} as const;
const WORDS = CONTROL.choices + COUNTERS * LINE;

/** The word where worker `worker` counts the choice points it passes. */
function counter(worker: number): number {
  return CONTROL.choices + (worker % COUNTERS) * LINE;
}

/** Choice points passed by every worker together: live work within long runs. */
export function choicesPassed(control: Int32Array): number {
  let n = 0;
  for (let w = 0; w < COUNTERS; w++) n += Atomics.load(control, counter(w));
  return n;
}

/** Counts a choice point (or a state expanded) on worker `worker`'s own word. */
export function countChoice(control: Int32Array, worker: number): void {
  Atomics.add(control, counter(worker), 1);
}

/** Choice points passed by one worker. */
export function choicesOf(control: Int32Array, worker: number): number {
  return Atomics.load(control, counter(worker));
}

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
 * one choice point after the flag is visible to it) and counting the choice points on the worker's
 * own word (a shared counter would bounce its cache line between the cores at every choice).
 */
export function stoppable(inner: Chooser, control: Int32Array, worker = 0): Chooser {
  return (ready, moves) => {
    if (Atomics.load(control, CONTROL.stop) !== 0) throw new Stopped();
    countChoice(control, worker);
    return inner(ready, moves);
  };
}

/** Indexes start … end − 1 (end excluded), claimed at once. */
export interface Block {
  readonly start: number;
  readonly end: number;
}

/**
 * A worker's claims on indexes 0 … total − 1, a block at a time: null once none are left (or Stop was
 * asked). Over shared words a claim takes the next `size` indexes whatever the other workers took
 * (one atomic add a block, not a run); over a worker's own words it takes every workers-th index, one
 * at a time, so that the workers' indexes still tile 0 … total − 1.
 */
export function claimer(control: Int32Array, worker: number, workers: number, total: number): (size?: number) => Block | null {
  let mine = worker;
  const shared = isShared(control);
  return (size = 1) => {
    if (stopRequested(control)) return null;
    const n = shared ? Math.max(1, Math.floor(size)) : 1;
    const start = shared ? Atomics.add(control, CONTROL.next, n) : mine;
    mine += workers;
    return start < total ? { start, end: Math.min(total, start + n) } : null;
  };
}

/** One worker's share of a search: the words, which worker it is, and how many there are. */
export interface Share {
  readonly control: Int32Array;
  readonly worker: number;
  readonly workers: number;
  /** Explore all split over the workers: the states claimed so far (explore/stateTable.ts), one table for all. */
  readonly table?: SharedArrayBuffer;
  /** Explore all with the reduction split over the workers: the cache they share (explore/sharedSummaries.ts). */
  readonly summaries?: SharedArrayBuffer;
}

/**
 * A split reduced search's share over shared words: seeds claimed one at a time from `next` (a seed
 * is a subtree, so one add per subtree), subtrees finished counted on `done`, states entered on
 * `spent` (the budget is reserved before a state is entered, so the workers together pass it by
 * none), and Stop read (and the state counted as a choice point) before every state.
 */
export function reducedShare(share: Share, maxStates: number): ReducedShare {
  const c = share.control;
  if (!isShared(c)) throw new Error('a split reduced search needs shared control words');
  const cache = share.summaries === undefined ? undefined : new SharedSummaries(share.summaries);
  return {
    ...(cache ? { summaries: { get: (key: string) => cache.get(hash64(key)), put: (key: string, text: string) => void cache.put(hash64(key), text) } } : {}),
    worker: share.worker,
    workers: share.workers,
    claim: () => Atomics.add(c, CONTROL.next, 1),
    finished: () => void Atomics.add(c, CONTROL.done, 1),
    finishedAll: () => Atomics.load(c, CONTROL.done),
    admit: () => Atomics.add(c, CONTROL.spent, 1) < maxStates,
    stopped: () => {
      if (stopRequested(c)) return true;
      countChoice(c, share.worker);
      return false;
    },
  };
}
