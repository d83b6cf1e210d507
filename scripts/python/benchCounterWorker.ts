// Worker entry for bench/suites/python.mjs: runs the counter benchmark in a worker thread, as the
// lab's interpreter runs in a worker, and posts each repetition's result.
import { parentPort, workerData } from 'node:worker_threads';
import { runCounterBench } from './benchCounter.ts';

const reps = (workerData as { reps?: number } | null)?.reps ?? 1;
for (let i = 0; i < reps; i++) parentPort?.postMessage(runCounterBench());
