// Order statistics for repeated measurements: median and min of reps, percentiles of frame times.

export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: always a value that was actually observed.
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function min(values) {
  return values.length === 0 ? null : Math.min(...values);
}

export function max(values) {
  return values.length === 0 ? null : Math.max(...values);
}

/** Rounds for JSON and tables: three significant digits are more than the noise allows. */
export function round(x, digits = 3) {
  if (x === null || x === undefined || !Number.isFinite(x)) return x ?? null;
  if (x === 0) return 0;
  const scale = 10 ** Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * scale) / scale;
}
