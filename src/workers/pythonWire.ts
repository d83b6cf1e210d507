// A search's answer as it crosses from a worker to the page: each witness packed into a typed array
// whose buffer is transferred, not copied, so that a result with long witnesses (tens of thousands
// of moves each) reaches the page in the time of a memcpy, and the page unpacks it once.
import type { OutcomeCount, Schedule, SearchResult } from '../core/python/runtime/types.ts';

export type PackedSchedule = Uint8Array | Uint16Array | Uint32Array;

export interface WireOutcome extends Omit<OutcomeCount, 'witness'> {
  readonly witness: PackedSchedule;
}

export interface WireResult extends Omit<SearchResult, 'outcomes'> {
  readonly outcomes: readonly WireOutcome[];
}

/** The narrowest array that holds every move (moves are thread indexes, small). */
export function packSchedule(s: Schedule): PackedSchedule {
  const max = s.reduce((m, x) => (x > m ? x : m), 0);
  return max < 0x100 ? Uint8Array.from(s) : max < 0x10000 ? Uint16Array.from(s) : Uint32Array.from(s);
}

export function packResult(r: SearchResult): { result: WireResult; buffers: ArrayBuffer[] } {
  const outcomes = r.outcomes.map((o) => ({ ...o, witness: packSchedule(o.witness) }));
  return { result: { ...r, outcomes }, buffers: outcomes.map((o) => o.witness.buffer as ArrayBuffer) };
}

export function unpackResult(r: WireResult): SearchResult {
  return { ...r, outcomes: r.outcomes.map((o) => ({ ...o, witness: Array.from(o.witness) })) };
}
