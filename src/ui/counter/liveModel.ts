// What the live view shows, derived frame by frame from shared memory: smoothed rates, the step
// each worker is on, expected-so-far and drift, lost-update flashes, and the slow-motion event log.
import { CounterSlot, Phase, TraceKind, type PhaseValue } from '../../core/counter/counterLayout.ts';
import { chunkSize } from '../../core/counter/kernels.ts';
import type { SyncMode } from '../../core/counter/syncModes.ts';
import { OverwriteDetector, readTrace, type Overwrite, type TraceRecord } from '../../core/counter/trace.ts';
import type { CounterSample } from '../../engine/counterSample.ts';
import { formatCount } from '../common/format.ts';

export interface LiveConfig {
  readonly workers: number;
  readonly iters: number;
  readonly dirs: readonly (1 | -1)[];
  readonly sync: SyncMode;
  readonly slow: boolean;
  readonly window: number;
}

/** How long a lost update stays marked on its lane in slow motion. */
export const ERASE_MS = 1500;
/** How long the drift number glows when it grows at full speed, and how often it may. */
export const DRIFT_FLASH_MS = 700;
const DRIFT_FLASH_EVERY_MS = 1200;
/** Sparkline: one point every SPARK_EVERY_MS, SPARK_POINTS of them (6 s). */
export const SPARK_POINTS = 48;
const SPARK_EVERY_MS = 125;
/** Time constant of the rate smoothing: steady enough to read, quick enough to follow a stall. */
const RATE_TAU_MS = 400;

/** One box of a lane's step pipeline: the phases that light it, a long and a short label. */
export interface Step {
  readonly phases: readonly PhaseValue[];
  readonly label: string;
  readonly short: string;
}

const step = (phases: readonly PhaseValue[], label: string, short = label): Step => ({ phases, label, short });
const LOCK = step([Phase.lockWait, Phase.locked], 'lock');
const READ = step([Phase.read], 'read');
const ADD = step([Phase.add], 'add');
const WRITE = step([Phase.write], 'write');
const UNLOCK = step([Phase.unlock], 'unlock');

/** The steps of one iteration in each mode, in the order stepped.ts takes them. */
export const PIPELINES: Record<SyncMode, readonly Step[]> = {
  none: [READ, ADD, WRITE],
  flag: [step([Phase.check], 'check flag', 'check'), step([Phase.locked], 'set flag', 'set'), READ, ADD, WRITE, step([Phase.unlock], 'clear flag', 'clear')],
  split: [LOCK, READ, UNLOCK, ADD, LOCK, WRITE, UNLOCK],
  mutex: [LOCK, READ, ADD, WRITE, UNLOCK],
  spin: [step([Phase.lockWait], 'try lock', 'try'), READ, ADD, WRITE, UNLOCK],
  atomic: [step([Phase.rmw], 'atomic add')],
  local: [step([Phase.add], 'add privately', 'add'), step([Phase.publish], 'publish')],
};

/**
 * The pipeline box a worker is on: the first box at or after the previous one (wrapping) that the
 * phase lights, so that a mode with two "lock" boxes (split) lights the right one.
 */
export function nextStep(steps: readonly Step[], from: number, phase: PhaseValue): number {
  const n = steps.length;
  for (let k = 0; k < n; k++) {
    const i = (Math.max(0, from) + k) % n;
    if (steps[i]!.phases.includes(phase)) return i;
  }
  return -1;
}

export interface Lane {
  progress: number;
  phase: PhaseValue;
  /** Pipeline box the worker is on, -1 when idle or done. */
  step: number;
  holds: boolean;
  /** Blocked on a lock (or a busy flag) another worker holds. */
  waiting: boolean;
  retries: number;
  local: number;
  lastRead: number;
  lastWrite: number;
  /** A read seen in this trial (the words start at 0); a write seen since that read. */
  hasRead: boolean;
  hasWritten: boolean;
  /** Operations per second, smoothed. */
  rate: number;
  /** Ring of past rates for the sparkline; `spark[sparkAt]` is the oldest. */
  readonly spark: Float64Array;
  sparkAt: number;
  /** The last write of this worker that another one erased, and when. */
  erasedValue: number;
  erasedBy: number;
  erasedAt: number;
}

