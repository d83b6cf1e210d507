// Schedule counts for people: bigint counts with separators, and their percentages of all schedules.

export function formatBig(n: bigint): string {
  return n.toLocaleString('en-US');
}

/** A part of the schedules as a percentage with one decimal, exact for any size of count. */
export function percentOf(part: bigint, total: bigint): number {
  return total === 0n ? 0 : Number((part * 1000n) / total) / 10;
}

/** The percentage in words: a rare outcome is never shown as 0 %. */
export function percentText(part: bigint, total: bigint): string {
  const pct = percentOf(part, total);
  return pct === 0 && part > 0n ? '< 0.1 %' : `${pct} %`;
}
