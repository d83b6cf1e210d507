// How busy the machine is before a suite starts, while the bench itself sits idle.
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** Above this share of the CPUs used by other work, a suite's numbers are flagged as inflated. */
export const BUSY = 0.25;

function totals() {
  let idle = 0;
  let all = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    all += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, all };
}

/**
 * Share of all cores (0..1) used by other work over `ms`. Unlike the load average, it does not
 * remember the bench's own threads from the previous suite.
 */
export async function otherCpuUse(ms) {
  const a = totals();
  await sleep(ms);
  const b = totals();
  const all = b.all - a.all;
  return all > 0 ? Math.round((1 - (b.idle - a.idle) / all) * 100) / 100 : 0;
}
