// Waits, before each measurement, for other work on a shared machine to calm down (bounded per suite).
import { BUSY, otherCpuUse } from './cpuUse.mjs';

/**
 * Samples other work before a measurement and, while it keeps the machine busy, waits for a lull:
 * on a shared machine bursts come and go. The wait is bounded per suite so that a machine that is
 * never quiet still finishes in time (its numbers are then flagged, not hidden). Each call
 * resolves to the share of the CPUs other work used just before the measurement.
 */
export function quietGate(plan) {
  let budget = plan.quietBudgetMs;
  return async () => {
    let busy = await otherCpuUse(plan.sampleMs);
    while (busy > BUSY && budget > 0) {
      const t0 = performance.now();
      busy = await otherCpuUse(250);
      budget -= performance.now() - t0;
    }
    return busy;
  };
}
