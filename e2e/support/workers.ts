// Counts a page's live dedicated Web Workers by asking the browser over the Chrome DevTools Protocol.
//
// Why CDP and not `page.workers()`: both see module workers, nested workers included, but
// `page.workers()` is fed by attach/detach events and trails the truth by up to ~100 ms after a
// spawn or `terminate()`, while `Target.getTargets` answers from the browser's own list at once.
// Assertions still poll (`expectLiveWorkers`), because a worker ends asynchronously after
// `terminate()` returns.
import { expect } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  browserContextId?: string;
}

export interface CountOptions {
  /** Counts only workers whose script URL passes this test. */
  filter?: (url: string) => boolean;
  timeout?: number;
}

export class LiveWorkers {
  private readonly page: Page;
  private session: Promise<CDPSession> | undefined;

  constructor(page: Page) {
    this.page = page;
  }

  /** Scripts of the dedicated workers alive now in this page's browser context. */
  async urls(): Promise<string[]> {
    const session = await this.cdp();
    const own = (await session.send('Target.getTargetInfo')) as { targetInfo: TargetInfo };
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    // The browser lists every context's targets; other tests' leftovers must not count here.
    return targetInfos
      .filter((t) => t.type === 'worker' && t.browserContextId === own.targetInfo.browserContextId)
      .map((t) => t.url);
  }

  /** How many workers are alive, optionally only those whose script URL passes `filter`. */
  async count(filter: (url: string) => boolean = () => true): Promise<number> {
    return (await this.urls()).filter(filter).length;
  }

  /** Waits until exactly `expected` workers are alive, e.g. after a run or a Stop. */
  async expectCount(expected: number, { filter, timeout = 5_000 }: CountOptions = {}): Promise<void> {
    await expect
      .poll(() => this.count(filter), { message: `live Web Workers should be ${expected}`, timeout })
      .toBe(expected);
  }

  async dispose(): Promise<void> {
    if (!this.session) return;
    const session = await this.session;
    this.session = undefined;
    // The page may already be closed, which ends the session on its own.
    await session.detach().catch(() => undefined);
  }

  private cdp(): Promise<CDPSession> {
    this.session ??= this.page.context().newCDPSession(this.page);
    return this.session;
  }
}
