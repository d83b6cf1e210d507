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

/** A write that replaced the value another worker had written, without having read it. */
export interface Overwrite {
  /** The write that lost its update. */
  readonly lost: TraceRecord;
  /** The stale write that replaced it. */
  readonly by: TraceRecord;
  /** The read the stale write was based on. */
  readonly staleRead: TraceRecord;
}

/**
 * Finds lost updates in a trace: a worker reads, someone else writes, then the worker writes a
 * value computed from its old read, erasing the other write.
 */
export class OverwriteDetector {
  private readonly lastRead = new Map<number, TraceRecord>();
  private writesSince: TraceRecord[] = [];

  /** Feeds records in sequence order; returns the overwrites they reveal. */
  feed(records: readonly TraceRecord[]): Overwrite[] {
    const found: Overwrite[] = [];
    for (const r of records) {
      if (r.kind === TraceKind.read) {
        this.lastRead.set(r.worker, r);
      } else if (r.kind === TraceKind.write) {
        const read = this.lastRead.get(r.worker);
        if (read) {
          for (const w of this.writesSince) {
            if (w.seq > read.seq && w.worker !== r.worker) found.push({ lost: w, by: r, staleRead: read });
          }
          this.lastRead.delete(r.worker);
        }
        this.remember(r);
      } else if (r.kind === TraceKind.rmw) {
        this.remember(r);
      }
    }
    return found;
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
