// esbuild helper: turns a bench entry (which may import TypeScript from src/) into one plain file.
import { build } from 'esbuild';

export async function bundle(entry, outfile, platform) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform,
    format: 'esm',
    target: platform === 'node' ? 'node20' : 'es2022',
    logLevel: 'warning',
  });
  return outfile;
}
