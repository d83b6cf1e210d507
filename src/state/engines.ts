// The engines the store drives, created on first use (the page may not be able to share memory).
import { CounterEngine } from '../engine/counterEngine.ts';

let counter: CounterEngine | null = null;

export function counterEngine(): CounterEngine {
  counter ??= new CounterEngine();
  return counter;
}
