// The slow-motion trace, single-threaded: ring round trip, wrap-around, and the lost-update detector.
import { describe, expect, it } from 'vitest';
import { allocateCounter, CounterSlot, TRACE_CAPACITY, TRACE_RECORD_INTS, TraceKind } from './counterLayout.ts';
import { OverwriteDetector, readTrace, writeTrace, type TraceRecord } from './trace.ts';

function fresh(): Int32Array {
  return allocateCounter().ints;
}

describe('trace ring', () => {
  it('reads back what was written, in order, with sequence numbers', () => {
    const m = fresh();
    expect(writeTrace(m, 0, TraceKind.read, 0)).toBe(0);
    expect(writeTrace(m, 1, TraceKind.read, 0)).toBe(1);
    expect(writeTrace(m, 0, TraceKind.write, 1)).toBe(2);
    expect(writeTrace(m, 1, TraceKind.write, -1)).toBe(3);
    writeTrace(m, 3, TraceKind.rmw, -2_000_000_000);
    expect(readTrace(m, 0)).toEqual([
      { seq: 0, worker: 0, kind: TraceKind.read, value: 0 },
      { seq: 1, worker: 1, kind: TraceKind.read, value: 0 },
      { seq: 2, worker: 0, kind: TraceKind.write, value: 1 },
      { seq: 3, worker: 1, kind: TraceKind.write, value: -1 },
      { seq: 4, worker: 3, kind: TraceKind.rmw, value: -2_000_000_000 },
    ]);
  });

  it('reads from a given sequence number on, and nothing past the end', () => {
    const m = fresh();
    for (let i = 0; i < 10; i++) writeTrace(m, i % 2, TraceKind.lock, i);
    expect(readTrace(m, 7).map((r) => r.seq)).toEqual([7, 8, 9]);
    expect(readTrace(m, 10)).toEqual([]);
    expect(readTrace(m, 99)).toEqual([]);
    expect(readTrace(fresh(), 0)).toEqual([]);
  });

  it('wraps around, keeping the newest TRACE_CAPACITY records', () => {
    const m = fresh();
    const total = TRACE_CAPACITY + 10;
    for (let i = 0; i < total; i++) writeTrace(m, i % 4, TraceKind.write, i * 3);
    const all = readTrace(m, 0);
    expect(all).toHaveLength(TRACE_CAPACITY);
    expect(all[0]).toEqual({ seq: 10, worker: 10 % 4, kind: TraceKind.write, value: 30 });
    expect(all.at(-1)).toEqual({ seq: total - 1, worker: (total - 1) % 4, kind: TraceKind.write, value: (total - 1) * 3 });
    all.forEach((r, i) => {
      expect(r.seq).toBe(10 + i);
      expect(r.value).toBe(r.seq * 3);
    });
    // A reader that had kept up only gets what is new.
    expect(readTrace(m, total - 2).map((r) => r.seq)).toEqual([total - 2, total - 1]);
    // The ring never writes outside its region.
    expect(m.length).toBe(CounterSlot.trace + TRACE_CAPACITY * TRACE_RECORD_INTS);
  });

  it('stops at a record that is claimed but not yet published', () => {
    const m = fresh();
    writeTrace(m, 0, TraceKind.read, 5);
    // Another writer has claimed seq 1 but not stored its sequence word yet.
    Atomics.add(m, CounterSlot.traceSeq, 1);
    writeTrace(m, 2, TraceKind.write, 6);
    expect(readTrace(m, 0).map((r) => r.seq)).toEqual([0]);
    // Once published, the reader moves past it.
    Atomics.store(m, CounterSlot.trace + 1 * TRACE_RECORD_INTS, 2);
    expect(readTrace(m, 0).map((r) => r.seq)).toEqual([0, 1, 2]);
  });
});

/** A hand-written trace: [worker, kind, value] in sequence order. */
function trace(...steps: [number, keyof typeof TraceKind, number][]): TraceRecord[] {
  return steps.map(([worker, kind, value], seq) => ({ seq, worker, kind: TraceKind[kind], value }));
}

