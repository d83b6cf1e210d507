// A plain static file server for tests: serves dist/ with no isolation headers at all, like a
// host that cannot send headers; optionally under a sub-path, with headers, or with extra pages.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface StaticServer {
  /** Where the site is mounted, with a trailing slash: `http://127.0.0.1:port/racelab/`. */
  readonly url: string;
  /** `http://127.0.0.1:port`. */
  readonly origin: string;
  /** Stops listening and drops open connections, so the next request fails as if offline. */
  close(): Promise<void>;
}

export interface StaticOptions {
  /** Mounts the site under this path (`/racelab/`) instead of at the root, as GitHub project pages do. */
  base?: string;
  /** Extra HTML pages by absolute path, outside or inside the site: `{ '/host.html': '<iframe …>' }`. */
  pages?: Record<string, string>;
}

export async function serveStatic(
  root: string,
  headers: Record<string, string> = {},
  { base = '/', pages = {} }: StaticOptions = {},
): Promise<StaticServer> {
  const dir = resolve(root);
  const mount = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], ...headers }).end(page);
      return;
    }
    // Like most hosts, a directory without its slash is redirected to it.
    if (`${path}/` === mount) {
      res.writeHead(301, { Location: mount }).end();
      return;
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    const inside = path.slice(mount.length - 1);
    const file = normalize(join(dir, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${mount}`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
