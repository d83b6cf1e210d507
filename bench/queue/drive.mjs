// Main-thread side of one queue bench run (Node or the bench page): memory, jobs, ports, deadline, verdict.
import { Control, setControl } from '../../src/core/shared/memory.ts';
import { jobsFor } from '../../src/core/queue/queueJob.ts';
import { allocateQueue, QueueSlot } from '../../src/core/queue/queueLayout.ts';
import { verifyQueue } from '../../src/core/queue/verify.ts';

/**
 * `env.call(i, request, transfer)` runs one job on worker i and resolves to its result (see
 * runJob.mjs); `env.channel()` makes a MessageChannel of the environment; with `env.queueModule`
 * (queue.wat compiled) and `engine` 'wasm' the ring kinds run on the WebAssembly engine. Never waits on shared
 * memory, so it runs on a page's main thread too.
 *
 * Resolves to { wallMs, items, stuck, verdict, results }: `items` are the takes of all consumers;
 * `stuck` says the run was still going at `deadlineMs` and was stopped (only `unsafe` may do that:
 * its races can wreck the ring's indices).
 */
export async function runQueueOnce(env, run, deadlineMs, engine = 'js') {
  const mem = allocateQueue(run, engine === 'wasm' && run.queue !== 'message' ? env.queueModule : undefined);
  const jobs = jobsFor(run);
  // message: one channel per (producer, consumer) pair, port1 to the producer, port2 to the consumer.
  const toConsumer = Array.from({ length: run.producers }, () => []);
  const fromProducer = Array.from({ length: run.consumers }, () => []);
  if (run.queue === 'message') {
    for (let p = 0; p < run.producers; p++) {
      for (let c = 0; c < run.consumers; c++) {
        const { port1, port2 } = env.channel();
        toConsumer[p].push(port1);
        fromProducer[c].push(port2);
      }
    }
  }
  const done = Promise.all(
    jobs.map((job, i) => {
      const ports = run.queue !== 'message' ? [] : job.role === 'producer' ? toConsumer[job.index] : fromProducer[job.index];
      return env.call(i, { buffer: mem.buffer, job, ports, wasm: mem.wasm }, ports);
    }),
  );
  let timer;
  const expired = new Promise((resolve) => (timer = setTimeout(() => resolve('expired'), deadlineMs)));
  const first = await Promise.race([done, expired]);
  clearTimeout(timer);
  const stuck = first === 'expired';
  // Stop is cooperative: every blocked worker looks at the control word within 10 ms.
  if (stuck) setControl(mem.ints, QueueSlot.control, Control.stop);
  const results = stuck ? await done : first;
  const verdict = verifyQueue(mem, run.queue);
  return { ...span(results), items: verdict.consumed, stuck, verdict, results };
}

/**
 * Wall clock of the run: from the first worker leaving the start line to the last worker's end,
 * on the clock all threads share. Thread start-up and the verification are outside it.
 */
function span(results) {
  const start = Math.min(...results.map((r) => r.endedAt - r.elapsedMs));
  const end = Math.max(...results.map((r) => r.endedAt));
  return { wallMs: end - start };
}
