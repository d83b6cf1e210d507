// WebAssembly threads from core's side: a shared memory that never grows, a kernel module instantiated on it, detection.
// Concurrency contract: the main thread creates the memory and compiles the module once, then posts
// both to every worker; each worker instantiates its own instance (its globals stay private to it)
// over the one shared memory, whose `.buffer` is the SharedArrayBuffer every view reads.

/** The compiled module, opaque to core: it is only posted and instantiated. */
export type WasmModule = object;

export interface WasmMemory {
  readonly buffer: ArrayBufferLike;
}

/** What a worker needs to run the WebAssembly engine: the compiled kernels and the memory they share. */
export interface WasmCode {
  readonly module: WasmModule;
  readonly memory: WasmMemory;
}

/** An exported mutable global, read and reset by the JavaScript side between chunks. */
export interface WasmGlobal {
  value: number;
}

type Exports = Record<string, unknown>;

/** The kernels' exports and imports take and return i32s only. */
export type WasmFunction = (...args: number[]) => number;

/** The slice of the WebAssembly API core uses, declared here so that core needs no DOM types. */
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  Module: new (bytes: Uint8Array) => WasmModule;
  compile: (bytes: Uint8Array) => Promise<WasmModule>;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => { readonly exports: Exports };
}
declare const WebAssembly: WasmApi | undefined;

export const PAGE_BYTES = 65_536;

function api(): WasmApi {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available here');
  return WebAssembly;
}

/**
 * True where a shared WebAssembly memory can be made: the engine needs threads (shared memory,
 * atomics, wait/notify), which browsers give only to cross-origin-isolated pages.
 */
export function wasmThreadsAvailable(): boolean {
  try {
    return typeof SharedArrayBuffer === 'function' && sharedMemory(1).buffer instanceof SharedArrayBuffer;
  } catch {
    return false;
  }
}

export interface SharedWasmMemory extends WasmMemory {
  readonly buffer: SharedArrayBuffer;
}

/** A shared memory of at least `bytes`, whole pages, initial = maximum so that it never grows. */
export function sharedMemory(bytes: number): SharedWasmMemory {
  const pages = Math.max(1, Math.ceil(bytes / PAGE_BYTES));
  const memory = new (api().Memory)({ initial: pages, maximum: pages, shared: true });
  if (!(memory.buffer instanceof SharedArrayBuffer)) throw new Error('WebAssembly memory is not shared here');
  return memory as SharedWasmMemory;
}

/** Compiles a kernel module once, on the main thread; workers receive it compiled. */
export function compileModule(bytes: Uint8Array): WasmModule {
  return new (api().Module)(bytes);
}

/** The same, without holding up the calling task: the browser compiles it in the background. */
export function compileModuleAsync(bytes: Uint8Array): Promise<WasmModule> {
  try {
    return api().compile(bytes);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * One worker's instance of a kernel module on the shared memory. `layout` gives the module the
 * byte addresses and constants it imports, taken from the TypeScript layout, so the two cannot
 * drift apart; `functions` are what it calls back (a clock, say).
 */
export function instantiate(code: WasmCode, layout: Record<string, number>, functions: Record<string, WasmFunction> = {}): Exports {
  return new (api().Instance)(code.module, { env: { memory: code.memory, ...functions }, layout }).exports;
}

/** An exported function of the module, checked. */
export function exportedFunction(exports: Exports, name: string): WasmFunction {
  const f = exports[name];
  if (typeof f !== 'function') throw new Error(`WebAssembly module has no function ${name}`);
  return f as WasmFunction;
}

/** An exported mutable global of the module, checked. */
export function exportedGlobal(exports: Exports, name: string): WasmGlobal {
  const g = exports[name];
  if (typeof g !== 'object' || g === null || !('value' in g)) throw new Error(`WebAssembly module has no global ${name}`);
  return g as WasmGlobal;
}
