// Memory layout of the false-sharing experiment: one private counter per worker, either packed side
// by side (several on one 64-byte cache line) or padded so that each has a line of its own.
// Concurrency contract: control is written by the main thread only; each counter is written by its
// own worker only, so nothing is shared logically. Only the hardware shares the packed lines.
import { LINE_BYTES, LINE_INTS } from '../shared/memory.ts';

export const SHARING_LAYOUTS = ['adjacent', 'padded'] as const;
export type SharingLayout = (typeof SHARING_LAYOUTS)[number];

export const SHARING_LABELS: Record<SharingLayout, string> = {
  adjacent: 'Adjacent counters',
  padded: 'Padded to 64 bytes',
};

/** The most workers one experiment can place (the padded layout needs one line each). */
export const MAX_SHARING_WORKERS = 64;

export const SharingSlot = {
  control: 0,
  barrier: LINE_INTS,
  /** The counters start on a fresh line, away from the words the main thread writes. */
  counters: LINE_INTS * 2,
} as const;

/** Int32s between two workers' counters: 1 packs them (4 bytes apart), LINE_INTS pads each to a line. */
export function sharingStride(layout: SharingLayout): number {
  return layout === 'adjacent' ? 1 : LINE_INTS;
}

/** Int32 index of a worker's counter. */
export function counterIndex(layout: SharingLayout, worker: number): number {
  return SharingSlot.counters + worker * sharingStride(layout);
}

/** Byte offset of a worker's counter from the start of the buffer. */
export function counterOffset(layout: SharingLayout, worker: number): number {
  return counterIndex(layout, worker) * 4;
}

/**
 * Which 64-byte line of the buffer a counter sits on, counting from the buffer's start. Nothing
 * promises that the start is itself line-aligned, and nothing here needs it: padded counters are a
 * whole line apart, so no two ever share one; packed ones span at most one line more than aligned.
 */
export function lineOf(byteOffset: number): number {
  return Math.floor(byteOffset / LINE_BYTES);
}

export const SHARING_BYTES = (SharingSlot.counters + MAX_SHARING_WORKERS * LINE_INTS) * 4;

export interface SharingMemory {
  readonly buffer: SharedArrayBuffer;
  readonly ints: Int32Array;
}

export function allocateSharing(): SharingMemory {
  return attachSharing(new SharedArrayBuffer(SHARING_BYTES));
}

export function attachSharing(buffer: SharedArrayBuffer): SharingMemory {
  if (buffer.byteLength < SHARING_BYTES) {
    throw new RangeError(`sharing buffer needs ${SHARING_BYTES} bytes, got ${buffer.byteLength}`);
  }
  return { buffer, ints: new Int32Array(buffer, 0, SHARING_BYTES / 4) };
}

/** Puts every word back to zero between points (main thread, no worker running). */
export function resetSharing(mem: SharingMemory): void {
  mem.ints.fill(0);
}
