// Launches the headless Chromium the browser suites drive, with quiet, reproducible flags.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}

export function launchChromium() {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return chromium.launch({ executablePath: chromiumPath(), args });
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
