// The fallback when real threads cannot run: which Explorer scenario stands for a lab's
// experiment, at a scale every interleaving of which can be explored, and what that changes.
import type { SyncMode } from '../../core/counter/syncModes.ts';
import type { CounterParams } from '../../core/params/counterParams.ts';
import { defaultExplore, patchExplore, type ExploreParams } from '../../core/params/exploreParams.ts';
import type { QueueParams } from '../../core/params/queueParams.ts';
import type { AppState } from '../../state/store.ts';
import { formatCountOf } from '../common/format.ts';

export interface SimulatedPlan {
  readonly params: ExploreParams;
  /** What the simulation does differently from the real run, in words. */
  readonly notes: readonly string[];
}

/** A lab's experiment on the simulated scheduler: the lab's settings, and the plan made from them. */
export interface Simulation<P> {
  settings(s: AppState): P;
  plan(settings: P): SimulatedPlan;
}

/** The most threads and increments simulated: every interleaving is still explored in well under a second. */
export const SIM_MAX_THREADS = 4;
export const SIM_MAX_INCS = 2;
export const SIM_MAX_ITEMS = 3;

const COUNTER_SCENARIO: Record<SyncMode, Pick<ExploreParams, 'scenario' | 'fixed'>> = {
  none: { scenario: 'lost-update', fixed: false },
  flag: { scenario: 'flag-lock', fixed: false },
  split: { scenario: 'split-lock', fixed: false },
  mutex: { scenario: 'lost-update', fixed: true },
  spin: { scenario: 'flag-lock', fixed: true },
  atomic: { scenario: 'lost-update', fixed: true },
  local: { scenario: 'lost-update', fixed: true },
};

const plural = (n: number, word: string): string => formatCountOf(n, word);

export function counterPlan(p: CounterParams): SimulatedPlan {
  const { scenario, fixed } = COUNTER_SCENARIO[p.sync];
  const threads = Math.min(SIM_MAX_THREADS, Math.max(2, p.workers));
  const incs = Math.min(SIM_MAX_INCS, p.iters);
  const params = patchExplore(defaultExplore(scenario), { threads, incs, fixed });
  const notes: string[] = [];
  if (params.threads !== p.workers || params.incs !== p.iters) {
    notes.push(
      `${plural(params.threads, 'thread')} × ${plural(params.incs, 'increment')} instead of ${plural(p.workers, 'worker')} × ${plural(p.iters, 'iteration')}: small enough to try every order of their steps.`,
    );
  }
  if (p.dirs.includes('-')) notes.push('Every simulated thread adds 1; the directions are not simulated.');
  if (p.sync === 'atomic' || p.sync === 'local') {
    notes.push('The update is modelled with a lock around it: like Atomics.add, no other thread can get between its read and its write.');
  }
  if (p.sync === 'spin') notes.push('The spinlock is modelled as a flag taken with one compare-exchange.');
  return { params, notes };
}

export function queuePlan(p: QueueParams): SimulatedPlan {
  const fixed = p.shutdown !== 'empty-check';
  const incs = Math.min(SIM_MAX_ITEMS, p.items);
  const params = patchExplore(defaultExplore('check-then-act'), { incs, fixed });
  const notes: string[] = [];
  if (p.producers !== 1 || p.consumers !== 1 || params.incs !== p.items) {
    notes.push(`One producer putting ${plural(params.incs, 'item')} and one consumer, instead of ${plural(p.producers, 'producer')} × ${plural(p.items, 'item')} and ${plural(p.consumers, 'consumer')}.`);
  }
  if (p.shutdown === 'close') notes.push('Closing the queue is modelled by a poison pill: either way the consumer stops only after the last item.');
  if (p.queue === 'unsafe') notes.push('The queue is modelled as a correct blocking queue: the unsynchronised ring loses and duplicates items in ways the simulator does not show.');
  return { params, notes };
}

export const COUNTER_SIMULATION: Simulation<CounterParams> = { settings: (s) => s.counter, plan: counterPlan };
export const QUEUE_SIMULATION: Simulation<QueueParams> = { settings: (s) => s.queue, plan: queuePlan };
