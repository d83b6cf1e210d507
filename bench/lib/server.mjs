// A tiny static file server that makes every page it serves cross-origin isolated.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The three headers a page needs for SharedArrayBuffer; sent on every response, workers included. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(rootDir, urlPath) {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = resolve(rootDir, rel);
  // Never serve outside the root, whatever the request path says.
  if (file !== rootDir && !file.startsWith(rootDir + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return resolveFile(rootDir, join(rel, 'index.html'));
  return info?.isFile() ? file : null;
}

/** Serves `dir` on 127.0.0.1 at a free port. Resolves to { url, close }. */
export function serveStatic(dir) {
  const rootDir = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = await resolveFile(rootDir, path);
    if (!file) {
      res.writeHead(404, { ...ISOLATION_HEADERS, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    res
      .writeHead(200, {
        ...ISOLATION_HEADERS,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      })
      .end(body);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // The browser keeps connections alive; without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
