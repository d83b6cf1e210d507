// The Explorer's scenario registry: each scenario's words, which parameters apply (with ranges
// and defaults), and how to build its program, racy or fixed.
import type { IntField } from '../params/fields.ts';
import { flagLock, lostUpdate, splitLock } from './counterScenarios.ts';
import { philosophers, twoLocks } from './lockScenarios.ts';
import type { Program } from './program.ts';
import { checkThenAct } from './queueScenarios.ts';

export const SCENARIO_IDS = ['lost-update', 'flag-lock', 'split-lock', 'check-then-act', 'two-locks', 'philosophers'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const PARAM_NAMES = ['threads', 'incs'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

export interface ScenarioParams {
  readonly threads: number;
  readonly incs: number;
  readonly fixed: boolean;
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  /** What the racy version does and what goes wrong. */
  readonly description: string;
  /** What the fixed version changes. */
  readonly fixedDescription: string;
  /** Only the parameters that apply; the label says what the number means here. */
  readonly params: Readonly<Partial<Record<ParamName, IntField>>>;
  /** Builds the program; expects parameters already clamped (see `normaliseParams`). */
  readonly build: (p: ScenarioParams) => Program;
}

const threads = (min: number, max: number, fallback: number, label = 'Threads'): IntField => ({ kind: 'int', label, min, max, fallback });
const incs = (min: number, max: number, fallback: number, label = 'Increments per thread'): IntField => ({ kind: 'int', label, min, max, fallback });

export const SCENARIOS = {
  'lost-update': {
    id: 'lost-update',
    title: 'Lost update',
    description: 'Each thread reads the counter, adds one, and writes it back. Two threads that read the same value both write the same result, and one increment disappears.',
    fixedDescription: 'A lock around the read, the add and the write: no one can read the counter while another thread is between its read and its write.',
    params: { threads: threads(2, 4, 2), incs: incs(1, 4, 2) },
    build: (p) => lostUpdate(p, p.fixed),
  },
  'flag-lock': {
    id: 'flag-lock',
    title: 'Home-made busy flag',
    description: 'A thread waits until the flag is 0, then sets it to 1 and enters. Checking and setting are two separate steps, so two threads can both see 0 and both walk in.',
    fixedDescription: 'One compare-exchange checks and sets the flag in a single indivisible step: only one thread can turn 0 into 1.',
    params: { threads: threads(2, 4, 2), incs: incs(1, 4, 1) },
    build: (p) => flagLock(p, p.fixed),
  },
  'split-lock': {
    id: 'split-lock',
    title: 'Lock the read, lock the write',
    description: 'The read is locked and the write is locked, but the lock is let go in between. Another thread can write during that gap, and its update is then overwritten.',
    fixedDescription: 'One lock held from the read to the write, so the whole update is one indivisible step for the other threads.',
    params: { threads: threads(2, 4, 2), incs: incs(1, 3, 1) },
    build: (p) => splitLock(p, p.fixed),
  },
  'check-then-act': {
    id: 'check-then-act',
    title: 'Check, then act',
    description: 'The consumer keeps taking items while q.empty() is false. If it looks before the producer has put everything, it sees an empty queue, stops, and leaves items behind.',
    fixedDescription: 'The producer puts None after its last item; the consumer waits in q.get() and stops only when it gets None.',
    params: { incs: incs(1, 4, 2, 'Items') },
    build: (p) => checkThenAct(p.incs, p.fixed),
  },
  'two-locks': {
    id: 'two-locks',
    title: 'Two locks, opposite orders',
    description: 'T1 takes lock a then b; T2 takes b then a. If each gets its first lock, each waits for the lock the other holds, forever.',
    fixedDescription: 'Both threads take a before b. Whoever gets a can always get b, so no cycle of waiting can form.',
    params: {},
    build: (p) => twoLocks(p.fixed),
  },
  philosophers: {
    id: 'philosophers',
    title: 'Dining philosophers',
    description: 'Each philosopher picks up the fork on the left, then the one on the right. If all pick up their left fork together, every one waits for a neighbour: a deadlock.',
    fixedDescription: 'Every philosopher picks up the lower-numbered fork first. The last one reaches across, and the circle of waiting is broken.',
    params: { threads: threads(3, 5, 3, 'Philosophers') },
    build: (p) => philosophers(p.threads, p.fixed),
  },
} as const satisfies Record<ScenarioId, Scenario>;

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

function clamp(field: IntField | undefined, value: number | undefined, otherwise: number): number {
  if (!field) return otherwise;
  if (value === undefined || !Number.isFinite(value)) return field.fallback;
  return Math.min(field.max, Math.max(field.min, Math.round(value)));
}

/** Fills in defaults and clamps to the scenario's ranges; parameters that do not apply get fixed values. */
export function normaliseParams(id: ScenarioId, p: Partial<ScenarioParams> = {}): ScenarioParams {
  const s: Scenario = SCENARIOS[id];
  return {
    threads: clamp(s.params.threads, p.threads, 2),
    incs: clamp(s.params.incs, p.incs, 1),
    fixed: p.fixed ?? false,
  };
}

export function buildScenario(id: ScenarioId, p: Partial<ScenarioParams> = {}): Program {
  const s: Scenario = SCENARIOS[id];
  return s.build(normaliseParams(id, p));
}
