// An outcome's fewest preemptions in words, for the page: which switches the witness needs and
// whether each falls in the middle of a line. No imports: the page uses it without the machine.
// Concurrency contract: none; pure.
import type { SwitchPoint } from './types.ts';

/** "needs no preemption", "needs one preemption: a switch in the middle of line 7", "needs 2 preemptions: …". */
export function describePreemptions(n: number, points: readonly SwitchPoint[], lineText: (line: number) => string): string {
  if (n === 0) return 'No preemption needed: threads switch only where one waits or ends.';
  const where = points.map((p) => `a switch ${p.midLine ? 'in the middle of' : 'just before'} \`${codeOf(lineText(p.line))}\` (${p.name}, line ${p.line})`);
  const count = n === 1 ? 'one preemption' : `${n} preemptions`;
  return `This outcome needs ${count}: ${where.join(', then ')}.`;
}

/** A source line without its comment or surrounding blanks: `x += 1  # read, add, write` is `x += 1`. */
export function codeOf(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i).trim();
  }
  return line.trim();
}
