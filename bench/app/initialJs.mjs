// Initial JavaScript of the built site: what index.html makes the browser fetch before any lab loads;
// and a lazy lab chunk's own share, fetched when that lab opens.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g;
// Static imports and re-exports in minified ESM; `import(` (lazy chunks) never matches.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;

function localFile(dir, from, ref) {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return null;
  const path = ref.startsWith('/') ? join(dir, ref) : resolve(from, ref.split(/[?#]/)[0]);
  return existsSync(path) ? path : null;
}

/**
 * The entry scripts and module preloads named by index.html, plus anything they import
 * statically (in case preloading is turned off); dynamically imported chunks are excluded.
 * Sizes are gzip at zlib's default level, what a typical static host serves.
 */
export function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [];
  for (const m of html.matchAll(SCRIPT_SRC)) roots.push(localFile(dist, dist, m[1]));
  for (const m of html.matchAll(MODULE_PRELOAD)) roots.push(localFile(dist, dist, m[1] ?? m[2]));
  return staticClosure(dist, roots, new Set());
}

/**
 * A lazy chunk's own JavaScript: the built file whose name starts with `name` (`PythonLab`) and
 * what it imports statically, less what the initial load already fetched.
 */
export function lazyChunk(dist, name, initial) {
  const assets = join(dist, 'assets');
  const root = readdirSync(assets).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!root) return null;
  const loaded = new Set(initial.files.map((f) => resolve(dist, f.file)));
  return { name, ...staticClosure(dist, [join(assets, root)], loaded) };
}

/** `roots` and the files they import statically, except those in `skip`, with their sizes. */
function staticClosure(dist, roots, skip) {
  const queue = [...roots];
  const seen = new Set(skip);
  const files = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({ file: relative(dist, file), bytes: code.length, gzip: gzipSync(code).length });
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(localFile(dist, dirname(file), m[1]));
  }
  return { files, bytes: sum(files, 'bytes'), gzipBytes: sum(files, 'gzip') };
}

function sum(files, key) {
  return files.reduce((s, f) => s + f[key], 0);
}
