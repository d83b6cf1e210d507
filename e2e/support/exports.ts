// Helpers for the export and keyboard tests: the file a button downloads, a saved results document,
// a real PNG, and the focus left on the page where a learner's key presses land.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface SavedResults {
  app: string;
  lab: string;
  link: string;
  params: Record<string, unknown>;
  results: Record<string, unknown>;
  machine: { cores: unknown; crossOriginIsolated: unknown };
}

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks `button` and returns the file it downloads. */
export async function downloadFrom(button: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Clicks a "Download results" button and parses the JSON document it saves. */
export async function savedResults(button: Locator): Promise<{ name: string; doc: SavedResults }> {
  const { name, bytes } = await downloadFrom(button);
  return { name, doc: JSON.parse(bytes.toString('utf8')) as SavedResults };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG file with a drawing in it: the signature, a picture of some size, and more bytes than a blank one takes. */
export function expectPng({ name, bytes }: Downloaded): void {
  expect(name).toMatch(/\.png$/);
  expect([...bytes.subarray(0, 8)], 'the PNG signature').toEqual(PNG_SIGNATURE);
  // The IHDR chunk comes first: width and height, big-endian, after its length and type.
  expect(bytes.readUInt32BE(16), 'width').toBeGreaterThan(100);
  expect(bytes.readUInt32BE(20), 'height').toBeGreaterThan(100);
  expect(bytes.length).toBeGreaterThan(2000);
}

/** Leaves the focus on the page itself, where a learner's key presses land after clicking the background. */
export async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
