// Launches the headless Chromium the browser suites drive: the same search and flags as the tests.
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

/** The Chromium the tests would use, or null (the browser suites are then skipped). */
export function chromiumPath() {
  try {
    return findChromium()?.path ?? null;
  } catch {
    return null;
  }
}

export function hasChromium() {
  return chromiumPath() !== null;
}

/** `extraArgs`: more command-line flags, such as V8's (`--js-flags=...`). */
export function launchChromium(extraArgs = []) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: [...chromiumArgs(), ...extraArgs] });
}

/** The browser's version, or null when it cannot be started. */
export async function chromiumVersion() {
  if (!hasChromium()) return null;
  try {
    const browser = await launchChromium();
    const version = browser.version();
    await browser.close();
    return version;
  } catch {
    return null;
  }
}
