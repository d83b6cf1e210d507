// Page object of the Python lab: open it by example or by packed program, read its error, notices
// and editor, press its controls.
import { deflateRawSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

/** A link's `code` for a program, made as the test contract says (deflate-raw, base64url, no padding). */
export function codeOf(source: string): string {
  return deflateRawSync(Buffer.from(source, 'utf8')).toString('base64url');
}

export class PythonLab {
  readonly page: Page;
  readonly editor: Locator;
  readonly programError: Locator;
  readonly exploreAll: Locator;
  readonly sample: Locator;
  readonly run: Locator;
  readonly stop: Locator;
  readonly example: Locator;

  constructor(page: Page) {
    this.page = page;
    this.editor = page.getByRole('textbox', { name: 'Python program' });
    this.programError = page.getByTestId('program-error');
    this.exploreAll = page.getByRole('button', { name: 'Explore all', exact: true });
    this.sample = page.getByRole('button', { name: 'Sample', exact: true });
    this.run = page.getByRole('button', { name: 'Run', exact: true });
    this.stop = page.getByRole('button', { name: 'Stop', exact: true });
    this.example = page.getByLabel('Example', { exact: true });
  }

  /** Opens the lab with a query string, e.g. `example=barrier` or `code=…`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=python${query ? `&${query}` : ''}`);
    await expect(this.editor).toBeVisible();
  }

  async text(): Promise<string> {
    return (await this.editor.innerText()).replace(/\u00a0/g, ' ');
  }
}
