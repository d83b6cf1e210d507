// Page object of the Litmus lab: open a link, pick a test and an access kind, run, stop, read the outcome counts.
import { expect, type Locator } from '@playwright/test';
import { LabPage, type Status } from './labPage.ts';

export type { Status };

export type LitmusTest = 'sb' | 'mp';
export type LitmusAccess = 'plain' | 'atomics';

/** The visible names of the choices, as a learner reads them on the page. */
export const TEST_NAMES: Record<LitmusTest, string> = { sb: 'Store buffering', mp: 'Message passing' };
export const ACCESS_NAMES: Record<LitmusAccess, string> = { plain: 'Plain accesses', atomics: 'Atomics' };

export interface OutcomeCount {
  /** "00", "01", "10" or "11": r0 then r1. */
  readonly outcome: string;
  readonly allowedUnderSC: boolean;
  readonly count: number;
}

const startsWith = (name: string): RegExp => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export class LitmusLab extends LabPage {
  /** Opens the Litmus lab with a query string, e.g. `test=sb&access=atomics&iters=200000`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=litmus${query ? `&${query}` : ''}`);
    await expect(this.run).toBeVisible();
    await this.showSettings();
    await expect(this.test('sb')).toBeVisible();
  }

  test(test: LitmusTest): Locator {
    return this.page.getByRole('radio', { name: startsWith(TEST_NAMES[test]) });
  }

  access(access: LitmusAccess): Locator {
    return this.page.getByRole('radio', { name: startsWith(ACCESS_NAMES[access]) });
  }

  /** The caption's count: its data-value is the bare number, its text the same formatted (read together, as it may be live). */
  async total(): Promise<number> {
    const { value, text } = await this.page.getByTestId('litmus-total').evaluate((el) => ({ value: el.dataset.value ?? '', text: el.textContent }));
    expect(value, 'litmus-total carries a bare number').toMatch(/^\d+$/);
    expect(text.replace(/,/g, '')).toBe(value);
    return Number(value);
  }

  /** The four outcome counts of the table, in outcome order. */
  async outcomes(): Promise<OutcomeCount[]> {
    const cells = this.page.getByTestId('litmus-count');
    await expect(cells).toHaveCount(4);
    const out: OutcomeCount[] = [];
    for (const cell of await cells.all()) {
      const text = ((await cell.textContent()) ?? '').trim();
      expect(text, 'an outcome count is a bare number').toMatch(/^\d+$/);
      out.push({
        outcome: (await cell.getAttribute('data-outcome')) ?? '',
        allowedUnderSC: (await cell.getAttribute('data-sc')) === 'allowed',
        count: Number(text),
      });
    }
    return out;
  }
}
