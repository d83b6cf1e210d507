// What the engine setting teaches: the same race on both engines, what a JavaScript atomic costs, what a `lock` prefix costs.
import type { EngineKind } from '../../core/wasm/engines.ts';

export interface EngineText {
  /** One line under the setting. */
  readonly summary: string;
  /** The longer note of the code panel's WebAssembly tab. */
  readonly notice: string;
}

export const ENGINE_TEXT: Record<EngineKind, EngineText> = {
  js: {
    summary: 'Workers run the kernels in JavaScript: each Atomics call is a call into the browser’s engine.',
    notice:
      'In JavaScript every Atomics.load, Atomics.store or Atomics.add is a function call into the engine, a few nanoseconds each even when no other thread is near the cell. That call, not the hardware, sets the pace of the atomic and locking modes.',
  },
  wasm: {
    summary: 'Workers run the same kernels compiled from WebAssembly: each atomic is one machine instruction.',
    notice:
      'The same race, the same locks, on the same shared memory: only the engine differs. WebAssembly’s atomics compile to the processor’s own instructions: an atomic add becomes a `lock`-prefixed instruction, an atomic load a plain `mov`. The `lock` prefix makes the core own the cache line for the whole read-modify-write, tens of cycles when the line sits in another core’s cache: that, and not a function call, is now what a contended atomic costs. Lost updates in `none` are exactly as real here; they just happen faster.',
  },
};

/** Shown instead of the WebAssembly engine where the page cannot run WebAssembly threads. */
export const WASM_UNAVAILABLE =
  'WebAssembly threads (shared memory and atomics) are not available in this browser, so the JavaScript engine runs instead.';
