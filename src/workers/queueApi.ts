// The Queue worker's API, exposed over Comlink: the control plane only (run one producer or
// consumer job, get its report). Items travel through the SharedArrayBuffer, or for the `message`
// kind over the MessagePorts the engine transfers with the call; never through Comlink.
import { runMessageConsumer, runMessageProducer } from '../core/queue/messageRun.ts';
import type { QueueJob, QueueWorkerResult } from '../core/queue/queueJob.ts';
import { attachQueue } from '../core/queue/queueLayout.ts';
import { runConsumer, runProducer } from '../core/queue/runQueue.ts';
import type { WasmCode } from '../core/wasm/wasmThreads.ts';

export const queueApi = {
  /** Answers at once: proves the worker loaded and is not stuck in a job. */
  ping(): 'pong' {
    return 'pong';
  },
  /** One producer of a ring kind, to the end (or until stopped), on this worker's thread; with `wasm`, on the WebAssembly engine. */
  runProducer(buffer: SharedArrayBuffer, job: QueueJob, wasm?: WasmCode): QueueWorkerResult {
    return runProducer(attachQueue(buffer), job, wasm);
  },
  runConsumer(buffer: SharedArrayBuffer, job: QueueJob, wasm?: WasmCode): QueueWorkerResult {
    return runConsumer(attachQueue(buffer), job, wasm);
  },
  /** `message` kind: `ports[c]` leads to consumer c. Async: acks arrive through the event loop. */
  async runMessageProducer(buffer: SharedArrayBuffer, job: QueueJob, ports: MessagePort[]): Promise<QueueWorkerResult> {
    return runMessageProducer(attachQueue(buffer), job, ports);
  },
  /** `message` kind: `ports[p]` comes from producer p. */
  async runMessageConsumer(buffer: SharedArrayBuffer, job: QueueJob, ports: MessagePort[]): Promise<QueueWorkerResult> {
    try {
      return await runMessageConsumer(attachQueue(buffer), job, ports);
    } finally {
      // The consumer has read every message it ever will; closing its ends frees both sides of
      // each channel, and a producer still posting to it simply runs out of credit.
      for (const port of ports) port.close();
    }
  },
};

export type QueueApi = typeof queueApi;
