// One race per call: what each role of each litmus test does to one instance, with plain or Atomics accesses.
// Concurrency contract: role 0 and role 1 call their kernels on the same instance at the same time.
//
// Here, unlike the Counter lab, plain typed-array accesses are the subject, not a hazard: they let
// the CPU's store buffer (and the compiler) reorder, and the lab shows what that does. Each kernel is
// a separate small function whose indexes come from its parameters and differ every iteration, called
// between two Atomics accesses (the meetings), which the JIT treats as barriers to moving memory
// accesses: it can neither fold iterations together nor hoist a load out of the loop. Checked on
// Node 20's V8 with --print-opt-code: sbPlain0, inlined into runLitmus, is a plain `mov` store followed
// by a plain `mov` load, in program order, with no fence, so a relaxed outcome there is the CPU's doing.
// Stores write the batch's tag instead of 1, so that a load can tell "this batch's store" from "zero"
// and from anything stale.
import type { LitmusAccess, LitmusTestId } from './litmusJob.ts';

/** A loaded value, classified: 0 (initial), 1 (this batch's store), or STALE (a protocol bug). */
const STALE = 2;

function seen(v: number, tag: number): number {
  return v === tag ? 1 : v === 0 ? 0 : STALE;
}

/** Bits of a kernel's code: two loaded values of two bits each (message passing's T1). */
export const CODE_BITS = 4;

/** Races on instance variables a and b; returns this role's loaded values, classified, as a code. */
export type LitmusKernel = (m: Int32Array, a: number, b: number, tag: number) => number;

// Store buffering. T0: x = 1; r0 = y.  T1: y = 1; r1 = x.  a = x, b = y.
function sbPlain0(m: Int32Array, x: number, y: number, tag: number): number {
  m[x] = tag;
  return seen(m[y]!, tag);
}
function sbPlain1(m: Int32Array, x: number, y: number, tag: number): number {
  m[y] = tag;
  return seen(m[x]!, tag);
}
function sbAtomic0(m: Int32Array, x: number, y: number, tag: number): number {
  Atomics.store(m, x, tag);
  return seen(Atomics.load(m, y), tag);
}
function sbAtomic1(m: Int32Array, x: number, y: number, tag: number): number {
  Atomics.store(m, y, tag);
  return seen(Atomics.load(m, x), tag);
}

// Message passing. T0: data = 1; flag = 1.  T1: r0 = flag; r1 = data.  a = data, b = flag.
function mpPlain0(m: Int32Array, data: number, flag: number, tag: number): number {
  m[data] = tag;
  m[flag] = tag;
  return 0;
}
function mpPlain1(m: Int32Array, data: number, flag: number, tag: number): number {
  const r0 = seen(m[flag]!, tag);
  const r1 = seen(m[data]!, tag);
  return (r0 << 2) | r1;
}
function mpAtomic0(m: Int32Array, data: number, flag: number, tag: number): number {
  Atomics.store(m, data, tag);
  Atomics.store(m, flag, tag);
  return 0;
}
function mpAtomic1(m: Int32Array, data: number, flag: number, tag: number): number {
  const r0 = seen(Atomics.load(m, flag), tag);
  const r1 = seen(Atomics.load(m, data), tag);
  return (r0 << 2) | r1;
}

export const KERNELS: Record<LitmusTestId, Record<LitmusAccess, readonly [LitmusKernel, LitmusKernel]>> = {
  sb: { plain: [sbPlain0, sbPlain1], atomics: [sbAtomic0, sbAtomic1] },
  mp: { plain: [mpPlain0, mpPlain1], atomics: [mpAtomic0, mpAtomic1] },
};

/**
 * The outcome index (r0 * 2 + r1, 0..3) of one iteration from the two roles' codes, or -1 when a load
 * saw a stale value. In store buffering each role loads one register; in message passing T1 loads both.
 */
export function outcomeOf(test: LitmusTestId, code0: number, code1: number): number {
  const r0 = test === 'sb' ? code0 : code1 >> 2;
  const r1 = test === 'sb' ? code1 : code1 & 3;
  return r0 > 1 || r1 > 1 ? -1 : r0 * 2 + r1;
}
