// Worker entry for bench/suites/python.mjs: runs the counter benchmark in a worker thread, as the
// lab's interpreter runs in a worker, and posts each repetition's result.
import { parentPort, workerData } from 'node:worker_threads';
import type { SwitchModel } from '../../src/core/python/runtime/types.ts';
import { runCounterBench } from './benchCounter.ts';

const { source, reps, model } = workerData as { source: string; reps: number; model: SwitchModel };
for (let i = 0; i < reps; i++) parentPort?.postMessage(runCounterBench(source, model, i + 1));
