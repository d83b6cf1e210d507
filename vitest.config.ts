// Vitest config: unit and real-thread tests beside the code, in Node.
import { defineConfig } from 'vitest/config';
import { watPlugin } from './scripts/wat.mjs';

export default defineConfig({
  // The kernels' .wat files compile as in the app, so tests run the bytes the page runs.
  plugins: [watPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