function newLane(): Lane {
  return {
    progress: 0, phase: Phase.idle, step: -1, holds: false, waiting: false, retries: 0, local: 0,
    lastRead: 0, lastWrite: 0, hasRead: false, hasWritten: false, rate: 0,
    spark: new Float64Array(SPARK_POINTS), sparkAt: 0,
    erasedValue: 0, erasedBy: -1, erasedAt: -Infinity,
  };
}

/** Per-view derived state; `update` once per frame, allocation-free. */
export class LiveModel {
  readonly config: LiveConfig;
  readonly steps: readonly Step[];
  readonly lanes: Lane[];
  /** Upper bound of the iterations a running worker may have done but not yet published. */
  private readonly chunk: number;
  value = 0;
  expectedSoFar = 0;
  /** At full speed: the drift that the unpublished iterations cannot explain (exact when all are done). */
  lostSoFar = 0;
  /** In slow motion: updates lost so far, as the trace shows them (OverwriteDetector.lostSoFar). */
  lostSeen = 0;
  privateTotal = 0;
  ops = 0;
  rate = 0;
  cellFlashAt = -Infinity;
  driftFlashAt = -Infinity;
  private lastAt = -1;
  private lastHistoryAt = -Infinity;
  private driftShown = 0;

  constructor(config: LiveConfig) {
    this.config = config;
    this.steps = PIPELINES[config.sync];
    this.lanes = Array.from({ length: config.workers }, newLane);
    this.chunk = config.slow ? 1 : chunkSize(config.window);
  }

  /** Takes a frame's sample; true when anything drawn from it changed. */
  update(s: CounterSample, lockWord: number, running: boolean): boolean {
    const now = s.at;
    const dt = this.lastAt < 0 ? 0 : now - this.lastAt;
    this.lastAt = now;
    const alpha = dt > 0 ? 1 - Math.exp(-dt / RATE_TAU_MS) : 0;
    const { dirs, iters, sync } = this.config;
    let changed = this.value !== s.value;
    this.value = s.value;
    let expected = 0, plus = 0, minus = 0, ops = 0, rate = 0, privateTotal = 0;
    for (let i = 0; i < this.lanes.length; i++) {
      const lane = this.lanes[i]!;
      const w = s.workers[i];
      if (!w) continue;
      const dir = dirs[i] ?? 1;
      if (w.progress < lane.progress) {
        // A new trial reset the memory: start the lane afresh rather than show a negative rate.
        lane.rate = 0;
        lane.hasRead = lane.hasWritten = false;
        lane.step = -1;
      } else if (dt > 0) {
        const inst = ((w.progress - lane.progress) * 1000) / dt;
        lane.rate += alpha * (inst - lane.rate);
        // A finished worker does nothing more: no tail of a decaying average.
        if (lane.rate < 0.5 || w.phase === Phase.done) lane.rate = 0;
      }
      if (lane.rate > 0) changed = true;
      const waiting =
        !w.holds && (sync === 'flag' ? w.phase === Phase.check && lockWord !== 0 : w.phase === Phase.lockWait);
      if (
        lane.progress !== w.progress || lane.phase !== w.phase || lane.holds !== w.holds || lane.waiting !== waiting ||
        lane.local !== w.local || lane.lastRead !== w.lastRead || lane.lastWrite !== w.lastWrite || lane.retries !== w.retries
      ) changed = true;
      lane.progress = w.progress;
      lane.holds = w.holds;
      lane.waiting = waiting;
      lane.retries = w.retries;
      lane.local = w.local;
      lane.lastRead = w.lastRead;
      lane.lastWrite = w.lastWrite;
      if (lane.phase !== w.phase) {
        lane.phase = w.phase;
        lane.step = w.phase === Phase.idle || w.phase === Phase.done ? -1 : nextStep(this.steps, lane.step, w.phase);
      }
      expected += dir * w.progress;
      ops += w.progress;
      rate += lane.rate;
      privateTotal += w.local;
      // Up to a chunk not yet published, unless the worker is done, and whatever it published while
      // the counter was read.
      const unpublished = w.phase === Phase.done ? 0 : Math.min(this.chunk, iters - w.progressAfter);
      const inFlight = Math.max(0, unpublished) + w.progressAfter - w.progress;
      if (dir > 0) plus += inFlight;
      else minus += inFlight;
    }
    this.ops = ops;
    this.rate = rate;
    this.privateTotal = privateTotal;
    // The cell is written continuously but progress only once per chunk: drift inside that band
    // may be work not yet counted, so only what lies outside it is certainly lost. Expected so far is
    // the count nearest the cell that the work done can explain, taken from this same sample, so the
    // two figures on screen differ by exactly the updates lost (a mutex run shows them equal).
    const explained = sync === 'local' ? 0 : Math.min(plus, Math.max(-minus, s.value - expected));
    this.expectedSoFar = expected + explained;
    this.lostSoFar = sync === 'local' ? 0 : Math.abs(s.value - this.expectedSoFar);
    if (!this.config.slow && this.lostSoFar > this.driftShown && now - this.driftFlashAt > DRIFT_FLASH_EVERY_MS) {
      this.driftFlashAt = now;
      this.driftShown = this.lostSoFar;
    }
    if (this.lostSoFar < this.driftShown) this.driftShown = this.lostSoFar;
    if (running && now - this.lastHistoryAt >= SPARK_EVERY_MS) {
      this.lastHistoryAt = now;
      for (const lane of this.lanes) {
        lane.spark[lane.sparkAt] = lane.rate;
        lane.sparkAt = (lane.sparkAt + 1) % SPARK_POINTS;
      }
      changed = true;
    }
    return changed;
  }

