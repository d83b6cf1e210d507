// Page object of the Counter lab: what a learner does (open a link, run, stop) and reads (results).
import { expect, type Locator, type Page } from '@playwright/test';

export type Status = 'idle' | 'running' | 'done' | 'stopped' | 'failed' | 'deadlocked';

export class CounterLab {
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

  /** Opens the lab with a query string, e.g. `sync=mutex&iters=1000`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.run).toBeVisible();
  }

  async expectStatus(status: Status, timeout = 30_000): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status, { timeout });
  }

  /** Presses Run and waits until the run ends with `status`. */
  async runToEnd(status: Status = 'done', timeout = 45_000): Promise<void> {
    await this.run.click();
    await this.expectStatus(status, timeout);
  }

  async number(testId: string): Promise<number> {
    const text = (await this.page.getByTestId(testId).textContent()) ?? '';
    expect(text.trim(), `${testId} is a bare number`).toMatch(/^-?\d+$/);
    return Number(text);
  }

  async results(): Promise<{ expected: number; actual: number; lost: number; throughput: number }> {
    return {
      expected: await this.number('result-expected'),
      actual: await this.number('result-actual'),
      lost: await this.number('result-lost'),
      throughput: await this.number('result-throughput'),
    };
  }

  /** "Exact in N of M trials", read from the results panel. */
  async exactTrials(): Promise<{ exact: number; of: number }> {
    const text = (await this.page.getByText(/^Exact in \d+ of \d+ trials/).textContent()) ?? '';
    const match = /Exact in (\d+) of (\d+)/.exec(text);
    if (!match) throw new Error(`no trials line in ${JSON.stringify(text)}`);
    return { exact: Number(match[1]), of: Number(match[2]) };
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}
