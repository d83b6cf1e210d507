// The WebAssembly each worker runs, cut out of the kernels' own .wat files for the code panel's WebAssembly tab.
import counterWat from '../../core/counter/counter.wat?raw';
import queueWat from '../../core/queue/queue.wat?raw';
import type { SyncMode } from '../../core/counter/syncModes.ts';
import type { QueueKind } from '../../core/queue/queueKinds.ts';
import { watExcerpt } from '../../core/wasm/watExcerpt.ts';

const COUNTER_HEAD = `;; Each worker instantiates counter.wat on the page's shared memory and calls the mode's kernel
;; for a chunk of iterations at a time; between chunks JavaScript checks Stop and publishes progress.
;; $VALUE and $LOCK are byte addresses of the cell and the lock word.

`;

export function counterWasmCode(mode: SyncMode): string {
  return COUNTER_HEAD + watExcerpt(counterWat, [mode]);
}

const QUEUE_HEAD = `;; Each worker instantiates queue.wat on the page's shared memory: a producer puts up to 256
;; items per call, a consumer takes and checks as many; JavaScript sleeps on a full or empty queue.

`;

const QUEUE_FUNCTIONS: Record<QueueKind, readonly string[]> = {
  // unsafe is the spsc ring shared by everyone: the same code, raced.
  unsafe: ['spsc_put', 'spsc_get'],
  spsc: ['spsc_put', 'spsc_get'],
  mpmc: ['mpmc_put', 'mpmc_get'],
  locked: ['locked_put', 'locked_get'],
  message: [],
};

const MESSAGE_NOTE =
  ';; message passes each item in a postMessage: there is no shared ring, so nothing runs in\n;; WebAssembly. It is the JavaScript engine\'s baseline for both engines.';

export function queueWasmCode(kind: QueueKind): string {
  if (kind === 'message') return MESSAGE_NOTE;
  return QUEUE_HEAD + watExcerpt(queueWat, QUEUE_FUNCTIONS[kind]);
}

const SWEEP_HEAD = `;; On the WebAssembly engine a sweep point calls these kernels in chunks from the same timed
;; loop as the JavaScript tab shows; the false-sharing points run on JavaScript only.

`;

/** The kernels a sweep of these counter modes and queue kinds runs on the WebAssembly engine. */
export function sweepWasmCode(modes: readonly SyncMode[], queues: readonly QueueKind[]): string {
  const rings = queues.flatMap((q) => QUEUE_FUNCTIONS[q]);
  if (modes.length === 0 && rings.length === 0) {
    return queues.includes('message') ? MESSAGE_NOTE : ';; Choose a counter mode or a queue kind to see its WebAssembly kernel.';
  }
  const parts = [modes.length > 0 ? watExcerpt(counterWat, modes) : '', rings.length > 0 ? watExcerpt(queueWat, rings) : ''];
  return SWEEP_HEAD + parts.filter((p) => p !== '').join('\n\n');
}