  /** Takes new trace records, the lost updates they reveal and the count so far (slow motion). */
  applyTrace(records: readonly TraceRecord[], overwrites: readonly Overwrite[], lostSoFar: number, now: number): void {
    for (const r of records) {
      const lane = this.lanes[r.worker];
      if (!lane) continue;
      // A new read starts a new update: its write, when it comes, is the one shown beside it.
      if (r.kind === TraceKind.read) {
        lane.hasRead = true;
        lane.hasWritten = false;
      } else if (r.kind === TraceKind.write || r.kind === TraceKind.rmw) lane.hasWritten = true;
    }
    for (const o of overwrites) {
      const lane = this.lanes[o.lost.worker];
      if (!lane) continue;
      lane.erasedValue = o.lost.value;
      lane.erasedBy = o.by.worker;
      lane.erasedAt = now;
      this.cellFlashAt = now;
    }
    // One definition with the Results: |expected so far − the cell|, as the trace shows it.
    this.lostSeen = lostSoFar;
  }

  /** Forgets the slow-motion marks (a new trial started). */
  resetTrace(): void {
    this.lostSeen = 0;
    this.cellFlashAt = -Infinity;
    for (const lane of this.lanes) {
      lane.erasedAt = -Infinity;
      lane.hasRead = lane.hasWritten = false;
    }
  }

  /** The latest moment a flash or mark is still on screen. */
  flashUntil(): number {
    let until = Math.max(this.cellFlashAt + ERASE_MS, this.driftFlashAt + DRIFT_FLASH_MS);
    for (const lane of this.lanes) until = Math.max(until, lane.erasedAt + ERASE_MS);
    return until;
  }
}

/** One line of the event log. */
export interface LogEntry {
  readonly seq: number;
  readonly worker: number;
  readonly text: string;
  /** This write erased another worker's write. */
  readonly lost: boolean;
}

