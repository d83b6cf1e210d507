// The slow-motion trace: every access to the shared cell, stamped with a global sequence number.
// Concurrency contract: many writers claim records with one Atomics.add on the sequence word and
// publish each record by storing its sequence last; one reader (the main thread) polls.
import {
  CounterSlot,
  TRACE_CAPACITY,
  TRACE_RECORD_INTS,
  TraceKind,
  type TraceKindValue,
} from './counterLayout.ts';

export interface TraceRecord {
  readonly seq: number;
  readonly worker: number;
  readonly kind: TraceKindValue;
  readonly value: number;
}

/** Claims the next sequence number and writes one record. */
export function writeTrace(m: Int32Array, worker: number, kind: TraceKindValue, value: number): number {
  const seq = Atomics.add(m, CounterSlot.traceSeq, 1);
  const at = CounterSlot.trace + (seq % TRACE_CAPACITY) * TRACE_RECORD_INTS;
  Atomics.store(m, at + 1, worker);
  Atomics.store(m, at + 2, kind);
  Atomics.store(m, at + 3, value);
  // Published last: a reader that sees seq + 1 here also sees the fields above.
  Atomics.store(m, at, seq + 1);
  return seq;
}

/**
 * Reads the records from `fromSeq` on that are already published, in order. Stops at the first
 * record still being written; records overwritten by the ring wrapping around are skipped.
 */
export function readTrace(m: Int32Array, fromSeq: number): TraceRecord[] {
  const end = Atomics.load(m, CounterSlot.traceSeq);
  const out: TraceRecord[] = [];
  for (let seq = Math.max(fromSeq, end - TRACE_CAPACITY); seq < end; seq++) {
    const at = CounterSlot.trace + (seq % TRACE_CAPACITY) * TRACE_RECORD_INTS;
    if (Atomics.load(m, at) !== seq + 1) break;
    out.push({
      seq,
      worker: Atomics.load(m, at + 1),
      kind: Atomics.load(m, at + 2) as TraceKindValue,
      value: Atomics.load(m, at + 3),
    });
  }
  return out;
}

/** A write that erased another worker's update: it wrote a value computed from a read older than that update. */
export interface Overwrite {
  /** The write whose update was lost. */
  readonly lost: TraceRecord;
  /** The stale write that replaced it. */
  readonly by: TraceRecord;
  /** The read the stale write was based on. */
  readonly staleRead: TraceRecord;
  /**
   * Updates lost with it: 1, or more when the erased write had itself put back updates a stale
   * write had erased before (three workers or more).
   */
  readonly updates: number;
}

/**
 * Finds lost updates in a trace, with the one definition the whole lab uses: the updates lost so
 * far are |expected so far − the cell|, the Results' count once the run ends. A write that stores
 * its read plus its own step, onto a cell that others changed since that read, wipes out their net
 * change (the cell before the write − the value it read); summed over a run these changes are
 * exactly expected − actual. A write erased updates when it made the count grow, and by as much: a
 * stale write that wipes out nothing (its worker read its own last write) erases nothing, so a
 * write that had itself erased an update is not counted again when a later write replaces it.
 *
 * Each lost update is attributed to one erased write: the most recent writes by other workers
 * since the stale read. A write whose read saw more than the cell now holds (a stale write in
 * between erased some of it) puts those updates back: `restored`.
 */
export class OverwriteDetector {
  private readonly lastRead = new Map<number, TraceRecord>();
  private writesSince: TraceRecord[] = [];
  /** The cell's value after the last record fed (reads see it too); null before any record. */
  private cell: number | null = null;
  /** Sum of every write's net loss so far: expected − actual. */
  private net = 0;
  /**
   * Writes that put back updates an earlier stale write had erased (the cell held less of the
   * others' work than this worker read), by write sequence number: how many.
   */
  readonly restored = new Map<number, number>();

  /** Updates whose effect is gone so far: |expected − actual|, as the Results count them. */
  get lostSoFar(): number {
    return Math.abs(this.net);
  }

  /** Feeds records in sequence order; returns the overwrites they reveal. */
  feed(records: readonly TraceRecord[]): Overwrite[] {
    const found: Overwrite[] = [];
    for (const r of records) {
      if (r.kind === TraceKind.read) {
        this.lastRead.set(r.worker, r);
        this.cell = r.value;
      } else if (r.kind === TraceKind.write) {
        const read = this.lastRead.get(r.worker);
        if (read && this.cell !== null) {
          // What the others changed since this worker's read, wiped out by this write.
          const wiped = this.cell - read.value;
          const before = Math.abs(this.net);
          this.net += wiped;
          const lost = Math.abs(this.net) - before;
          if (lost < 0) this.restored.set(r.seq, -lost);
          let left = lost;
          const mine: Overwrite[] = [];
          for (let i = this.writesSince.length - 1; i >= 0 && left > 0; i--) {
            const w = this.writesSince[i]!;
            if (w.seq > read.seq && w.worker !== r.worker) {
              mine.push({ lost: w, by: r, staleRead: read, updates: 1 });
              left--;
            }
          }
          const oldest = mine.at(-1);
          if (oldest && left > 0) mine[mine.length - 1] = { ...oldest, updates: oldest.updates + left };
          found.push(...mine);
          this.lastRead.delete(r.worker);
        }
        this.cell = r.value;
        this.remember(r);
      } else if (r.kind === TraceKind.rmw) {
        this.cell = r.value;
        this.remember(r);
      }
    }
    // Oldest first within one write, as the log reads them.
    return found.sort((x, y) => x.by.seq - y.by.seq || x.lost.seq - y.lost.seq);
  }

  private remember(r: TraceRecord): void {
    this.writesSince.push(r);
    // A write can only be erased by a worker whose read came before it; with no read
    // outstanding, every remembered write is safe and can be forgotten.
    let oldest = Infinity;
    for (const read of this.lastRead.values()) oldest = Math.min(oldest, read.seq);
    this.writesSince = this.writesSince.filter((w) => w.seq > oldest);
  }
}
