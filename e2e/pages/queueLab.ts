// Page object of the Queue lab: what a learner does (open a link, pick a queue, run, stop) and reads (verified counts).
import { expect, type Locator, type Page } from '@playwright/test';
import type { Status } from './counterLab.ts';

export type { Status };

export type QueueKind = 'unsafe' | 'locked' | 'spsc' | 'mpmc' | 'message';
export type Shutdown = 'empty-check' | 'sentinel' | 'close';

/** The visible names of the choices, as a learner reads them on the page. */
export const KIND_NAMES: Record<QueueKind, string> = {
  unsafe: 'Unsynchronised ring',
  locked: 'Lock + conditions',
  spsc: 'Lock-free SPSC',
  mpmc: 'Lock-free MPMC',
  message: 'MessageChannel',
};
export const SHUTDOWN_NAMES: Record<Shutdown, string> = {
  'empty-check': 'Stop when empty',
  sentinel: 'Poison pill',
  close: 'Close the queue',
};

export interface QueueCounts {
  produced: number;
  consumed: number;
  lost: number;
  duplicated: number;
  left: number;
  throughput: number;
}

const startsWith = (name: string): RegExp => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export class QueueLab {
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

  /** Opens the Queue lab with a query string, e.g. `queue=mpmc&items=1000`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=queue${query ? `&${query}` : ''}`);
    await expect(this.run).toBeVisible();
    await expect(this.kind('locked')).toBeVisible();
  }

  kind(kind: QueueKind): Locator {
    return this.page.getByRole('radio', { name: startsWith(KIND_NAMES[kind]) });
  }

  shutdown(policy: Shutdown): Locator {
    return this.page.getByRole('radio', { name: startsWith(SHUTDOWN_NAMES[policy]) });
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

  /** Picks the queue kind and shutdown policy through the form. */
  async choose(kind: QueueKind, policy?: Shutdown): Promise<void> {
    await this.kind(kind).check();
    if (policy) await this.shutdown(policy).check();
  }

  async expectStatus(status: Status, timeout = 30_000): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status, { timeout });
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
    await expect(this.status).toHaveAttribute('data-status', /^(done|stopped|failed|deadlocked)$/, { timeout });
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

  async number(testId: string): Promise<number> {
    const text = (await this.page.getByTestId(testId).textContent()) ?? '';
    expect(text.trim(), `${testId} is a bare number`).toMatch(/^-?\d+$/);
    return Number(text);
  }

  async counts(): Promise<QueueCounts> {
    return {
      produced: await this.number('result-produced'),
      consumed: await this.number('result-consumed'),
      lost: await this.number('result-lost'),
      duplicated: await this.number('result-duplicated'),
      left: await this.number('result-left'),
      throughput: await this.number('result-throughput'),
    };
  }
}
