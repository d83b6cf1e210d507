// Vite config: every response, worker scripts included, carries the cross-origin isolation headers;
// `.wat` imports compile to WebAssembly; the build stamps the isolation service worker with its
// version and files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { watPlugin } from './scripts/wat.mjs';

// The resource policy is `cross-origin` so that a page on another origin that is itself isolated
// (a course page with its own COOP and COEP) may frame the site and its workers; same-origin would
// make its COEP refuse them and leave a blank frame.
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
} as const;

const SERVICE_WORKER = 'isolation-sw.js';
// Never cached for offline use: source maps, host header files, the worker itself and the page (embedded whole).
const NOT_CACHED = /(\.map|^_headers|^isolation-sw\.js|^index\.html)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes this build's version, index.html and file list into the service worker, so that its cache
 * holds exactly one build and a new deploy (a byte-different worker) replaces it as a whole.
 */
function stampServiceWorker(): Plugin {
  return {
    name: 'racelab:stamp-service-worker',
    apply: 'build',
    writeBundle({ dir }) {
      if (!dir) return;
      const worker = join(dir, SERVICE_WORKER);
      const all = filesUnder(dir).filter((file) => file !== SERVICE_WORKER);
      const hash = createHash('sha256');
      for (const file of all) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
      const build = {
        version: hash.digest('hex').slice(0, 16),
        index: readFileSync(join(dir, 'index.html'), 'utf8'),
        files: all.filter((file) => !NOT_CACHED.test(file)).map((file) => `./${file}`),
      };
      const source = readFileSync(worker, 'utf8');
      const stamped = source.replace(/^const BUILD = .*;$/m, () => `const BUILD = ${JSON.stringify(build)};`);
      if (stamped === source) throw new Error(`${SERVICE_WORKER}: no \`const BUILD = …;\` line to stamp`);
      writeFileSync(worker, stamped);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), watPlugin(), stampServiceWorker()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
