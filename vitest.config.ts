// Vitest config: unit and real-thread tests beside the code, in Node; the real-thread files run last,
// one at a time, with the cores to themselves.
import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';
import { watPlugin } from './scripts/wat.mjs';

const THREADS = 'src/**/*.threads.test.ts';
const SLOW = /\.slow\.test\.tsx?$/;

/**
 * Starts the `*.slow.test.ts` files first within their group. Without timings from an earlier run (a
 * fresh clone) Vitest starts the largest files first, and these are small files that explore for
 * half a minute: started last, they kept one core busy long after the other had finished.
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification): number => f.project.config.sequence.groupOrder * 2 + (SLOW.test(f.moduleId) ? 0 : 1);
    // Array.prototype.sort is stable: within a rank, Vitest's own order stands.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  // The kernels' .wat files compile as in the app, so tests run the bytes the page runs.
  plugins: [watPlugin()],
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, THREADS],
          // Single-threaded files: one per core (Vitest's default leaves one core idle).
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'threads',
          include: [THREADS],
          // Each file starts several threads of its own and asserts that they really race (or stop in
          // time): a second file beside it would take their cores.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
