// Isolation service worker: keeps one build cached for offline use on every host, and re-serves this
// site's own responses with the cross-origin isolation headers, for hosts that cannot send them (GitHub Pages).
/* global self, caches, fetch, Response, Headers, URL */

// `vite build` replaces this line with the build's version, its index.html and its other files
// (see vite.config.ts). Unstamped (the dev server), the worker adds headers and caches nothing.
const BUILD = { version: 'dev', index: '', files: [] };

// The same three headers as the header files (vite.config.ts says why the resource policy is cross-origin).
const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

const SCOPE = self.registration.scope;
// Several deployments can share one origin (one per sub-path): each owns only the caches under its scope.
const CACHE_PREFIX = `racelab ${SCOPE} `;
const CACHE = `${CACHE_PREFIX}${BUILD.version}`;
const caching = BUILD.version !== 'dev';
// Absolute URLs of this build's files, the only ones this worker ever caches.
const BUILD_URLS = new Set(BUILD.files.map((file) => new URL(file, SCOPE).href));

self.addEventListener('install', (event) => {
  // The page is waiting for isolation, and every version adds the same headers: take over at once.
  self.skipWaiting();
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([self.clients.claim(), dropOtherBuilds()]));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // A request that may only be answered from the HTTP cache throws when re-fetched across origins
  // (devtools makes these): leave it to the browser.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  // Other origins' responses cannot be vouched for; a cross-origin resource must send its own CORP.
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const response = request.mode === 'navigate' ? await navigation(request) : await resource(request);
  return withIsolation(response);
}

/** Network first, so a new deploy shows at once; offline, this build's own index.html. */
async function navigation(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = caching ? await caches.match(SCOPE, { cacheName: CACHE }) : undefined;
    if (cached) return cached;
    throw error;
  }
}

/** Cache first: built files have content-hashed names, so a cached copy is never stale. */
async function resource(request) {
  if (!caching || request.method !== 'GET') return fetch(request);
  // Module scripts and stylesheets ask with an `Origin` header, the precache without one, and some
  // servers (vite preview) answer `Vary: Origin`: honouring it would miss every cached copy offline.
  // A build's file is the same whoever asks.
  const cached = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  // Only this build's files, so the cache never mixes two versions.
  if (response.ok && BUILD_URLS.has(request.url)) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

function withIsolation(response) {
  // Opaque responses and redirects cannot be re-made; they pass through untouched.
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Caches the whole build, best effort: a file that fails now is cached when first fetched. The
 * index.html comes from this script itself, so the cached page always names this build's files.
 */
async function precache() {
  if (!caching) return;
  const cache = await caches.open(CACHE);
  await cache.put(SCOPE, new Response(BUILD.index, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  await Promise.all(
    [...BUILD_URLS].map(async (url) => {
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline or flaky now: `resource` caches it on first use instead.
      }
    }),
  );
}

async function dropOtherBuilds() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
}
