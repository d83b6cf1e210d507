// The engines the store drives, created on first use (the page may not be able to share memory).
import { CounterEngine } from '../engine/counterEngine.ts';
import type { LabEngine } from '../engine/labEngine.ts';
import type { Lab } from '../core/params/link.ts';

let counter: CounterEngine | null = null;

export function counterEngine(): CounterEngine {
  counter ??= new CounterEngine();
  return counter;
}

/** The engine of a lab, if that lab has run in this visit. */
export function engineOf(lab: Lab): LabEngine | null {
  return lab === 'counter' ? counter : null;
}
