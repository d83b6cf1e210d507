// Symmetry reduction: threads running identical code are interchangeable, so states that differ
// only by which of them is where are explored once. The canonical key sorts those threads.
import { codesToString, encodeState, pushThread } from './key.ts';
import type { Program } from './program.ts';
import type { State } from './state.ts';

export interface Symmetry {
  /** Groups of two or more threads with identical code (steps and registers). */
  readonly groups: readonly (readonly number[])[];
}

const cache = new WeakMap<Program, Symmetry>();

export function symmetryOf(program: Program): Symmetry {
  let sym = cache.get(program);
  if (sym) return sym;
  const byCode = new Map<string, number[]>();
  program.threads.forEach((code, t) => {
    const k = JSON.stringify([code.steps, code.regs]);
    const group = byCode.get(k);
    if (group) group.push(t);
    else byCode.set(k, [t]);
  });
  sym = { groups: [...byCode.values()].filter((g) => g.length > 1) };
  cache.set(program, sym);
  return sym;
}

/** Everything about thread t, including the locks it holds and where it sleeps. */
function signature(s: State, t: number): string {
  const out: number[] = [];
  pushThread(out, s, t);
  s.owners.forEach((o, m) => {
    if (o === t) out.push(m);
  });
  out.push(0xfffe);
  s.waiters.forEach((w, c) => {
    const at = w.indexOf(t);
    if (at >= 0) out.push(c, at);
  });
  return codesToString(out);
}

/**
 * A key equal for two states exactly when one is the other with interchangeable threads renamed
 * (dead registers aside). Threads with equal signatures are fully interchangeable, so ties in
 * the sort cannot change the key.
 */
export function canonicalKey(s: State, sym: Symmetry): string {
  if (sym.groups.length === 0) return s.key;
  const order = s.threads.map((_, t) => t);
  for (const group of sym.groups) {
    const sigs = group.map((t) => signature(s, t));
    const sorted = group.map((t, i) => ({ t, sig: sigs[i]! })).sort((a, b) => (a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : 0));
    // The group's slots, in ascending order, take its threads in signature order.
    sorted.forEach(({ t }, i) => {
      order[group[i]!] = t;
    });
  }
  return encodeState(s, order);
}
