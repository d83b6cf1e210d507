// A tiny register machine for the search cores' tests: threads of loads, stores and locks over a
// few shared variables, as a transition system whose moves report what they touched.
// Concurrency contract: none; pure functions over immutable states.
import type { ReducibleSystem } from '../dpor.ts';

/** One instruction: load a shared variable into the register, store register + k, take or free a lock. */
export type Op = { readonly op: 'load'; readonly v: number } | { readonly op: 'store'; readonly v: number; readonly k: number } | { readonly op: 'lock' | 'unlock'; readonly l: number };

export interface St {
  readonly pc: readonly number[];
  readonly reg: readonly number[];
  readonly vars: readonly number[];
  /** Holder per lock, −1 when free. */
  readonly locks: readonly number[];
  /** Threads that found their lock taken and wait for it (as the machine parks a blocked acquire). */
  readonly waiting: readonly boolean[];
}

export interface Touch {
  readonly kind: 'var' | 'lock';
  readonly at: number;
  readonly write: boolean;
}

/** What a move (or, merged, several moves of one thread) touched. */
export type Fp = readonly Touch[];

export function system(threads: readonly (readonly Op[])[], nVars: number, nLocks: number): ReducibleSystem<St, string, Fp> {
  const all = threads.map((_, t) => t);
  const traced = (s: St, t: number): { next: St; footprint: Fp } | null => {
    const i = threads[t]![s.pc[t]!];
    if (i === undefined) return null;
    const pc = s.pc.map((x, u) => (u === t ? x + 1 : x));
    switch (i.op) {
      case 'load':
        return { next: { ...s, pc, reg: s.reg.map((r, u) => (u === t ? s.vars[i.v]! : r)) }, footprint: [{ kind: 'var', at: i.v, write: false }] };
      case 'store':
        return { next: { ...s, pc, vars: s.vars.map((x, v) => (v === i.v ? s.reg[t]! + i.k : x)) }, footprint: [{ kind: 'var', at: i.v, write: true }] };
      case 'lock': {
        const footprint: Fp = [{ kind: 'lock', at: i.l, write: true }];
        // A first attempt on a taken lock is a move that parks the thread; it then waits until the lock is free.
        if (s.locks[i.l] !== -1) return s.waiting[t] ? null : { next: { ...s, waiting: s.waiting.map((w, u) => w || u === t) }, footprint };
        return { next: { ...s, pc, locks: s.locks.map((h, l) => (l === i.l ? t : h)), waiting: s.waiting.map((w, u) => w && u !== t) }, footprint };
      }
      case 'unlock':
        return { next: { ...s, pc, locks: s.locks.map((h, l) => (l === i.l && h === t ? -1 : h)) }, footprint: [{ kind: 'lock', at: i.l, write: true }] };
    }
  };
  return {
    initial: () => ({ pc: threads.map(() => 0), reg: threads.map(() => 0), vars: new Array<number>(nVars).fill(0), locks: new Array<number>(nLocks).fill(-1), waiting: threads.map(() => false) }),
    // Only threads that can move are choices, as the machine's `enabled` gives them.
    choices: (s) => all.filter((t) => traced(s, t) !== null),
    step: (s, t) => traced(s, t)?.next ?? null,
    traced,
    conflict: (a, b) => a.some((x) => b.some((y) => x.kind === y.kind && x.at === y.at && (x.write || y.write))),
    merge: (a, b) => [...a, ...b.filter((y) => !a.some((x) => x.kind === y.kind && x.at === y.at && x.write === y.write))],
    key: (s) => JSON.stringify(s),
    pathsReplay: true,
    outcome: (s) => (s.pc.every((p, t) => p >= threads[t]!.length) ? `vars ${s.vars.join(',')}` : `deadlock ${s.vars.join(',')}`),
    outcomeKey: (o) => o,
  };
}

/** `v += 1` as a load and a store. */
export const inc = (v: number): Op[] => [{ op: 'load', v }, { op: 'store', v, k: 1 }];
