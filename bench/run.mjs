// Entry of `npm run bench`: bundles the bench (which imports TypeScript from src/core) and runs it.
// Node 20 cannot run .ts sources, so the whole harness is bundled once with esbuild first.
import { build } from 'esbuild';
import { watEsbuildPlugin } from '../scripts/wat.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const outfile = join(benchDir, '.build', 'main.mjs');

await build({
  entryPoints: [join(benchDir, 'main.mjs')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay imports: only the project's own sources need bundling.
  packages: 'external',
  logLevel: 'warning',
  // The kernels' .wat files compile as in the app.
  plugins: [watEsbuildPlugin()],
});

const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main({ root, benchDir, argv: process.argv.slice(2) });
