// Finds a Chromium for the end-to-end tests, installing Debian's package as root when there is none.
// Synchronous and free of top-level npm imports, so both the test runner (before `npm ci`) and
// playwright.config.ts can use it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The variable the runners set and playwright.config.ts reads. */
export const CHROMIUM_ENV = 'RACELAB_CHROMIUM';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The browser Playwright itself installed, if it did; `playwright install` is never run here. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    // playwright-core missing, or it knows no build for this platform.
    return null;
  }
}

/**
 * Returns `{ path, source }` for the first Chromium found, or null. Order: env CHROMIUM_PATH,
 * the runner's own RACELAB_CHROMIUM, Playwright's installed browser, Debian's /usr/bin/chromium.
 */
export function findChromium(env = process.env) {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    // A path the user chose must not be silently replaced by another browser.
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is set to ${explicit}, which does not exist.`);
    return { path: explicit, source: 'CHROMIUM_PATH' };
  }
  const inherited = env[CHROMIUM_ENV];
  if (inherited && existsSync(inherited)) return { path: inherited, source: CHROMIUM_ENV };
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, source: 'Playwright' };
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  return null;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function installDebianChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    console.log(`$ apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.error) throw new Error(`apt-get could not start: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed with exit code ${result.status}.`);
  }
}

/**
 * Finds a Chromium or, as root with apt-get available, installs Debian's; throws with a
 * remedy otherwise. Playwright's own download is not used: it is unreachable on our machines.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (isRoot() && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    console.log('No Chromium found; installing the distribution package.');
    installDebianChromium();
    if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'apt-get' };
    throw new Error(`apt-get installed chromium, but ${SYSTEM_CHROMIUM} is still missing.`);
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Do one of:',
      '  - set CHROMIUM_PATH to a Chromium or Chrome executable;',
      '  - install your distribution package (Debian/Ubuntu: sudo apt-get install chromium);',
      '  - run the tests as root on Debian, which installs it automatically.',
    ].join('\n'),
  );
}

/**
 * The features Playwright turns off at launch. Chromium keeps only the last `--disable-features` it is
 * given, so ours must repeat Playwright's list or it would switch them back on.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * The full browser (not the headless shell) builds its address bar's popup as a web page in a renderer
 * of its own for every new window, so every test page came with a second page nobody sees: opening the
 * Counter lab took 4.3 s of CPU with it and 2.6 s without (eight fresh contexts, back to back).
 */
const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

/** Launch arguments for a quiet, reproducible headless run; `--no-sandbox` only where root needs it. */
export function chromiumArgs() {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--no-first-run',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`,
  ];
  // Chromium refuses to start its sandbox as root (containers, CI images).
  return isRoot() ? ['--no-sandbox', ...args] : args;
}
