// Page object of the Counter lab: what a learner does (open a link, run, stop) and reads (results).
import { expect } from '@playwright/test';
import { LabPage, type Status } from './labPage.ts';

export type { Status };

export class CounterLab extends LabPage {
  /** Opens the lab with a query string, e.g. `sync=mutex&iters=1000`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.run).toBeVisible();
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
}
