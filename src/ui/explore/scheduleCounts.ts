// Schedule counts for people: bigint counts with separators, and their percentages of all schedules.

import { formatPct } from '../common/format.ts';

export function formatBig(n: bigint): string {
  return n.toLocaleString('en-US');
}

/** A part of the schedules as a percentage to four decimals, exact for any size of count. */
export function percentOf(part: bigint, total: bigint): number {
  return total === 0n ? 0 : Number((part * 1_000_000n) / total) / 10_000;
}

/** The percentage in words, by the page's one formatter: a rare outcome is never shown as 0 %. */
export function percentText(part: bigint, total: bigint): string {
  const pct = percentOf(part, total);
  // A part too small to show at four decimals is still above zero.
  return formatPct(pct === 0 && part > 0n ? Number.MIN_VALUE : pct);
}
