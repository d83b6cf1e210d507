// The Queue lab's "Download results": every verified count, the speed, latencies and each worker.
import type { LabResults } from '../common/labResults.ts';

export const QUEUE_RESULTS: LabResults<'queue'> = {
  lastRun: (s) => {
    const r = s.queueResult;
    if (!s.queueRunParams || !r) return null;
    const v = r.verdict;
    return {
      params: s.queueRunParams,
      results: {
        status: r.status,
        produced: v.produced,
        consumed: v.consumed,
        lost: v.lost,
        duplicated: v.duplicated,
        left: v.left,
        outOfOrder: v.outOfOrder,
        throughput: r.throughput,
        elapsedMs: r.elapsedMs,
        verdict: v,
        latency: r.latency,
        workers: r.workers,
        ...(r.diagnosis === undefined ? {} : { diagnosis: r.diagnosis }),
      },
    };
  },
};
