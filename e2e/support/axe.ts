// Accessibility check with axe: fails on serious or critical WCAG 2.1 A/AA violations, prints the rest.
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The axe-core that @axe-core/playwright itself runs, so both always agree on the rules. */
function axeSource(): string {
  const fromHere = createRequire(import.meta.url);
  const fromBuilder = createRequire(fromHere.resolve('@axe-core/playwright'));
  return (fromBuilder('axe-core') as { source: string }).source;
}
const AXE_SOURCE = axeSource();

/**
 * Puts axe into the page once per document. The builder would send and compile its 580 kB twice
 * on every check, which took more than half of each check's time.
 */
async function injectOnce(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeOptions {
  /** CSS selector of the part of the page to check; the whole page when omitted. */
  include?: string;
  /** CSS selectors to leave out, e.g. a third-party widget. */
  exclude?: string[];
  /** axe rule ids to skip, each with a reason in the calling test. */
  disableRules?: string[];
}

function summarize(v: Violation): string {
  const targets = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}`);
  const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
  return [`[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...targets, ...more].join('\n');
}

export async function expectAccessible(page: Page, options: AxeOptions = {}): Promise<AxeResults> {
  // A page without frames needs none of the cross-frame machinery, which opens a blank page and
  // injects axe a second time on every check; a page with frames keeps it, so they are checked too.
  const framed = page.frames().length > 1;
  if (!framed) await injectOnce(page);
  // Without frames, the builder's own injection is a no-op: axe is already in the page.
  let builder = new AxeBuilder(framed ? { page } : { page, axeSource: 'void 0' })
    .withTags([...WCAG_TAGS])
    // Every violation is still listed with all its nodes; passing and inapplicable rules keep one
    // example node each instead of every node, which roughly halves the time a check takes.
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(!framed);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();

  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length > 0) {
    // Moderate and minor findings are worth reading but do not fail the test.
    console.log(`axe: ${minor.length} moderate/minor finding(s) on ${page.url()}:\n${minor.map(summarize).join('\n')}`);
  }
  await test.info().attach('axe-results', { body: JSON.stringify(results, null, 2), contentType: 'application/json' });
  expect(blocking.map(summarize), 'no serious or critical accessibility violations').toEqual([]);
  return results;
}
