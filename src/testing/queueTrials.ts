// Test helper: runs Queue runs on a pool of real threads (ports transferred for `message`) and verifies them.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { Control, setControl } from '../core/shared/memory.ts';
import { allocateQueue, QueueSlot, type QueueMemory } from '../core/queue/queueLayout.ts';
import { jobsFor, type QueueRun, type QueueWorkerResult } from '../core/queue/queueJob.ts';
import type { QueueKind } from '../core/queue/queueKinds.ts';
import { diagnoseStall, readSnapshot, STALL_QUIET_MS, type QueueSnapshot, type StallDiagnosis } from '../core/queue/stall.ts';
import { verifyQueue, type QueueVerdict } from '../core/queue/verify.ts';
import type { WasmModule } from '../core/wasm/wasmThreads.ts';
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

/**
 * Allocates the run's memory and starts every producer and consumer (producers first) on the pool;
 * with `module` (queue.wat compiled) on the WebAssembly engine (`message` has no ring to run there).
 */
export function startRun(pool: QueuePool, run: QueueRun, module?: WasmModule): StartedRun {
  const mem = allocateQueue(run, run.queue === 'message' ? undefined : module);
  const jobs = jobsFor(run);
  if (jobs.length > pool.size) throw new RangeError(`run needs ${jobs.length} threads, pool has ${pool.size}`);
  // message: one channel per (producer, consumer) pair; port1 to the producer, port2 to the consumer.
  const toConsumer: MessagePort[][] = [];
  const fromProducer: MessagePort[][] = Array.from({ length: run.consumers }, () => []);
  if (run.queue === 'message') {
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
      const ports = run.queue !== 'message' ? [] : job.role === 'producer' ? toConsumer[job.index]! : fromProducer[job.index]!;
      return pool.call(i, { buffer: mem.buffer, job, ports, wasm: mem.wasm });
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

/**
 * Runs to the end and verifies. A run still going after `timeoutMs` (a hang is a failure too: a lost
 * pill, a lost wake-up) is stopped and reported with its stall diagnosis instead of hanging the suite.
 */
export async function runToEnd(pool: QueuePool, run: QueueRun, timeoutMs = 20_000, module?: WasmModule): Promise<RunOutcome> {
  const t0 = performance.now();
  const { mem, done } = startRun(pool, run, module);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), timeoutMs)));
  const first = await Promise.race([done, expired]);
  clearTimeout(timer);
  if (first === 'expired') {
    const before = readSnapshot(mem, run.queue, performance.now());
    await new Promise((resolve) => setTimeout(resolve, STALL_QUIET_MS + 50));
    const stuck = diagnoseStall(readSnapshot(mem, run.queue, performance.now()), before);
    setControl(mem.ints, QueueSlot.control, Control.stop);
    await done;
    throw new Error(`run did not finish in ${timeoutMs} ms (${stuck.status}: ${stuck.reason}): ${describe(run, verifyQueue(mem, run.queue))}`);
  }
  const elapsedMs = performance.now() - t0;
  return { mem, results: first, verdict: verifyQueue(mem, run.queue), elapsedMs };
}

/** A compact description of a verdict for failure messages. */
export function describe(run: QueueRun, v: QueueVerdict): string {
  const { produced, consumed, delivered, lost, duplicated, outOfOrder, left, phantom, pillsLeft } = v;
  return `${JSON.stringify(run)} -> ${JSON.stringify({ produced, consumed, delivered, lost, duplicated, outOfOrder, left, phantom, pillsLeft })}`;
}

/** Polls snapshots until diagnoseStall, comparing with one at least STALL_QUIET_MS old, says stuck. */
export async function watchForStall(mem: QueueMemory, kind: QueueKind, timeoutMs: number): Promise<StallDiagnosis> {
  const history: QueueSnapshot[] = [];
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const now = performance.now();
    const current = readSnapshot(mem, kind, now);
    // The newest snapshot that is old enough: the engine would keep one such reference too.
    const old = history.filter((s) => now - s.atMs >= STALL_QUIET_MS).at(-1);
    const d = diagnoseStall(current, old);
    if (d.status !== 'ok') return d;
    history.push(current);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { status: 'ok', reason: `no stall within ${timeoutMs} ms` };
}
