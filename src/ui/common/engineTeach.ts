// What the engine setting teaches: the same race on both engines, what a JavaScript atomic costs, what a `lock` prefix costs.
import type { SweepEngine } from '../../core/wasm/engines.ts';

/** One line under the setting, for the engine chosen. */
export const ENGINE_SUMMARY: Record<SweepEngine, string> = {
  js: 'The kernels in JavaScript: each Atomics call is a call into the browser’s engine.',
  wasm: 'The same kernels in WebAssembly: each atomic is one machine instruction.',
  both: 'Every counter mode and queue kind on both engines: a line for each on the same chart.',
};

/** Why the engines differ, short enough to read beside the setting. */
export const ENGINE_WHY: readonly { readonly title: string; readonly text: string }[] = [
  {
    title: 'The same race',
    text: 'Both engines run the same kernels on the same shared memory, with the same locks and the same checks: a mode that loses updates on one loses them on the other, only faster.',
  },
  {
    title: 'A call per atomic',
    text: 'In JavaScript each Atomics.load, Atomics.store or Atomics.add is a call into the engine, several nanoseconds even when no other thread is near the cell. In the atomic and locking modes that call, not the hardware, sets the pace.',
  },
  {
    title: 'What a lock prefix costs',
    text: 'WebAssembly’s atomic add becomes one lock-prefixed instruction, its atomic load a plain mov. The prefix makes the core hold the cache line for the whole read-modify-write: about 20 cycles when the line is in its own cache, several times that when another core has it. That is what a contended atomic costs.',
  },
];

/** Under the WebAssembly tab of the code panel. */
export const WASM_TAB_NOTE =
  'The WebAssembly text the workers run on the WebAssembly engine, from the .wat file the page is built from. Each atomic here is one machine instruction; only memory.atomic.wait32 and notify call into the system.';

/** Shown beside the setting where the page cannot run WebAssembly threads. */
export const WASM_UNAVAILABLE =
  'WebAssembly threads (a shared memory and its atomics) are not available in this browser, so the JavaScript engine runs instead.';
