// Node worker_threads entry for real-thread Queue tests and benchmarks: runs one producer or consumer job per request.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { attachQueue } from '../core/queue/queueLayout.ts';
import type { QueueJob, QueueWorkerResult } from '../core/queue/queueJob.ts';
import { runConsumer, runProducer } from '../core/queue/runQueue.ts';
import { runMessageConsumer, runMessageProducer } from '../core/queue/messageRun.ts';
import type { WasmCode } from '../core/wasm/wasmThreads.ts';

export interface QueueRequest {
  readonly buffer: SharedArrayBuffer;
  readonly job: QueueJob;
  /** `message` kind only: one port per peer (transferred with the request). */
  readonly ports: readonly MessagePort[];
  /** The WebAssembly engine's module and memory (whose buffer `buffer` is); absent for JavaScript. */
  readonly wasm?: WasmCode;
}
export type QueueReply = { readonly ok: true; readonly result: QueueWorkerResult } | { readonly ok: false; readonly error: string };

async function run({ buffer, job, ports, wasm }: QueueRequest): Promise<QueueWorkerResult> {
  const mem = attachQueue(buffer);
  if (job.queue !== 'message') return job.role === 'producer' ? runProducer(mem, job, wasm) : runConsumer(mem, job, wasm);
  if (job.role === 'producer') return runMessageProducer(mem, job, ports);
  const result = await runMessageConsumer(mem, job, ports);
  // The consumer has had every message it will read; closing its side ends the channel.
  for (const p of ports) p.close();
  return result;
}

const port = parentPort;
if (!port) throw new Error('queueThread must run in a worker thread');
port.on('message', (req: QueueRequest) => {
  run(req).then(
    (result) => port.postMessage({ ok: true, result } satisfies QueueReply),
    (e: unknown) => port.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies QueueReply),
  );
});
