// Vitest config: unit and real-thread tests beside the code, in Node; the real-thread files run last,
// one at a time, with the cores to themselves.
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { watPlugin } from './scripts/wat.mjs';

const THREADS = 'src/**/*.threads.test.ts';

export default defineConfig({
  // The kernels' .wat files compile as in the app, so tests run the bytes the page runs.
  plugins: [watPlugin()],
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
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