/** One trace record in words; `erased`: the updates its write wiped out; `restored`: those it put back. */
export function describeRecord(r: TraceRecord, erased: readonly Overwrite[], sync: SyncMode, restored = 0): LogEntry {
  const who = `Worker ${r.worker + 1}`;
  const v = formatCount(r.value);
  let text: string;
  switch (r.kind) {
    case TraceKind.read:
      text = `${who} read ${v}`;
      break;
    case TraceKind.write:
      text = `${who} wrote ${v}`;
      if (erased.length > 0) {
        const what = (o: Overwrite): string =>
          `Worker ${o.lost.worker + 1}'s write of ${formatCount(o.lost.value)}${o.updates > 1 ? ` (${formatCount(o.updates)} updates)` : ''}`;
        text += ` — erased ${erased.map(what).join(' and ')}`;
      } else if (restored > 0) {
        // Its stale value wipes out what others did since its read, and that evens out updates lost
        // before (a decrement erased against an increment, or work an earlier stale write erased).
        text += ` — a stale value that cancels out ${restored === 1 ? 'a lost update' : `${formatCount(restored)} lost updates`}`;
      }
      break;
    case TraceKind.rmw:
      text = sync === 'local' ? `${who} added its private count: the cell is now ${v}` : `${who} added atomically: the cell is now ${v}`;
      break;
    case TraceKind.lock:
      text = sync === 'flag' ? `${who} set the flag` : `${who} took the lock`;
      break;
    case TraceKind.unlock:
      text = sync === 'flag' ? `${who} cleared the flag` : `${who} released the lock`;
      break;
    default:
      text = `${who}: unknown event`;
  }
  return { seq: r.seq, worker: r.worker, text, lost: erased.length > 0 };
}

/** Follows the trace ring from the main thread: new records, the lost updates they reveal, in words. */
export class TraceFollower {
  private next = 0;
  private detector = new OverwriteDetector();
  private readonly sync: SyncMode;

  constructor(sync: SyncMode) {
    this.sync = sync;
  }

  /** Reads what is new since the last poll; `reset` when the trace restarted (a new trial). */
  poll(
    m: Int32Array,
    traceEnd: number,
  ): { records: TraceRecord[]; overwrites: Overwrite[]; entries: LogEntry[]; lostSoFar: number; reset: boolean } | null {
    const reset = traceEnd < this.next;
    if (reset) {
      this.next = 0;
      this.detector = new OverwriteDetector();
    }
    if (traceEnd === this.next && !reset) return null;
    const records = readTrace(m, this.next);
    const last = records[records.length - 1];
    if (last) this.next = last.seq + 1;
    const overwrites = this.detector.feed(records);
    const d = this.detector;
    const entries = records.map((r) => describeRecord(r, overwrites.filter((o) => o.by.seq === r.seq), this.sync, d.restored.get(r.seq)));
    return { records, overwrites, entries, lostSoFar: d.lostSoFar, reset };
  }
}

/** The lock word, read for the busy-flag mode's "waiting" (the flag is a plain word; a stale view only delays the drawing). */
export function readLockWord(m: Int32Array): number {
  return Atomics.load(m, CounterSlot.lock);
}

// The event log is shared between the live view (which polls the trace) and the log list: a
// small external store, replaced on change, that React reads with useSyncExternalStore.
const LOG_KEEP = 100;
let log: readonly LogEntry[] = [];
const logListeners = new Set<() => void>();

export function publishLog(entries: readonly LogEntry[], reset: boolean): void {
  if (entries.length === 0 && !reset) return;
  const base = reset ? [] : log;
  log = [...base, ...entries].slice(-LOG_KEEP);
  for (const l of logListeners) l();
}

export function subscribeLog(listener: () => void): () => void {
  logListeners.add(listener);
  return () => {
    logListeners.delete(listener);
  };
}

export function getLog(): readonly LogEntry[] {
  return log;
}
