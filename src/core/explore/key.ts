// Canonical state keys as compact strings: every number becomes one character (two more for the
// rare value outside ±16383), sections are self-delimiting, dead registers are left out.
import type { StateFields } from './state.ts';

const BIAS = 0x4000;
const ESCAPE = 0xffff;

/** Appends one number as character codes; injective over 32-bit integers. */
export function pushNumber(out: number[], v: number): void {
  if (v >= -BIAS && v < BIAS) {
    out.push(v + BIAS);
  } else {
    const u = v >>> 0;
    out.push(ESCAPE, u >>> 16, u & 0xffff);
  }
}

/** Appends thread t's own part: pc, phase and critical-section bit, then its live registers. */
export function pushThread(out: number[], s: StateFields, t: number): void {
  const th = s.threads[t]!;
  out.push(th.pc + BIAS, th.phase * 2 + (th.inCs ? 1 : 0) + BIAS);
  for (const r of s.program.threads[t]!.live[th.pc] ?? []) pushNumber(out, th.regs[r]!);
}

export function codesToString(codes: readonly number[]): string {
  let k = '';
  for (let i = 0; i < codes.length; i += 4096) k += String.fromCharCode(...codes.slice(i, i + 4096));
  return k;
}

/**
 * The key of a state, with threads listed in `order` (a permutation; identity when null) and
 * thread ids inside locks and wait queues renamed to match.
 */
export function encodeState(s: StateFields, order: readonly number[] | null): string {
  const n = s.threads.length;
  let rename: number[] | null = null;
  if (order) {
    rename = new Array<number>(n);
    order.forEach((t, slot) => {
      rename![t] = slot;
    });
  }
  const id = (t: number): number => (rename ? rename[t]! : t);
  const out: number[] = [];
  for (const v of s.vars) pushNumber(out, v);
  for (const o of s.owners) out.push((o < 0 ? -1 : id(o)) + BIAS);
  for (const w of s.waiters) {
    out.push(w.length + BIAS);
    for (const t of w) out.push(id(t) + BIAS);
  }
  out.push(s.queue.length + BIAS);
  for (const item of s.queue) pushNumber(out, item);
  for (let slot = 0; slot < n; slot++) pushThread(out, s, order ? order[slot]! : slot);
  out.push(s.violation ? 1 : 0);
  return codesToString(out);
}
