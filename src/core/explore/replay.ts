// Replays a schedule, and turns a trace captured from a real racy Counter run into an Explorer
// program and schedule covering one lost update: from the stale read to the overwriting write.
import { OverwriteDetector, type Overwrite, type TraceRecord } from '../counter/trace.ts';
import { TraceKind } from '../counter/counterLayout.ts';
import { racyCounter } from './counterScenarios.ts';
import type { Program } from './program.ts';
import { initialState, step } from './scheduler.ts';
import type { State } from './state.ts';

/** Every state along a schedule, starting with the initial one. Throws at a step that cannot run. */
export function replay(program: Program, schedule: readonly number[]): State[] {
  const states = [initialState(program)];
  for (const t of schedule) states.push(step(program, states.at(-1)!, t));
  return states;
}

export interface CapturedRace {
  readonly program: Program;
  readonly schedule: readonly number[];
  /** The trace records the program replays, in sequence order. */
  readonly records: readonly TraceRecord[];
  /** For each Explorer thread, the real worker index it stands for. */
  readonly workers: readonly number[];
  readonly overwrite: Overwrite;
}

export function workerName(worker: number): string {
  return `Worker ${worker + 1}`;
}

interface Pair {
  readonly read: TraceRecord;
  readonly write: TraceRecord;
}

/** Each worker's reads matched with the write that follows them (the counter kernels read, then write). */
function readWritePairs(records: readonly TraceRecord[]): Pair[] {
  const pending = new Map<number, TraceRecord>();
  const pairs: Pair[] = [];
  for (const r of records) {
    if (r.kind === TraceKind.read) pending.set(r.worker, r);
    if (r.kind !== TraceKind.write) continue;
    const read = pending.get(r.worker);
    if (read) pairs.push({ read, write: r });
    pending.delete(r.worker);
  }
  return pairs;
}

/**
 * Builds the Explorer program for the `which`-th lost update found in `records` (read and write
 * records of the shared cell, as the Counter lab traces them). The window runs from the stale
 * read to the write that erased another worker's update, widened to whole read-write pairs so
 * every thread runs complete increments. Returns null when the trace shows no lost update, or
 * when the window is not self-contained (the ring dropped records, or another kind of access
 * changed the cell inside it).
 */
export function raceFromTrace(records: readonly TraceRecord[], which = 0): CapturedRace | null {
  const sorted = [...records].sort((a, b) => a.seq - b.seq);
  const overwrite = new OverwriteDetector().feed(sorted)[which];
  if (!overwrite) return null;
  // Whole increments whose write falls in the window; widen it to their reads until nothing changes.
  const hi = overwrite.by.seq;
  const all = readWritePairs(sorted);
  let lo = overwrite.staleRead.seq;
  let pairs: Pair[] = [];
  for (;;) {
    const from = lo;
    pairs = all.filter((p) => p.write.seq >= from && p.write.seq <= hi);
    const widened = Math.min(lo, ...pairs.map((p) => p.read.seq));
    if (widened === lo) break;
    lo = widened;
  }
  const window = pairs.flatMap((p) => [p.read, p.write]).sort((a, b) => a.seq - b.seq);
  const first = window[0];
  if (!first) return null;
  // Every change to the cell inside the window must be part of the program, or the replay would drift.
  const changes = sorted.filter((r) => r.seq >= lo && r.seq <= hi && (r.kind === TraceKind.write || r.kind === TraceKind.rmw));
  if (changes.some((r) => !window.includes(r))) return null;

  const workers: number[] = [];
  for (const r of window) if (!workers.includes(r.worker)) workers.push(r.worker);
  const rounds = workers.map((w) => pairs.filter((p) => p.read.worker === w).map((p) => p.write.value - p.read.value));
  if (rounds.some((ds) => ds.some((d) => d !== ds[0]))) return null;
  const program = racyCounter({ title: 'Captured race', rounds, initial: first.value, names: workers.map(workerName) });
  const schedule = window.map((r) => workers.indexOf(r.worker));

  // The replay must see exactly the values the real run saw.
  const states = replay(program, schedule);
  const consistent = window.every((r, i) => {
    const s = states[i + 1]!;
    const t = workers.indexOf(r.worker);
    return r.kind === TraceKind.read ? s.threads[t]!.regs[0]! - (rounds[t]![0] ?? 0) === r.value : s.vars[0] === r.value;
  });
  return consistent ? { program, schedule, records: window, workers, overwrite } : null;
}
