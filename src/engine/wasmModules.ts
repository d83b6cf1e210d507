// The WebAssembly engine's main-thread half: each lab's kernels compiled once (in the background when
// the lab opens, so that Run does not wait for it), and whether this page can run them.
import counterWasm from '../core/counter/counter.wat';
import queueWasm from '../core/queue/queue.wat';
import type { EngineKind, SweepEngine } from '../core/wasm/engines.ts';
import { compileModule, compileModuleAsync, wasmThreadsAvailable, type WasmModule } from '../core/wasm/wasmThreads.ts';

let available: boolean | null = null;
const compiled = new Map<Uint8Array, WasmModule | null>();
const compiling = new Map<Uint8Array, Promise<void>>();

/** True where this page can share a WebAssembly memory between workers (checked once). */
export function wasmEngineAvailable(): boolean {
  available ??= wasmThreadsAvailable();
  return available;
}

/**
 * Starts compiling a module in the background, once; settles when it is compiled (or cannot be).
 * A run that needs the module sooner compiles it there and then (moduleOf), and that one stays.
 */
function prepare(bytes: Uint8Array): Promise<void> {
  let done = compiling.get(bytes);
  if (done) return done;
  done =
    compiled.has(bytes) || !wasmEngineAvailable()
      ? Promise.resolve()
      : compileModuleAsync(bytes).then(
          (module) => {
            if (!compiled.has(bytes)) compiled.set(bytes, module);
          },
          // Left to moduleOf: the run compiles it synchronously, and falls back to JavaScript if that fails too.
          () => undefined,
        );
  compiling.set(bytes, done);
  return done;
}

/** A module compiled once, ahead of the run where it could be (prepare), or null where it cannot run. */
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

/** Compiles the counter kernels in the background (the lab opened): Run then finds them ready. */
export function prepareCounterModule(): Promise<void> {
  return prepare(counterWasm);
}

/** Compiles the queue kernels in the background (the lab opened): Run then finds them ready. */
export function prepareQueueModule(): Promise<void> {
  return prepare(queueWasm);
}

/** The engine a run really uses: WebAssembly only where it can run here; JavaScript otherwise. */
export function engineUsed(requested: EngineKind, module: WasmModule | null): EngineKind {
  return requested === 'wasm' && module !== null ? 'wasm' : 'js';
}

/** A sweep's engines as they will run: JavaScript alone where the WebAssembly kernels cannot run here. */
export function sweepEngineUsed(requested: SweepEngine): SweepEngine {
  return requested === 'js' || (counterModule() !== null && queueModule() !== null) ? requested : 'js';
}
