// What every lab page offers a test: Run, Stop, Copy link, the run status, numbers and fields.
import { expect, type Locator, type Page } from '@playwright/test';
import { expectAttribute } from '../support/attribute.ts';

export type Status = 'idle' | 'running' | 'done' | 'stopped' | 'failed' | 'deadlocked';

export class LabPage {
  readonly page: Page;
  readonly run: Locator;
  readonly stop: Locator;
  readonly copyLink: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.run = page.getByRole('button', { name: 'Run', exact: true });
    this.stop = page.getByRole('button', { name: 'Stop', exact: true });
    this.copyLink = page.getByRole('button', { name: 'Copy link', exact: true });
    this.status = page.getByTestId('run-status');
  }

  /** Unfolds the settings where the page folds them (a phone, presentation mode); elsewhere they are shown. */
  async showSettings(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Settings', exact: true });
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types a value into a number field and applies it, as a learner does. */
  async setNumber(label: string, value: number): Promise<void> {
    const field = this.field(label);
    await field.fill(String(value));
    await field.press('Enter');
    await expect(field).toHaveValue(String(value));
  }

  /** Types text into a number field key by key (text that is no number too) and applies it with Enter. */
  async typeInto(label: string, text: string): Promise<void> {
    const field = this.field(label);
    await field.fill('');
    await field.pressSequentially(text);
    await field.press('Enter');
  }

  /** What the page says beside Run before a long run starts ('' when it says nothing). */
  get runEstimate(): Locator {
    return this.page.getByTestId('run-estimate');
  }

  async expectStatus(status: Status, timeout = 30_000): Promise<void> {
    await expectAttribute(this.status, 'data-status', status, timeout);
  }

  /** Presses Run and waits until the run ends with `status`. */
  async runToEnd(status: Status = 'done', timeout = 45_000): Promise<void> {
    await expect(this.run).toBeEnabled();
    await this.run.click();
    await this.expectStatus(status, timeout);
  }

  /** Presses Run and waits for the run to end, whichever way it ends; returns how. */
  async runToAnyEnd(timeout = 45_000): Promise<Status> {
    await expect(this.run).toBeEnabled();
    await this.run.click();
    await expectAttribute(this.status, 'data-status', /^(done|stopped|failed|deadlocked)$/, timeout);
    return (await this.status.getAttribute('data-status')) as Status;
  }

  /**
   * Presses Stop and returns how long the page took from the click to a run status other than
   * `running`, timed inside the page: the test runner's own polling does not count.
   */
  async stopTimed(status: Status = 'stopped'): Promise<number> {
    await expect(this.stop).toBeEnabled();
    const ended = this.status.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          let clickedAt = -1;
          const stopButton = Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Stop');
          stopButton?.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (clickedAt < 0 || el.getAttribute('data-status') === 'running') return;
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          });
          observer.observe(el, { attributes: true, attributeFilter: ['data-status'] });
        }),
    );
    // The listeners are in place once evaluate has started; a frame later is safe to click.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await this.stop.click();
    const ms = await ended;
    await this.expectStatus(status, 1000);
    return ms;
  }

  /** The "Your runs" panel: absent until a run has been recorded, and again after Clear. */
  get runs(): Locator {
    return this.page.getByRole('region', { name: 'Your runs', exact: true });
  }

  /** The rows of "Your runs", newest first: each cell's text under its column's heading. */
  async runRows(): Promise<Record<string, string>[]> {
    const table = this.runs.getByRole('table', { name: /^Your runs/ });
    await expect(table).toBeVisible();
    const heads = await table.getByRole('columnheader').allTextContents();
    const out: Record<string, string>[] = [];
    for (const row of await table.getByRole('row').filter({ has: this.page.getByRole('rowheader') }).all()) {
      const texts = [await row.getByRole('rowheader').textContent(), ...(await row.getByRole('cell').allTextContents())];
      out.push(Object.fromEntries(heads.map((h, i) => [h, (texts[i] ?? '').trim()])));
    }
    return out;
  }

  /** The text of a result element, which the test contract says is a bare number. */
  async number(testId: string): Promise<number> {
    const text = (await this.page.getByTestId(testId).textContent()) ?? '';
    expect(text.trim(), `${testId} is a bare number`).toMatch(/^-?\d+$/);
    return Number(text);
  }
}
