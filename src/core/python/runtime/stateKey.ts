// Canonical keys of machine states: equal keys behave the same from there on. The heap is
// written in the order it is reached from the machine, each object numbered on first visit, so
// two states that differ only in allocation order or object ids get the same key. Display-only
// fields (ids, labels, step counts, reasons in words) are left out; so are dead stack slots.
// Concurrency contract: single-threaded; reads the machine only.
import { PyDict, PyFloat, PyRange } from '../values/types.ts';
import { isFrame } from './vmShape.ts';
import type { Machine } from './machine.ts';
import { isImmutableObject } from './clone.ts';

const SKIP = new Set(['pyId', 'num', 'steps', 'reason', 'moves', 'output', 'objects', 'running', 'breaker', 'epoch', 'engine', 'settings', 'lasti']);

/** Immutable objects are named by a number stable for the life of the program (or until restartStableIds). */
let stable = new WeakMap<object, number>();
let nextStable = 1;
function stableId(o: object): number {
  let id = stable.get(o);
  if (id === undefined) {
    id = nextStable++;
    stable.set(o, id);
  }
  return id;
}

/**
 * Numbers immutable objects afresh, `first` first and in order. Numbers are otherwise given on first
 * visit, so two workers that explored different states would name one object differently: workers
 * that share state keys (a split search) restart from the same list, and keys made before the
 * restart must not be compared with keys made after it.
 */
export function restartStableIds(first: Iterable<object>): void {
  stable = new WeakMap();
  nextStable = 1;
  for (const o of first) stableId(o);
}

/**
 * The key of `m`. `objects`, when given, receives every object the key numbers, in the order it
 * numbers them: states with equal keys list corresponding objects at the same places.
 */
export function stateKey(m: Machine, objects?: object[]): string {
  const out: string[] = [];
  const seen = new Map<object, number>();
  const value = (v: unknown): void => {
    switch (typeof v) {
      case 'number':
        out.push(`n${v}`);
        return;
      case 'string':
        out.push(`s${v.length}:${v}`);
        return;
      case 'boolean':
        out.push(v ? 'T' : 'F');
        return;
      case 'bigint':
        out.push(`b${v}`);
        return;
      case 'undefined':
        out.push('U');
        return;
      case 'function':
        out.push('f');
        return;
      default:
        break;
    }
    if (v === null) {
      out.push('N');
      return;
    }
    const o = v as object;
    const at = seen.get(o);
    if (at !== undefined) {
      out.push(`@${at}`);
      return;
    }
    if (o instanceof PyFloat) {
      out.push(`d${o.value}`);
      return;
    }
    // By value: each schedule makes its own `range(2)`, and two of them behave the same.
    if (o instanceof PyRange) {
      out.push(`r${o.start}:${o.stop}:${o.step}`);
      return;
    }
    if (isImmutableObject(o)) {
      out.push(`#${stableId(o)}`);
      return;
    }
    seen.set(o, seen.size);
    objects?.push(o);
    if (Array.isArray(o)) {
      out.push(`[${o.length}`);
      for (const x of o) value(x);
      return;
    }
    if (o instanceof Map) {
      out.push(`{${o.size}`);
      for (const [k, x] of o) {
        value(k);
        value(x);
      }
      return;
    }
    if (o instanceof PyDict) {
      out.push(`D${o.entries.size}`);
      for (const e of o.entries.values()) {
        value(e.key);
        value(e.value);
      }
      return;
    }
    if (isFrame(o)) {
      // Slots at or above sp are dead: whatever they still hold cannot matter.
      out.push('F', `#${stableId(o.code)}`, `p${o.pc}`, `n${o.sp}`);
      for (let i = 0; i < o.sp; i++) value(o.stack[i]);
      const rec = o as unknown as Record<string, unknown>;
      for (const k of Object.keys(rec)) {
        if (k === 'stack' || k === 'sp' || k === 'pc' || SKIP.has(k)) continue;
        out.push(k);
        const x = rec[k];
        if (k === 'code' || k === 'consts' || k === 'builtins') out.push(typeof x === 'object' && x !== null ? `#${stableId(x)}` : 'N');
        else value(x);
      }
      return;
    }
    const rec = o as Record<string, unknown>;
    out.push(`<${(o.constructor as { name?: string } | undefined)?.name ?? ''}`);
    for (const k of Object.keys(rec)) {
      if (SKIP.has(k)) continue;
      out.push(k);
      const x = rec[k];
      if (k === 'code' || k === 'consts' || k === 'builtins') out.push(typeof x === 'object' && x !== null ? `#${stableId(x)}` : 'N');
      else value(x);
    }
  };
  value(m.now);
  value(m.stdout);
  value(m.stderr);
  value(m.processes);
  value(m.threads);
  return out.join('\u0001');
}
