// The Explorer's scenario registry: each scenario's words and how to build its program, racy or
// fixed, on top of its id, title and parameter ranges (scenarioSpecs.ts, which share links read).
import { flagLock, lostUpdate, splitLock } from './counterScenarios.ts';
import { philosophers, twoLocks } from './lockScenarios.ts';
import type { Program } from './program.ts';
import { checkThenAct } from './queueScenarios.ts';
import { normaliseParams, SCENARIO_SPECS, type ScenarioId, type ScenarioParams, type ScenarioSpec } from './scenarioSpecs.ts';

export * from './scenarioSpecs.ts';

export interface Scenario extends ScenarioSpec {
  /** What the racy version does and what goes wrong. */
  readonly description: string;
  /** What the fixed version changes. */
  readonly fixedDescription: string;
  /** Builds the program; expects parameters already clamped (see `normaliseParams`). */
  readonly build: (p: ScenarioParams) => Program;
}

export const SCENARIOS = {
  'lost-update': {
    ...SCENARIO_SPECS['lost-update'],
    description:
      'Each thread reads the counter, adds one, and writes it back. Two threads that read the same value both write the same result, and one increment disappears. As real Python threads, this very loop lost half of 200,000 increments on CPython 3.9 and none on 3.12: with the GIL (3.10 to 3.13) a thread is switched out only where a Python function starts, where a loop jumps back, or where it blocks, never between these two lines. The race is still there: processes sharing a Value, free-threaded builds and threads in compiled languages show it.',
    fixedDescription: 'A lock around the read, the add and the write: no one can read the counter while another thread is between its read and its write.',
    build: (p) => lostUpdate(p, p.fixed),
  },
  'flag-lock': {
    ...SCENARIO_SPECS['flag-lock'],
    description: 'A thread waits until the flag is 0, then sets it to 1 and enters. Checking and setting are two separate steps, so two threads can both see 0 and both walk in.',
    fixedDescription:
      'One compare-exchange checks and sets the flag in a single indivisible step: only one thread can turn 0 into 1. compare_exchange is pseudocode: Python has no such operation on a variable (JavaScript has Atomics.compareExchange, C++ compare_exchange_strong).',
    build: (p) => flagLock(p, p.fixed),
  },
  'split-lock': {
    ...SCENARIO_SPECS['split-lock'],
    description: 'The read is locked and the write is locked, but the lock is let go in between. Another thread can write during that gap, and its update is then overwritten.',
    fixedDescription: 'One lock held from the read to the write, so the whole update is one indivisible step for the other threads.',
    build: (p) => splitLock(p, p.fixed),
  },
  'check-then-act': {
    ...SCENARIO_SPECS['check-then-act'],
    description: 'The consumer keeps taking items while q.empty() is false. If it looks before the producer has put everything, it sees an empty queue, stops, and leaves items behind.',
    fixedDescription: 'The producer puts None after its last item; the consumer waits in q.get() and stops only when it gets None.',
    build: (p) => checkThenAct(p.incs, p.fixed),
  },
  'two-locks': {
    ...SCENARIO_SPECS['two-locks'],
    description: 'T1 takes lock a then b; T2 takes b then a. If each gets its first lock, each waits for the lock the other holds, forever.',
    fixedDescription: 'Both threads take a before b. Whoever gets a can always get b, so no cycle of waiting can form.',
    build: (p) => twoLocks(p.fixed),
  },
  philosophers: {
    ...SCENARIO_SPECS.philosophers,
    description: 'Each philosopher picks up the fork on the left, then the one on the right. If all pick up their left fork together, every one waits for a neighbour: a deadlock.',
    fixedDescription: 'Every philosopher picks up the lower-numbered fork first. The last one reaches across, and the circle of waiting is broken.',
    build: (p) => philosophers(p.threads, p.fixed),
  },
} as const satisfies Record<ScenarioId, Scenario>;

export function buildScenario(id: ScenarioId, p: Partial<ScenarioParams> = {}): Program {
  const s: Scenario = SCENARIOS[id];
  return s.build(normaliseParams(id, p));
}
