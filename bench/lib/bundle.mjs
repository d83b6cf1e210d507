// esbuild helper: turns a bench entry (which may import TypeScript and .wat from src/) into one plain file.
import { build } from 'esbuild';
import { watEsbuildPlugin } from '../../scripts/wat.mjs';

export async function bundle(entry, outfile, platform) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform,
    format: 'esm',
    target: platform === 'node' ? 'node20' : 'es2022',
    logLevel: 'warning',
    plugins: [watEsbuildPlugin()],
  });
  return outfile;
}
