// PCT's promise in words for the page, with the program's own n and k filled in. No machine
// imports: the page uses it as it is.
// Concurrency contract: none; pure.
import type { PctGuarantee } from './types.ts';

/** A chance as a percentage a learner can read: "1.2 %", "0.000 008 3 %" is written "8.3 × 10⁻⁶ %". */
export function percent(p: number): string {
  const pc = p * 100;
  if (pc >= 0.01) return `${Number(pc.toPrecision(2)).toLocaleString('en-US', { maximumFractionDigits: 4 })} %`;
  const exp = Math.floor(Math.log10(pc));
  const mantissa = (pc / 10 ** exp).toFixed(1);
  const sup = String(exp).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  return `${mantissa} × 10${sup} %`;
}

/** A count of runs in words: "250 runs", "36 million runs", "more runs than can be counted". */
export function runsInWords(n: number): string {
  if (!Number.isFinite(n)) return 'more runs than can be counted';
  if (n >= 1e12) return `about 10^${Math.round(Math.log10(n))} runs`;
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(3))} billion runs`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))} million runs`;
  return `${n.toLocaleString('en-US')} run${n === 1 ? '' : 's'}`;
}

/** What PCT promises for this program, in two sentences. */
export function describePct(g: PctGuarantee): string {
  const { threads: n, steps: k, depth: d } = g;
  const formula = d === 1 ? `1/n = 1/${n}` : `1/(n·k${d === 2 ? '' : `^${d - 1}`}) = 1/(${n} × ${k.toLocaleString('en-US')}${d === 2 ? '' : `^${d - 1}`})`;
  const bug = d === 1 ? 'a bug that needs one event before another' : `a bug that needs ${d} events in a given order`;
  return (
    `PCT promises that each run shows ${bug} with probability at least ${formula} ≈ ${percent(g.probability)}, ` +
    `for this program’s n = ${n} threads and k = ${k.toLocaleString('en-US')} choice points (measured from a run). ` +
    `${runsInWords(g.runsFor95)[0]!.toUpperCase()}${runsInWords(g.runsFor95).slice(1)} find such a bug with 95 % confidence.`
  );
}
