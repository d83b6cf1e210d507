// Page object of the Queue lab: what a learner does (open a link, pick a queue, run, stop) and reads (verified counts).
import { expect, type Locator } from '@playwright/test';
import { LabPage, type Status } from './labPage.ts';

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

export class QueueLab extends LabPage {
  /** Opens the Queue lab with a query string, e.g. `queue=mpmc&items=1000`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`./?lab=queue${query ? `&${query}` : ''}`);
    await expect(this.run).toBeVisible();
    await this.showSettings();
    await expect(this.kind('locked')).toBeVisible();
  }

  kind(kind: QueueKind): Locator {
    return this.page.getByRole('radio', { name: startsWith(KIND_NAMES[kind]) });
  }

  shutdown(policy: Shutdown): Locator {
    return this.page.getByRole('radio', { name: startsWith(SHUTDOWN_NAMES[policy]) });
  }

  /** Picks the queue kind and shutdown policy through the form. */
  async choose(kind: QueueKind, policy?: Shutdown): Promise<void> {
    await this.kind(kind).check();
    if (policy) await this.shutdown(policy).check();
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
