// Number formatting for people, the one formatter of every count, rate, share and sign on the page:
// separators, the minus sign, compact rates, durations. Test-contract numbers use BareNumber.tsx.

const grouped = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return grouped.format(n).replace('-', '−');
}

/** A count and its noun: "1 item", "12,000 items" (`many` for irregular plurals). */
export function formatCountOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatSigned(n: number): string {
  return n > 0 ? `+${formatCount(n)}` : formatCount(n);
}

export function formatRate(perSecond: number): string {
  return `${formatCompact(perSecond)}/s`;
}

/** 277.5K, 12M: a figure whose unit is in its column's heading. */
export function formatCompact(n: number): string {
  return compact.format(n).replace('-', '−');
}

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** "about 9 s", "about 2 min", "about 116 days": a duration rounded as an estimate should be. */
export function formatEstimate(ms: number): string {
  const s = ms / 1000;
  if (s < 1) return 'under a second';
  if (s < 90) return `about ${Math.round(s)} s`;
  if (s < 90 * 60) return `about ${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `about ${Math.round(s / 3600)} h`;
  return `about ${formatCount(Math.round(s / 86_400))} days`;
}

export function formatPct(pct: number): string {
  if (pct === 0) return '0 %';
  if (pct < 0.01) return '< 0.01 %';
  return `${pct.toFixed(pct < 1 ? 2 : 1)} %`;
}
