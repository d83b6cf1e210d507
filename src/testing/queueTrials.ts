// Test helper: runs Queue runs on a pool of real threads (ports transferred for `message`) and verifies them.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { allocateQueue, type QueueMemory } from '../core/queue/queueLayout.ts';
import { jobsFor, type QueueRun, type QueueWorkerResult } from '../core/queue/queueJob.ts';
import { verifyQueue, type QueueVerdict } from '../core/queue/verify.ts';
import { bundleEntry } from './threadPool.ts';
import type { QueueReply, QueueRequest } from './queueThread.ts';

/** Worker threads that each run one queue job per request; requests may carry ports. */
export class QueuePool {
  private readonly workers: Worker[];

  private constructor(workers: Worker[]) {
    this.workers = workers;
  }

  static async start(size: number): Promise<QueuePool> {
    const file = await bundleEntry('queueThread.ts');
    return new QueuePool(Array.from({ length: size }, () => new Worker(file)));
  }

  get size(): number {
    return this.workers.length;
  }

  call(i: number, req: QueueRequest): Promise<QueueWorkerResult> {
    const w = this.workers[i];
    if (!w) return Promise.reject(new RangeError(`no thread ${i}`));
    return new Promise<QueueWorkerResult>((resolve, reject) => {
      const onError = (e: Error): void => {
        w.off('message', onMessage);
        reject(e);
      };
      const onMessage = (reply: QueueReply): void => {
        w.off('error', onError);
        if (reply.ok) resolve(reply.result);
        else reject(new Error(reply.error));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(req, [...req.ports]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export interface StartedRun {
  readonly mem: QueueMemory;
  readonly done: Promise<QueueWorkerResult[]>;
}

/** Allocates the run's memory and starts every producer and consumer (producers first) on the pool. */
export function startRun(pool: QueuePool, run: QueueRun): StartedRun {
  const mem = allocateQueue(run);
  const jobs = jobsFor(run);
  if (jobs.length > pool.size) throw new RangeError(`run needs ${jobs.length} threads, pool has ${pool.size}`);
  // message: one channel per (producer, consumer) pair; port1 to the producer, port2 to the consumer.
  const toConsumer: MessagePort[][] = [];
  const fromProducer: MessagePort[][] = Array.from({ length: run.consumers }, () => []);
  if (run.kind === 'message') {
    for (let p = 0; p < run.producers; p++) {
      toConsumer.push([]);
      for (let c = 0; c < run.consumers; c++) {
        const { port1, port2 } = new MessageChannel();
        toConsumer[p]!.push(port1);
        fromProducer[c]!.push(port2);
      }
    }
  }
  const done = Promise.all(
    jobs.map((job, i) => {
      const ports = run.kind !== 'message' ? [] : job.role === 'producer' ? toConsumer[job.index]! : fromProducer[job.index]!;
      return pool.call(i, { buffer: mem.buffer, job, ports });
    }),
  );
  return { mem, done };
}

export interface RunOutcome {
  readonly mem: QueueMemory;
  readonly results: QueueWorkerResult[];
  readonly verdict: QueueVerdict;
  readonly elapsedMs: number;
}

export async function runToEnd(pool: QueuePool, run: QueueRun): Promise<RunOutcome> {
  const t0 = performance.now();
  const { mem, done } = startRun(pool, run);
  const results = await done;
  const elapsedMs = performance.now() - t0;
  return { mem, results, verdict: verifyQueue(mem, run.kind), elapsedMs };
}

/** A compact description of a verdict for failure messages. */
export function describe(run: QueueRun, v: QueueVerdict): string {
  const { produced, consumed, delivered, lost, duplicated, outOfOrder, left, phantom, pillsLeft } = v;
  return `${JSON.stringify(run)} -> ${JSON.stringify({ produced, consumed, delivered, lost, duplicated, outOfOrder, left, phantom, pillsLeft })}`;
}
