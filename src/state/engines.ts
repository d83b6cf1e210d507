// The engines the store drives, created on first use (the page may not be able to share memory).
import { CounterEngine } from '../engine/counterEngine.ts';
import type { LabEngine } from '../engine/labEngine.ts';
import { LitmusEngine } from '../engine/litmusEngine.ts';
import { QueueEngine } from '../engine/queueEngine.ts';
import { ScalingEngine } from '../engine/scalingEngine.ts';
import type { Lab } from '../core/params/link.ts';

let counter: CounterEngine | null = null;
let queue: QueueEngine | null = null;
let litmus: LitmusEngine | null = null;
let scaling: ScalingEngine | null = null;

export function counterEngine(): CounterEngine {
  counter ??= new CounterEngine();
  return counter;
}

export function queueEngine(): QueueEngine {
  queue ??= new QueueEngine();
  return queue;
}

export function litmusEngine(): LitmusEngine {
  litmus ??= new LitmusEngine();
  return litmus;
}

export function scalingEngine(): ScalingEngine {
  scaling ??= new ScalingEngine();
  return scaling;
}

/** The engine of a lab, if that lab has run in this visit. */
export function engineOf(lab: Lab): LabEngine | null {
  return lab === 'queue' ? queue : lab === 'litmus' ? litmus : lab === 'scaling' ? scaling : counter;
}
