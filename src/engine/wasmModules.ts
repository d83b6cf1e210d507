// The WebAssembly engine's main-thread half: each lab's kernels compiled once, and whether this page can run them.
import counterWasm from '../core/counter/counter.wat';
import queueWasm from '../core/queue/queue.wat';
import type { EngineKind, SweepEngine } from '../core/wasm/engines.ts';
import { compileModule, wasmThreadsAvailable, type WasmModule } from '../core/wasm/wasmThreads.ts';

let available: boolean | null = null;
const compiled = new Map<Uint8Array, WasmModule | null>();

/** True where this page can share a WebAssembly memory between workers (checked once). */
export function wasmEngineAvailable(): boolean {
  available ??= wasmThreadsAvailable();
  return available;
}

/** A module compiled once (small enough to compile on the main thread), or null where it cannot run. */
function moduleOf(bytes: Uint8Array): WasmModule | null {
  if (!compiled.has(bytes)) {
    let module: WasmModule | null = null;
    try {
      module = wasmEngineAvailable() ? compileModule(bytes) : null;
    } catch {
      module = null;
    }
    compiled.set(bytes, module);
  }
  return compiled.get(bytes) ?? null;
}

export function counterModule(): WasmModule | null {
  return moduleOf(counterWasm);
}

export function queueModule(): WasmModule | null {
  return moduleOf(queueWasm);
}

/** The engine a run really uses: WebAssembly only where it can run here; JavaScript otherwise. */
export function engineUsed(requested: EngineKind, module: WasmModule | null): EngineKind {
  return requested === 'wasm' && module !== null ? 'wasm' : 'js';
}

/** A sweep's engines as they will run: JavaScript alone where the WebAssembly kernels cannot run here. */
export function sweepEngineUsed(requested: SweepEngine): SweepEngine {
  return requested === 'js' || (counterModule() !== null && queueModule() !== null) ? requested : 'js';
}
