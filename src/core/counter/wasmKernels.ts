// The Counter kernels of counter.wat, instantiated on a worker and wrapped as the kernels.ts signature.
// Concurrency contract: one instance per worker per run (its tallies are private globals), any
// number of workers on one shared memory; the chunk loop, control checks and live progress stay in
// runCounter.ts, the same for both engines.
import { Control } from '../shared/memory.ts';
import { exportedFunction, exportedGlobal, instantiate, type WasmCode, type WasmFunction } from '../wasm/wasmThreads.ts';
import { CounterSlot } from './counterLayout.ts';
import type { Kernel } from './kernels.ts';
import { SYNC_MODES, type SyncMode } from './syncModes.ts';

/** What counter.wat imports: byte addresses from the layout, and the control word's stop value. */
export const COUNTER_WASM_LAYOUT = {
  control: CounterSlot.control * 4,
  value: CounterSlot.value * 4,
  lock: CounterSlot.lock * 4,
  stop: Control.stop,
} as const;

export function wasmKernels(code: WasmCode): Record<SyncMode, Kernel> {
  const x = instantiate(code, COUNTER_WASM_LAYOUT);
  const waits = exportedGlobal(x, 'waits');
  const retries = exportedGlobal(x, 'retries');
  const sum = exportedGlobal(x, 'sum');
  const wrap = (f: WasmFunction): Kernel => (_m, n, d, w, s) => {
    const done = f(n, d, w);
    // The module counts since the last chunk; the stats object keeps the run's totals.
    s.waits += waits.value;
    s.retries += retries.value;
    s.local += sum.value;
    waits.value = 0;
    retries.value = 0;
    sum.value = 0;
    return done;
  };
  const kernels = {} as Record<SyncMode, Kernel>;
  for (const mode of SYNC_MODES) kernels[mode] = wrap(exportedFunction(x, mode));
  return kernels;
}
