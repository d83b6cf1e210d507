// Random register programs for the search cores' property tests: one or two variables and locks,
// two to four threads of one to four loads, stores, locks and unlocks.
// Concurrency contract: none; fast-check arbitraries.
import fc from 'fast-check';
import type { Op } from './registers.ts';

const op = (nVars: number, nLocks: number): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({ op: fc.constant('load' as const), v: fc.nat(nVars - 1) }),
    fc.record({ op: fc.constant('store' as const), v: fc.nat(nVars - 1), k: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ op: fc.constantFrom('lock' as const, 'unlock' as const), l: fc.nat(nLocks - 1) }),
  );

export const registerPrograms: fc.Arbitrary<{ nVars: number; nLocks: number; threads: Op[][] }> = fc.integer({ min: 1, max: 2 }).chain((nVars) =>
  fc.integer({ min: 1, max: 2 }).chain((nLocks) =>
    fc.record({ nVars: fc.constant(nVars), nLocks: fc.constant(nLocks), threads: fc.array(fc.array(op(nVars, nLocks), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }) }),
  ),
);
