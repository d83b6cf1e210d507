// Markdown pieces every README table uses: the table itself and the met/missed mark.

export const mark = (ok) => (ok ? 'met' : '**missed**');

export function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