describe('OverwriteDetector', () => {
  it("finds A's write lost when B writes from a stale read", () => {
    const t = trace([0, 'read', 0], [1, 'read', 0], [0, 'write', 1], [1, 'write', -1]);
    const found = new OverwriteDetector().feed(t);
    expect(found).toEqual([{ lost: t[2], by: t[3], staleRead: t[1], updates: 1 }]);
  });

  it('finds nothing in a serial run', () => {
    const t = trace([0, 'read', 0], [0, 'write', 1], [1, 'read', 1], [1, 'write', 0], [0, 'read', 0], [0, 'write', 1]);
    expect(new OverwriteDetector().feed(t)).toEqual([]);
  });

  it('finds nothing when the other write came before the read', () => {
    const t = trace([0, 'read', 0], [0, 'write', 1], [1, 'read', 1], [0, 'read', 1], [1, 'write', 2], [0, 'read', 2]);
    expect(new OverwriteDetector().feed(t)).toEqual([]);
  });

  it('finds a lost atomic add, and every write a stale write erases', () => {
    const t = trace([0, 'read', 0], [1, 'rmw', 1], [2, 'read', 1], [2, 'write', 2], [0, 'write', 1]);
    const found = new OverwriteDetector().feed(t);
    expect(found.map((o) => [o.lost.seq, o.by.seq, o.staleRead.seq])).toEqual([
      [1, 4, 0],
      [3, 4, 0],
    ]);
  });

  it('ignores lock traffic and a worker overwriting itself', () => {
    const t = trace([0, 'lock', 0], [0, 'read', 0], [0, 'write', 1], [0, 'unlock', 0], [0, 'read', 1], [0, 'write', 2]);
    expect(new OverwriteDetector().feed(t)).toEqual([]);
  });

  it('keeps its state between feeds, as the trace arrives in pieces', () => {
    const t = trace([0, 'read', 0], [1, 'read', 0], [0, 'write', 1], [1, 'write', -1]);
    const d = new OverwriteDetector();
    expect(d.feed(t.slice(0, 1))).toEqual([]);
    expect(d.feed(t.slice(1, 3))).toEqual([]);
    expect(d.feed(t.slice(3))).toEqual([{ lost: t[2], by: t[3], staleRead: t[1], updates: 1 }]);
  });

  it('counts an update once: a write that replaces a stale write erases nothing more', () => {
    // Three workers, each +1 twice. B erases A's write; C, having read A's value, writes 2 over B's
    // 1: that puts nothing out, it carries A's update on. Six increments end at 5: one lost.
    const t = trace(
      [0, 'read', 0],
      [1, 'read', 0],
      [0, 'write', 1],
      [2, 'read', 1],
      [1, 'write', 1],
      [2, 'write', 2],
      [0, 'read', 2],
      [0, 'write', 3],
      [1, 'read', 3],
      [1, 'write', 4],
      [2, 'read', 4],
      [2, 'write', 5],
    );
    const d = new OverwriteDetector();
    const found = d.feed(t);
    expect(found.map((o) => [o.lost.seq, o.by.seq, o.staleRead.seq])).toEqual([[2, 4, 1]]);
    expect(d.lostSoFar).toBe(6 - 5);
  });

  it('a stale write can put erased updates back, and the count goes down', () => {
    // B reads 0 and writes 1 after A went to 2: A's two updates are gone. A, having read 2, writes 3.
    const t = trace([1, 'read', 0], [0, 'read', 0], [0, 'write', 1], [0, 'read', 1], [0, 'write', 2], [0, 'read', 2], [1, 'write', 1], [0, 'write', 3]);
    const d = new OverwriteDetector();
    const found = d.feed(t.slice(0, 7));
    expect(found.map((o) => [o.lost.seq, o.by.seq])).toEqual([[2, 6], [4, 6]]);
    expect(d.lostSoFar).toBe(2);
    expect(d.feed(t.slice(7))).toEqual([]);
    expect(d.restored.get(7)).toBe(1);
    // Four updates, the cell at 3: one lost.
    expect(d.lostSoFar).toBe(1);
  });
});
