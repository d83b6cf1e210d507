// Page object of the Python lab: open it by example or by packed program, read its error, notices,
// editor, listing and outcomes, press its controls.
import { deflateRawSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectAttribute } from '../support/attribute.ts';

/** A link's `code` for a program, made as the test contract says (deflate-raw, base64url, no padding). */
/** Two threads that each do `x += 1` on a global, then print it: 1 or 2. */
export const TWO_INCREMENTS = `import threading

x = 0

def worker():
    global x
    x += 1

t1 = threading.Thread(target=worker)
t2 = threading.Thread(target=worker)
t1.start()
t2.start()
t1.join()
t2.join()
print(x)
`;

export function codeOf(source: string): string {
  return deflateRawSync(Buffer.from(source, 'utf8')).toString('base64url');
}

/** One outcome as the test contract states it. */
export interface OutcomeRow {
  readonly value: string;
  readonly end: string;
  readonly count: number;
}

export class PythonLab {
  readonly page: Page;
  readonly editor: Locator;
  readonly programError: Locator;
  readonly exploreAll: Locator;
  readonly sample: Locator;
  readonly run: Locator;
  readonly stop: Locator;
  readonly back: Locator;
  readonly forward: Locator;
  readonly example: Locator;
  readonly status: Locator;
  readonly outcome: Locator;
  /** How the schedule on screen ended (after Run, or a replay stepped to its end). */
  readonly runOutcome: Locator;
  /** What the schedule on screen has printed so far. */
  readonly printed: Locator;
  /** "move N of M" beside the step slider. */
  readonly position: Locator;

  constructor(page: Page) {
    this.page = page;
    this.editor = page.getByRole('textbox', { name: 'Python program' });
    this.programError = page.getByTestId('program-error');
    this.exploreAll = page.getByRole('button', { name: 'Explore all', exact: true });
    this.sample = page.getByRole('button', { name: 'Sample', exact: true });
    this.run = page.getByRole('button', { name: 'Run', exact: true });
    this.stop = page.getByRole('button', { name: 'Stop', exact: true });
    this.back = page.getByRole('button', { name: 'Back', exact: true });
    this.forward = page.getByRole('button', { name: 'Forward', exact: true });
    this.example = page.getByLabel('Example', { exact: true });
    this.status = page.getByTestId('explore-status');
    this.outcome = page.getByTestId('outcome');
    this.runOutcome = page.getByTestId('run-outcome');
    this.printed = page.getByTestId('py-stdout');
    this.position = page.locator('.py-position');
  }

  /** Opens the lab with a query string, e.g. `example=barrier` or `code=…`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=python${query ? `&${query}` : ''}`);
    await expect(this.editor).toBeVisible();
  }

  async text(): Promise<string> {
    return (await this.editor.innerText()).replace(/\u00a0/g, ' ');
  }

  /** The Step button of thread `label` ("T1", "T2", …). */
  stepButton(label: string): Locator {
    return this.page.getByRole('button', { name: `Step ${label}`, exact: true });
  }

  /** The editor line marked as thread `label`'s current line. */
  threadLine(label: string): Locator {
    return this.page.locator(`.cm-thread-line[data-threads~="${label}"]`);
  }

  /** The listing's instructions of thread `label`'s current line. */
  listingOf(label: string): Locator {
    return this.page
      .getByRole('region', { name: "Instructions of each thread's current line" })
      .locator('.py-listing-thread')
      .filter({ has: this.page.locator('.py-tag', { hasText: new RegExp(`^${label}$`) }) })
      .locator('li');
  }

  /** The listing's instruction about to run in thread `label`. */
  nextInstruction(label: string): Locator {
    return this.listingOf(label).and(this.page.locator('[aria-current="step"]'));
  }

  /** Waits until a search has ended (explore-status has `data-complete`); returns it. */
  async searchEnded(timeout = 30_000): Promise<string> {
    await expectAttribute(this.status, 'data-complete', /^(true|false)$/, timeout);
    return (await this.status.getAttribute('data-complete'))!;
  }

  /** Every outcome on screen, sorted by what it printed. */
  async outcomes(): Promise<OutcomeRow[]> {
    const rows = await this.outcome.evaluateAll((els) =>
      els.map((e) => ({ value: e.getAttribute('data-value') ?? '', end: e.getAttribute('data-end') ?? '', count: Number(e.getAttribute('data-count')) })),
    );
    return rows.sort((a, b) => (a.value + a.end).localeCompare(b.value + b.end));
  }

  /** Chooses Run's speed by its label, e.g. "Straight to the end". */
  async setSpeed(label: string): Promise<void> {
    await this.page.getByLabel('Speed', { exact: true }).selectOption({ label });
  }
}
