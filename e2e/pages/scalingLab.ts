// Page object of the Scaling lab: open a link, pick what to sweep, run, stop, read the progress, the
// measured points and the false-sharing ratio.
import { expect, type Locator } from '@playwright/test';
import { LabPage, type Status } from './labPage.ts';

export type { Status };

/** One row of the measured points: what the test contract puts on it. */
export interface SweepRow {
  /** `counter:mutex`, `queue:mpmc`, `sharing:padded`… */
  readonly series: string;
  readonly workers: number;
  readonly throughput: number;
  /** Counter points only: updates the shared cell lost. */
  readonly lost: number | null;
}

/** The visible names of the choices, as a learner reads them on the page. */
export const MODE_NAMES = { mutex: 'Mutex', spin: 'Spinlock', atomic: 'Atomics.add', local: 'Count locally', none: 'No lock' } as const;
export const QUEUE_NAMES = { locked: 'Lock + conditions', mpmc: 'Lock-free MPMC', message: 'MessageChannel', spsc: 'Lock-free SPSC' } as const;

const startsWith = (name: string): RegExp => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export class ScalingLab extends LabPage {
  readonly progress: Locator = this.page.getByRole('progressbar', { name: 'Sweep progress' });
  readonly ratio: Locator = this.page.getByTestId('sharing-ratio');
  readonly sharing: Locator = this.page.getByRole('checkbox', { name: 'Adjacent against padded counters' });

  /** Opens the Scaling lab with a query string, e.g. `modes=mutex&queues=&sharing=0&upto=2&ms=40`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=scaling${query ? `&${query}` : ''}`);
    await expect(this.page.getByRole('heading', { name: 'Scaling lab', level: 2 })).toBeVisible();
    await expect(this.run).toBeVisible();
  }

  mode(mode: keyof typeof MODE_NAMES): Locator {
    return this.page.getByRole('checkbox', { name: startsWith(MODE_NAMES[mode]) });
  }

  queue(queue: keyof typeof QUEUE_NAMES): Locator {
    return this.page.getByRole('checkbox', { name: startsWith(QUEUE_NAMES[queue]) });
  }

  /** Points measured, from the progress bar. */
  async done(): Promise<number> {
    return Number(await this.progress.getAttribute('aria-valuenow'));
  }

  /** Points planned, from the progress bar. */
  async planned(): Promise<number> {
    return Number(await this.progress.getAttribute('aria-valuemax'));
  }

  /** Every measured point of the table, in sweep order. */
  async points(): Promise<SweepRow[]> {
    return this.page.getByTestId('sweep-point').evaluateAll((rows) =>
      rows.map((r) => {
        const lost = r.getAttribute('data-lost');
        return {
          series: r.getAttribute('data-series') ?? '',
          workers: Number(r.getAttribute('data-workers')),
          throughput: Number(r.getAttribute('data-throughput')),
          lost: lost === null ? null : Number(lost),
        };
      }),
    );
  }
}
