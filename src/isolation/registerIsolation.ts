// Registers the isolation service worker: where the host sends no isolation headers it adds them (the
// page reloads once to be served through it); everywhere, in a build, it keeps the site for offline use.

/**
 * What the helper did, for the banner:
 * - `not-needed`: the page is isolated (the host sends the headers, or the worker already does);
 * - `pending`: the worker is being installed; the page reloads once it is ready;
 * - `reloading`: the page is reloading through the worker;
 * - `unsupported`: no service workers here (plain http, a private window, a browser policy);
 * - `failed`: the worker could not be registered or did not start;
 * - `no-effect`: the page reloaded through the worker and is still not isolated;
 * - `framed`: the page is in a frame, which is isolated only if the page around it is.
 */
export type IsolationHelp = 'not-needed' | 'pending' | 'reloading' | 'unsupported' | 'failed' | 'no-effect' | 'framed';

const SCRIPT = './isolation-sw.js';
/** How long the first paint waits for the helper before showing the page with a "pending" banner. */
const MOUNT_WAIT_MS = 3000;

let help: IsolationHelp = 'not-needed';
const listeners = new Set<() => void>();

function settle(next: IsolationHelp): IsolationHelp {
  help = next;
  for (const listener of listeners) listener();
  return next;
}

export function isolationHelp(): IsolationHelp {
  return help;
}

export function subscribeIsolationHelp(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Starts the helper and resolves once the page may mount: at once when isolated or when the helper
 * cannot help, after it has settled, or after a short wait while the worker is still installing.
 * Resolves `reloading` when the page is about to reload; the caller should then not mount.
 */
export async function registerIsolation(): Promise<IsolationHelp> {
  const done = enableIsolation().catch(() => settle('failed'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<IsolationHelp>((resolve) => {
    timer = setTimeout(() => resolve(help), MOUNT_WAIT_MS);
  });
  const first = await Promise.race([done, waited]);
  clearTimeout(timer);
  return first;
}

async function enableIsolation(): Promise<IsolationHelp> {
  // `navigator.serviceWorker` is missing outside secure contexts, despite its type.
  const container = isSecureContext ? (navigator.serviceWorker as ServiceWorkerContainer | undefined) : undefined;
  // Isolated, by the host's headers or by the worker: no reload, only the offline copy.
  if (globalThis.crossOriginIsolated) {
    forgetReload();
    if (container) keepOffline(container);
    return settle('not-needed');
  }
  if (!container) return settle('unsupported');
  settle('pending');

  // Some harnesses and policies turn `register` into a no-op that resolves to nothing.
  const registration = (await container.register(SCRIPT, { scope: './' })) as ServiceWorkerRegistration | undefined;
  if (!registration) return settle('failed');
  // A frame is isolated only if its parent is, which no reload of ours can change.
  if (window.top !== window.self) return settle('framed');
  if (!(await activated(registration))) return settle('failed');
  // Reloaded once already in this tab, and still not isolated: stop here rather than loop.
  if (!markReload()) return settle(container.controller ? 'no-effect' : 'failed');
  settle('reloading');
  location.reload();
  return 'reloading';
}

/**
 * Registers the worker on a page that is isolated already, for its offline copy of the build. Only in
 * a build: the dev server's files are not a build to keep, and a worker would sit between them and
 * hot updates. After the page's load, so that caching the build never competes with the page's own
 * files; it takes control without a reload (`clients.claim`). Failing costs only the offline copy.
 */
function keepOffline(container: ServiceWorkerContainer): void {
  if (!import.meta.env.PROD) return;
  const register = (): void => {
    container.register(SCRIPT, { scope: './' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Resolves true once the registration has a worker that can serve the reload, false if it fails. */
function activated(registration: ServiceWorkerRegistration): Promise<boolean> {
  if (registration.active) return Promise.resolve(true);
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    const check = (): void => {
      // An activating worker already receives the next navigation (it waits for activation to finish).
      if (worker.state === 'activating' || worker.state === 'activated') resolve(true);
      else if (worker.state === 'redundant') resolve(false);
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/** One key per deployment: several can share an origin under different sub-paths. */
function reloadKey(): string {
  return `racelab:isolation-reload:${new URL('./', document.baseURI).pathname}`;
}

/** Records the one reload this tab may do; false if it was done already or cannot be recorded. */
function markReload(): boolean {
  try {
    if (sessionStorage.getItem(reloadKey()) !== null) return false;
    sessionStorage.setItem(reloadKey(), String(Date.now()));
    return true;
  } catch {
    // Without storage there is no guard against a loop, so no reload at all.
    return false;
  }
}

/** Once isolated, a later visit may reload once again (say, after the browser dropped the worker). */
function forgetReload(): void {
  try {
    sessionStorage.removeItem(reloadKey());
  } catch {
    // Storage is blocked: there is nothing to forget.
  }
}
