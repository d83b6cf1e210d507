// Counter layout: hot words on separate cache lines, worker lines apart, the buffer big enough.
import { describe, expect, it } from 'vitest';
import { LINE_BYTES, LINE_INTS } from '../shared/memory.ts';
import {
  allocateCounter,
  attachCounter,
  COUNTER_BYTES,
  CounterSlot,
  MAX_WORKERS,
  Phase,
  PHASE_NAMES,
  resetCounter,
  TRACE_CAPACITY,
  TRACE_RECORD_INTS,
  TraceKind,
  WorkerSlot,
  workerBase,
} from './counterLayout.ts';

const line = (intIndex: number): number => Math.floor((intIndex * 4) / LINE_BYTES);
const workerIndexes = Array.from({ length: MAX_WORKERS }, (_, i) => i);

describe('counter layout', () => {
  it('puts every hot word, each worker line and the trace start on a line of its own', () => {
    const hot = [
      CounterSlot.control,
      CounterSlot.barrier,
      CounterSlot.value,
      CounterSlot.lock,
      CounterSlot.traceSeq,
      ...workerIndexes.map(workerBase),
      CounterSlot.trace,
    ];
    for (const i of hot) expect((i * 4) % LINE_BYTES).toBe(0);
    const lines = hot.map(line);
    expect(new Set(lines).size).toBe(hot.length);
    expect(LINE_INTS * 4).toBe(LINE_BYTES);
  });

  it('keeps every field of a worker line inside that line, and worker lines apart', () => {
    const fields = Object.values(WorkerSlot);
    expect(new Set(fields).size).toBe(fields.length);
    for (const f of fields) {
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(LINE_INTS);
    }
    const owner = new Map<number, number>();
    for (const w of workerIndexes) {
      for (const f of fields) {
        const l = line(workerBase(w) + f);
        expect(l).toBe(line(workerBase(w)));
        expect(owner.get(l) ?? w).toBe(w);
        owner.set(l, w);
      }
    }
    const shared = [CounterSlot.control, CounterSlot.barrier, CounterSlot.value, CounterSlot.lock, CounterSlot.traceSeq];
    for (const s of shared) expect(owner.has(line(s))).toBe(false);
    // The last worker line ends where the trace begins, not inside it.
    expect(workerBase(MAX_WORKERS - 1) + LINE_INTS).toBeLessThanOrEqual(CounterSlot.trace);
  });

  it('is big enough for the whole trace ring', () => {
    const lastInt = CounterSlot.trace + TRACE_CAPACITY * TRACE_RECORD_INTS - 1;
    expect(COUNTER_BYTES).toBeGreaterThanOrEqual((lastInt + 1) * 4);
    expect(COUNTER_BYTES % 4).toBe(0);
    const mem = allocateCounter();
    expect(mem.ints.length).toBe(COUNTER_BYTES / 4);
    expect(mem.ints[lastInt]).toBe(0);
  });

  it('rejects a buffer that is too short, and accepts one that is long enough', () => {
    expect(() => attachCounter(new SharedArrayBuffer(COUNTER_BYTES - 4))).toThrow(RangeError);
    expect(() => attachCounter(new SharedArrayBuffer(0))).toThrow(/needs \d+ bytes/);
    expect(attachCounter(new SharedArrayBuffer(COUNTER_BYTES)).ints.length).toBe(COUNTER_BYTES / 4);
    // A longer buffer is fine; the view covers the layout only.
    const big = attachCounter(new SharedArrayBuffer(COUNTER_BYTES + 64));
    expect(big.ints.length).toBe(COUNTER_BYTES / 4);
  });

  it('attaches a second view to the same memory', () => {
    const a = allocateCounter();
    const b = attachCounter(a.buffer);
    Atomics.store(a.ints, CounterSlot.value, 42);
    expect(Atomics.load(b.ints, CounterSlot.value)).toBe(42);
  });

  it('resets every word, then sets the initial value', () => {
    const mem = allocateCounter();
    mem.ints.fill(7);
    resetCounter(mem, -5);
    expect(Atomics.load(mem.ints, CounterSlot.value)).toBe(-5);
    expect(mem.ints.filter((v) => v !== 0)).toEqual(new Int32Array([-5]));
    resetCounter(mem);
    expect(mem.ints.every((v) => v === 0)).toBe(true);
  });

  it('names every phase and keeps phases and trace kinds distinct', () => {
    const phases = Object.values(Phase);
    expect(new Set(phases).size).toBe(phases.length);
    for (const p of phases) expect(PHASE_NAMES[p]).toMatch(/\S/);
    const kinds = Object.values(TraceKind);
    expect(new Set(kinds).size).toBe(kinds.length);
    // Zero is what an unwritten record holds, so no kind may use it.
    expect(kinds).not.toContain(0);
  });
});
