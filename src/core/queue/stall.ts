// Is a run stuck? Snapshots of worker states and progress, and a pure diagnosis: ok, stalled or deadlocked.
// Concurrency contract: snapshots are read on the main thread with Atomics loads while workers run;
// diagnoseStall is a pure function of two snapshots.
import { Control, type ControlValue } from '../shared/memory.ts';
import { isRingKind, occupancy } from './openQueue.ts';
import type { QueueKind } from './queueKinds.ts';
import { consumerBase, producerBase, QueueSlot, ShutdownSlot, WorkerSlot, WorkerState, type QueueMemory, type WorkerStateValue } from './queueLayout.ts';
import type { Role } from './queueJob.ts';

export interface WorkerSnapshot {
  readonly role: Role;
  readonly index: number;
  readonly state: WorkerStateValue;
  readonly count: number;
}

export interface QueueSnapshot {
  /** When it was taken, in ms of any one clock (the engine's). */
  readonly atMs: number;
  readonly control: ControlValue;
  readonly workers: readonly WorkerSnapshot[];
  /** Items in the queue (for `message`: posted and not yet taken). */
  readonly occupancy: number;
  readonly closed: boolean;
}

/** How long everything must stand still before the diagnosis calls it stuck. */
export const STALL_QUIET_MS = 200;

export function readSnapshot(mem: QueueMemory, kind: QueueKind, atMs: number): QueueSnapshot {
  const m = mem.ints;
  const workers: WorkerSnapshot[] = [];
  let posted = 0;
  let taken = 0;
  const read = (role: Role, index: number, base: number): void => {
    const count = Atomics.load(m, base + WorkerSlot.count);
    workers.push({ role, index, state: Atomics.load(m, base + WorkerSlot.state) as WorkerStateValue, count });
    if (role === 'producer') posted += count;
    else taken += count;
  };
  for (let p = 0; p < mem.producers; p++) read('producer', p, producerBase(p));
  for (let c = 0; c < mem.consumers; c++) read('consumer', c, consumerBase(c));
  return {
    atMs,
    control: Atomics.load(m, QueueSlot.control) as ControlValue,
    workers,
    occupancy: isRingKind(kind) ? occupancy(mem, kind).count : Math.max(0, posted - taken),
    closed: Atomics.load(m, QueueSlot.shutdown + ShutdownSlot.closed) !== 0,
  };
}

export type StallStatus = 'ok' | 'stalled' | 'deadlocked';

export interface StallDiagnosis {
  readonly status: StallStatus;
  readonly reason: string;
}

const ok = (reason: string): StallDiagnosis => ({ status: 'ok', reason });

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * Compares the snapshot with one taken at least `quietMs` earlier. Stalled: every worker still
 * running is blocked and nothing moved in between. Deadlocked: stalled, and nothing can ever
 * unblock them: producers wait for room with no consumer left, or consumers wait for items with no
 * producer left, the queue empty and not closed (no pill, no close will come).
 */
export function diagnoseStall(current: QueueSnapshot, previous?: QueueSnapshot, quietMs = STALL_QUIET_MS): StallDiagnosis {
  if (current.control !== Control.run) return ok('paused or stopped');
  const live = current.workers.filter((w) => w.state !== WorkerState.done);
  if (live.length === 0) return ok('every worker is done');
  const blockedOnFull = live.filter((w) => w.state === WorkerState.blockedFull);
  const blockedOnEmpty = live.filter((w) => w.state === WorkerState.blockedEmpty);
  if (blockedOnFull.length + blockedOnEmpty.length < live.length) return ok('some worker is running');
  if (!previous || current.atMs - previous.atMs < quietMs) return ok('not blocked for long enough to tell');
  const moved =
    previous.control !== Control.run ||
    previous.occupancy !== current.occupancy ||
    previous.workers.length !== current.workers.length ||
    current.workers.some((w, i) => {
      const before = previous.workers[i];
      return before?.count !== w.count || before.state !== w.state;
    });
  if (moved) return ok('work moved since the last look');

  const liveConsumers = live.filter((w) => w.role === 'consumer').length;
  const liveProducers = live.filter((w) => w.role === 'producer').length;
  const fullHopeless = blockedOnFull.length === 0 || liveConsumers === 0;
  const emptyHopeless = blockedOnEmpty.length === 0 || (liveProducers === 0 && current.occupancy === 0 && !current.closed);
  const quiet = current.atMs - previous.atMs;
  if (fullHopeless && emptyHopeless) {
    const why: string[] = [];
    if (blockedOnFull.length > 0) why.push(`${plural(blockedOnFull.length, 'producer')} ${blockedOnFull.length === 1 ? 'waits' : 'wait'} for room in a full queue and no consumer is left`);
    if (blockedOnEmpty.length > 0) why.push(`${plural(blockedOnEmpty.length, 'consumer')} ${blockedOnEmpty.length === 1 ? 'waits' : 'wait'} for items that no producer is left to put`);
    return { status: 'deadlocked', reason: `${why.join('; ')}: this run can never finish.` };
  }
  return {
    status: 'stalled',
    reason: `every running worker has been blocked for ${Math.round(quiet)} ms (${blockedOnFull.length} on full, ${blockedOnEmpty.length} on empty) and nothing moved.`,
  };
}
