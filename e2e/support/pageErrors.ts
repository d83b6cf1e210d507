// Records uncaught page errors and console errors (workers' included) so a test can fail on any it did not expect.
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

/** An expected error: a substring of its text, or a pattern tested against it. */
export type ErrorPattern = string | RegExp;

export interface PageProblem {
  kind: 'pageerror' | 'console.error';
  text: string;
  /** Script URL and line, or the page URL when the source is unknown. */
  where: string;
}

function matches(pattern: ErrorPattern, text: string): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

/**
 * Watches every page of a context. Chromium reports a worker's uncaught exception as a
 * `pageerror` and its `console.error` as a page console message, so workers are covered too.
 */
export class PageErrorGuard {
  readonly problems: PageProblem[] = [];
  private readonly allowed: ErrorPattern[];
  private readonly detachers: (() => void)[] = [];

  constructor(context: BrowserContext, allowed: readonly ErrorPattern[] = []) {
    this.allowed = [...allowed];
    for (const page of context.pages()) this.watch(page);
    const onPage = (page: Page): void => {
      this.watch(page);
    };
    context.on('page', onPage);
    this.detachers.push(() => context.off('page', onPage));
  }

  /** Marks errors matching `patterns` as expected for the rest of this test. */
  allow(...patterns: ErrorPattern[]): void {
    this.allowed.push(...patterns);
  }

  /** The recorded problems that no allowed pattern matches. */
  unexpected(): PageProblem[] {
    return this.problems.filter((p) => !this.allowed.some((pattern) => matches(pattern, p.text)));
  }

  dispose(): void {
    for (const detach of this.detachers.splice(0)) detach();
  }

  private watch(page: Page): void {
    const onError = (error: Error): void => {
      this.problems.push({ kind: 'pageerror', text: error.stack ?? error.message, where: page.url() });
    };
    const onConsole = (message: ConsoleMessage): void => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      this.problems.push({ kind: 'console.error', text: message.text(), where: url ? `${url}:${lineNumber + 1}` : page.url() });
    };
    page.on('pageerror', onError);
    page.on('console', onConsole);
    this.detachers.push(() => {
      page.off('pageerror', onError);
      page.off('console', onConsole);
    });
  }
}

export function formatProblems(problems: readonly PageProblem[]): string {
  return problems.map((p, i) => `${i + 1}. [${p.kind}] at ${p.where}\n   ${p.text.replaceAll('\n', '\n   ')}`).join('\n');
}
