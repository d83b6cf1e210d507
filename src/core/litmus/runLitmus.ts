// One role's whole litmus run: batches of fresh instances, a meeting before every race, role 0 tallies.
// Concurrency contract: called once per run on each of two worker threads, role 0 and role 1, on one
// LitmusMemory reset by the main thread beforehand; the main thread only writes the control word.
//
// Protocol, per batch of n instances (each instance its own pair of variables, zero at the start):
//   meet (strict); for k < n: pace (lenient); race on instance k; keep the loaded values
//   meet (strict); role 0 counts the n outcomes; each role zeroes the variables it loads
// Meetings are Atomics (seq-cst) accesses, so everything before a strict meeting happens-before
// everything after it in both roles: results are complete when counted, and the zeroes are in place
// before the next batch's races. Zeroing by the loading role leaves each variable's line in the
// loader's cache, so the other role's store to it misses and waits in the store buffer for the line:
// that wait is the window in which store buffering shows.
import { mulberry32, randomInt, type Random } from '../shared/random.ts';
import { busyWork } from '../sync/spinlock.ts';
import { Control, honourControl, LINE_INTS, now } from '../shared/memory.ts';
import type { LitmusJob, LitmusTestId, LitmusWorkerResult } from './litmusJob.ts';
import { CODE_BITS, KERNELS, outcomeOf } from './kernels.ts';
import {
  INSTANCE_INTS,
  LitmusSlot,
  resultIndex,
  secondOffset,
  TallySlot,
  type LitmusMemory,
  type LitmusTally,
} from './litmusLayout.ts';
import { meet, pace, Pace } from './meet.ts';

const CONTROL = LitmusSlot.control;
/** Set in a role's result word when it started that race together with its partner. */
const TOGETHER = 1 << CODE_BITS;
const CODE_MASK = TOGETHER - 1;

export function runLitmus(mem: LitmusMemory, job: LitmusJob): LitmusWorkerResult {
  const m = mem.ints;
  const role = job.role;
  const mine = LitmusSlot.meet + role * LINE_INTS;
  const theirs = LitmusSlot.meet + (1 - role) * LINE_INTS;
  const kernel = KERNELS[job.test][job.access][role];
  const second = secondOffset(job.placement);
  const results = resultIndex(role, 0);
  const zeroes = loadedVariables(job.test, role, second);
  const rand: Random | null = job.jitter > 0 ? mulberry32(job.seed) : null;
  const tally = role === 0 ? new Tally() : null;

  let points = 0;
  let done = 0;
  let tag = 0;
  let stopped = false;
  const t0 = now();
  while (done < job.iterations) {
    // Pause and Stop are honoured between batches; a role that stops leaves its partner at the next
    // strict meeting, which looks at the control word while it waits.
    if (Atomics.load(m, CONTROL) !== Control.run && !honourControl(m, CONTROL)) {
      stopped = true;
      break;
    }
    const n = Math.min(job.batch, job.iterations - done);
    // A fresh tag per batch: a load that sees neither 0 nor this tag caught a variable not zeroed.
    tag++;
    if (!meet(m, mine, theirs, ++points, CONTROL)) {
      stopped = true;
      break;
    }
    let lost = -1;
    for (let k = 0; k < n; k++) {
      const p = pace(m, mine, theirs, ++points, lost);
      lost = p >= 0 ? p : -1;
      if (rand) busyWork(randomInt(rand, 0, job.jitter));
      const a = LitmusSlot.instances + k * INSTANCE_INTS;
      const code = kernel(m, a, a + second, tag);
      m[results + k] = p === Pace.together ? code | TOGETHER : code;
    }
    if (!meet(m, mine, theirs, ++points, CONTROL)) {
      stopped = true;
      break;
    }
    done += n;
    tally?.add(m, job.test, n, done);
    for (let k = 0; k < n; k++) {
      const a = LitmusSlot.instances + k * INSTANCE_INTS;
      for (const offset of zeroes) m[a + offset] = 0;
    }
  }
  const elapsedMs = now() - t0;
  return { role, iterations: done, elapsedMs, stopped, tally: tally?.snapshot(done) ?? null };
}

/** Offsets (from an instance's first variable) of the variables this role loads, hence zeroes. */
function loadedVariables(test: LitmusTestId, role: 0 | 1, second: number): readonly number[] {
  if (test === 'sb') return role === 0 ? [second] : [0];
  return role === 0 ? [] : [0, second];
}

/** Role 0's running counts, published to the tally line once per batch. */
class Tally {
  private readonly counts = [0, 0, 0, 0];
  private invalid = 0;
  private together = 0;

  add(m: Int32Array, test: LitmusTestId, n: number, done: number): void {
    const r0 = resultIndex(0, 0);
    const r1 = resultIndex(1, 0);
    for (let k = 0; k < n; k++) {
      const c0 = m[r0 + k]!;
      const c1 = m[r1 + k]!;
      const o = outcomeOf(test, c0 & CODE_MASK, c1 & CODE_MASK);
      if (o < 0) this.invalid++;
      else this.counts[o]!++;
      if (c0 & c1 & TOGETHER) this.together++;
    }
    const t = LitmusSlot.tally;
    for (let o = 0; o < 4; o++) Atomics.store(m, t + TallySlot.counts + o, this.counts[o]!);
    Atomics.store(m, t + TallySlot.invalid, this.invalid);
    Atomics.store(m, t + TallySlot.together, this.together);
    // Last, so that a reader who sees `done` sees counts at least as recent.
    Atomics.store(m, t + TallySlot.done, done);
  }

  snapshot(done: number): LitmusTally {
    return { done, counts: [...this.counts], invalid: this.invalid, together: this.together };
  }
}
