// The reduced search's cache shared by the workers of a split search: for each fully explored state
// (by its key's 64-bit hash), its cache entry as text (the sleep set it was explored with and, per
// thread, the footprint of every move below it, canonically named), so that a worker reaching a
// state another worker has finished prunes it as it would one of its own (dpor.ts, stateful DPOR).
// Concurrency contract: any number of workers read and publish at once. An entry's text is written
// to a region reserved by an atomic add, then its offset is stored atomically in its slot: a reader
// that loads the offset (atomically) sees the whole text. A later entry for the same state replaces
// the offset. Slots are taken by compare-and-swap as in stateTable.ts; a full table or arena only
// means fewer states are shared (each worker still has its own cache).

const HEADER_BYTES = 64;
/** The arena's next free 16-bit unit. */
const CURSOR = 0;
/** The number of slots, written once when the buffer is made. */
const SLOTS = 1;

/** A fresh shared cache for a search of at most `maxStates` states, its text arena `arenaBytes` long. */
export function createSharedSummaries(maxStates: number, arenaBytes = 32 << 20): SharedArrayBuffer {
  let slots = 16;
  while (slots < 2 * maxStates && slots < 1 << 21) slots *= 2;
  // Header, then the hashes (8 bytes a slot), the offsets (4 bytes a slot), then the arena.
  const buffer = new SharedArrayBuffer(HEADER_BYTES + slots * 12 + arenaBytes);
  Atomics.store(new Int32Array(buffer, 0, HEADER_BYTES / 4), SLOTS, slots);
  return buffer;
}

export class SharedSummaries {
  private readonly header: Int32Array;
  private readonly hashes: BigInt64Array;
  private readonly offsets: Int32Array;
  private readonly arena: Uint16Array;
  private readonly mask: number;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    const slots = Atomics.load(this.header, SLOTS);
    this.hashes = new BigInt64Array(buffer, HEADER_BYTES, slots);
    this.offsets = new Int32Array(buffer, HEADER_BYTES + slots * 8, slots);
    const start = HEADER_BYTES + slots * 12;
    this.arena = new Uint16Array(buffer, start, Math.floor((buffer.byteLength - start) / 2));
    this.mask = slots - 1;
  }

  /** The slot of hash `h` (taken for it when `take`), or −1. */
  private slot(h: bigint, take: boolean): number {
    const signed = BigInt.asIntN(64, h === 0n ? 1n : h);
    let i = Number(h & BigInt(this.mask));
    for (let probes = 0; probes <= this.mask; probes++, i = (i + 1) & this.mask) {
      const v = Atomics.load(this.hashes, i);
      if (v === signed) return i;
      if (v !== 0n) continue;
      if (!take) return -1;
      const was = Atomics.compareExchange(this.hashes, i, 0n, signed);
      if (was === 0n || was === signed) return i;
    }
    return -1;
  }

  /** The latest entry published for state `h`, or null. */
  get(h: bigint): string | null {
    const i = this.slot(h, false);
    if (i < 0) return null;
    const at = Atomics.load(this.offsets, i);
    if (at === 0) return null;
    const length = this.arena[at - 1]! | (this.arena[at - 2]! << 16);
    let text = '';
    for (let k = 0; k < length; k += 4096) text += String.fromCharCode(...this.arena.subarray(at + k, at + Math.min(length, k + 4096)));
    return text;
  }

  /** Publishes `text` as state `h`'s entry (replacing any before it); false when there is no room. */
  put(h: bigint, text: string): boolean {
    const units = text.length + 2;
    const start = Atomics.add(this.header, CURSOR, units);
    if (start + units > this.arena.length) return false;
    const i = this.slot(h, true);
    if (i < 0) return false;
    this.arena[start] = text.length >>> 16;
    this.arena[start + 1] = text.length & 0xffff;
    for (let k = 0; k < text.length; k++) this.arena[start + 2 + k] = text.charCodeAt(k);
    // The text is written before its offset is published: a reader that sees the offset sees the text.
    Atomics.store(this.offsets, i, start + 2);
    return true;
  }
}
