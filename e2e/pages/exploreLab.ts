// Page object of the Explorer: open a scenario, step threads, undo, explore all, read the outcomes.
import { expect, type Locator, type Page } from '@playwright/test';

export class ExploreLab {
  readonly page: Page;
  readonly exploreAll: Locator;
  readonly outcomes: Locator;
  readonly verdict: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly reset: Locator;
  readonly narrative: Locator;

  constructor(page: Page) {
    this.page = page;
    this.exploreAll = page.getByRole('button', { name: 'Explore all', exact: true });
    this.outcomes = page.getByTestId('outcome');
    this.verdict = page.getByTestId('step-verdict');
    this.undo = page.getByRole('button', { name: 'Undo', exact: true });
    this.redo = page.getByRole('button', { name: 'Redo', exact: true });
    this.reset = page.getByRole('button', { name: 'Reset', exact: true });
    this.narrative = page.locator('.narrative');
  }

  /** Opens the Explorer with a query string, e.g. `scenario=two-locks&fixed=1`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=explore${query ? `&${query}` : ''}`);
    await expect(this.exploreAll).toBeVisible();
  }

  /** The Step button of a thread, by its name on the page (T1, P3, Producer, Worker 2). */
  stepButton(thread: string): Locator {
    return this.page.getByRole('button', { name: `Step ${thread}`, exact: true });
  }

  async step(...threads: string[]): Promise<void> {
    for (const t of threads) await this.stepButton(t).click();
  }

  /** A shared variable's value as shown in step mode. */
  variable(name: string): Locator {
    return this.page.getByTestId(`var-${name}`);
  }

  /** Presses Explore all and returns every outcome's `data-value`, in the order listed. */
  async exploreOutcomes(): Promise<string[]> {
    await this.exploreAll.click();
    await expect(this.outcomes.first()).toBeVisible({ timeout: 30_000 });
    await expect(this.exploreAll).toBeEnabled();
    return this.outcomes.evaluateAll((els) => els.map((el) => el.getAttribute('data-value') ?? ''));
  }

  outcome(value: string): Locator {
    return this.page.locator(`[data-testid="outcome"][data-value="${value}"]`);
  }
}
