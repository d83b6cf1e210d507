// The states a search split over workers has claimed: an open-addressing set of 64-bit hashes of
// state keys in shared memory, so that each state is expanded by exactly one worker, and the shared
// budget of distinct states. A key's hash stands for the key (two keys with one hash would be
// merged: with 64 bits and 200 000 states, odds of about one in 10^9).
// Concurrency contract: any number of workers claim at once; a slot goes from 0 to a hash once, by
// compare-and-swap, and the count is reserved before the slot is taken, so it never passes the budget.

/** Header words (32-bit) before the slots: the count of claimed states, on a cache line of its own. */
const HEADER_BYTES = 64;
const COUNT = 0;
/** Slots at most: 32 MB of table. */
const MAX_SLOTS = 1 << 22;

export const CLAIM = { claimed: 0, seen: 1, full: 2 } as const;
export type Claim = (typeof CLAIM)[keyof typeof CLAIM];

/** A fresh table for a search of at most `maxStates` states (shared memory, so workers can share it). */
export function createStateTable(maxStates: number): SharedArrayBuffer {
  let slots = 16;
  while (slots < 2 * maxStates && slots < MAX_SLOTS) slots *= 2;
  return new SharedArrayBuffer(HEADER_BYTES + slots * 8);
}

/** A 64-bit hash of a string (two 32-bit lanes, each mixed at the end), never 0 (0 marks a free slot). */
export function hash64(s: string): bigint {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  a ^= (a >>> 16) ^ Math.imul(b, 0x27d4eb2f);
  b = Math.imul(b ^ (b >>> 16), 0x2c1b3c6d);
  b = Math.imul(b ^ (b >>> 12), 0x297a2d39);
  b ^= (b >>> 15) ^ Math.imul(a, 0x165667b1);
  const h = (BigInt(b >>> 0) << 32n) | BigInt(a >>> 0);
  return h === 0n ? 1n : h;
}

/** One worker's view of a shared table, with the budget every worker shares. */
export class StateTable {
  private readonly header: Int32Array;
  private readonly slots: BigInt64Array;
  private readonly mask: number;
  private readonly budget: number;

  constructor(buffer: SharedArrayBuffer, maxStates: number) {
    this.header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.slots = new BigInt64Array(buffer, HEADER_BYTES);
    this.mask = this.slots.length - 1;
    // Open addressing slows as the table fills: a budget past three quarters of it is cut there.
    this.budget = Math.min(maxStates, Math.floor(this.slots.length * 0.75));
  }

  /** States claimed by every worker so far. */
  get count(): number {
    return Atomics.load(this.header, COUNT);
  }

  /** Claims state `h` for this worker: claimed (expand it), seen (another has it), or full (over the budget). */
  claim(h: bigint): Claim {
    const signed = BigInt.asIntN(64, h);
    let reserved = false;
    let i = Number(h & BigInt(this.mask));
    for (let probes = 0; probes <= this.mask; probes++, i = (i + 1) & this.mask) {
      const v = Atomics.load(this.slots, i);
      if (v === signed) return this.release(reserved, CLAIM.seen);
      if (v !== 0n) continue;
      if (!reserved) {
        if (Atomics.add(this.header, COUNT, 1) >= this.budget) return this.release(true, CLAIM.full);
        reserved = true;
      }
      const was = Atomics.compareExchange(this.slots, i, 0n, signed);
      if (was === 0n) return CLAIM.claimed;
      if (was === signed) return this.release(true, CLAIM.seen);
    }
    return this.release(reserved, CLAIM.full);
  }

  private release(reserved: boolean, c: Claim): Claim {
    if (reserved) Atomics.sub(this.header, COUNT, 1);
    return c;
  }
}
