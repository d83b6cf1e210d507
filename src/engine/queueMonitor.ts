// Looks at a running Queue run a few times a second: live summaries, the stall watch, and the watchdog.
import type { QueueKind } from '../core/queue/queueKinds.ts';
import type { QueueMemory } from '../core/queue/queueLayout.ts';
import { readSnapshot, type QueueSnapshot } from '../core/queue/stall.ts';
import { snapshotProgress, summariseSnapshot, type QueueLive } from './queueLive.ts';
import { StallWatch } from './queueWatch.ts';
import { STALL_MS } from './runStatus.ts';
import { startWatchdog } from './watchdog.ts';

/** How often the run is looked at: live summary and stall watch. */
export const WATCH_EVERY_MS = 100;

export interface QueueMonitor {
  readonly mem: QueueMemory;
  readonly kind: QueueKind;
  /** performance.now() when the jobs were handed out. */
  readonly startedAt: number;
  readonly paused: () => boolean;
  /** True once the run is being stopped: nothing more to report. */
  readonly halted: () => boolean;
  readonly onLive?: (live: QueueLive) => void;
  readonly onStall?: (ms: number) => void;
  /** The run can never finish; called once, with the reason in words. */
  readonly onDeadlock: (diagnosis: string) => void;
}

/** Starts watching; returns the function that stops it. */
export function monitorQueueRun(o: QueueMonitor): () => void {
  const stalls = new StallWatch();
  let last: QueueSnapshot | null = null;
  let progress = 0;
  const timer = setInterval(() => {
    if (o.halted()) return;
    const snap = readSnapshot(o.mem, o.kind, performance.now());
    progress = snapshotProgress(snap);
    o.onLive?.(summariseSnapshot(snap, last, o.startedAt));
    last = snap;
    const verdict = stalls.look(snap);
    if (verdict.status === 'deadlocked') o.onDeadlock(verdict.diagnosis);
  }, WATCH_EVERY_MS);
  const stopWatchdog = startWatchdog({
    progress: () => progress,
    paused: o.paused,
    onStall: (ms) => o.onStall?.(ms),
    stallMs: STALL_MS,
  });
  return () => {
    clearInterval(timer);
    stopWatchdog();
  };
}
