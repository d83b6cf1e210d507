// A Queue run's live summary for the store (a few times a second): counts, occupancy, backpressure, speed.
import { WorkerState } from '../core/queue/queueLayout.ts';
import type { QueueSnapshot } from '../core/queue/stall.ts';

export interface QueueLive {
  readonly produced: number;
  /** Items taken so far (duplicates included), as published by the consumers. */
  readonly consumed: number;
  readonly occupancy: number;
  /** Producers asleep on a full queue, consumers asleep on an empty one, right now. */
  readonly blockedFull: number;
  readonly blockedEmpty: number;
  /** Items consumed per second since the previous summary. */
  readonly itemsPerSec: number;
  readonly elapsedMs: number;
}

/** Sums a snapshot; `previous` (the last summary's snapshot) gives the rate. */
export function summariseSnapshot(current: QueueSnapshot, previous: QueueSnapshot | null, startedAt: number): QueueLive {
  let produced = 0;
  let consumed = 0;
  let blockedFull = 0;
  let blockedEmpty = 0;
  for (const w of current.workers) {
    if (w.role === 'producer') produced += w.count;
    else consumed += w.count;
    if (w.state === WorkerState.blockedFull) blockedFull++;
    else if (w.state === WorkerState.blockedEmpty) blockedEmpty++;
  }
  let itemsPerSec = 0;
  if (previous && current.atMs > previous.atMs) {
    let before = 0;
    for (const w of previous.workers) if (w.role === 'consumer') before += w.count;
    itemsPerSec = Math.max(0, Math.round(((consumed - before) * 1000) / (current.atMs - previous.atMs)));
  }
  return { produced, consumed, occupancy: current.occupancy, blockedFull, blockedEmpty, itemsPerSec, elapsedMs: Math.max(0, current.atMs - startedAt) };
}

/** Progress for the watchdog: grows whenever any worker puts or takes an item. */
export function snapshotProgress(s: QueueSnapshot): number {
  let sum = 0;
  for (const w of s.workers) sum += w.count;
  return sum;
}
