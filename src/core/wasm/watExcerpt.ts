// Cuts functions out of a .wat module's text for the code panel: the ones asked for and every one they call.

/** Index just past the s-expression that opens at `start` (a `(`), skipping comments and strings. */
function closeOf(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === ';' && text[i + 1] === ';') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
    } else if (c === '"') {
      i = text.indexOf('"', i + 1);
      if (i < 0) break;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i + 1;
    }
  }
  throw new Error('unbalanced parentheses in WebAssembly text');
}

/** One function's text with the `;;` comment lines right above it, indentation removed. */
function functionText(text: string, name: string): string | null {
  const open = new RegExp(`^([ \\t]*)\\(func \\$${name}[\\s)]`, 'm').exec(text);
  if (!open) return null;
  const indent = open[1] ?? '';
  const body = text.slice(open.index, closeOf(text, open.index + indent.length));
  const lines = text.slice(0, open.index).split('\n');
  lines.pop();
  const comments: string[] = [];
  while (lines.length > 0 && /^\s*;;/.test(lines.at(-1) ?? '')) comments.unshift(lines.pop() ?? '');
  return [...comments, ...body.split('\n')].map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
}

/**
 * The functions `names` of the module `text`, each followed by the functions it calls that are not
 * already shown, so that the excerpt reads top-down and is complete. Unknown names are skipped.
 */
export function watExcerpt(text: string, names: readonly string[]): string {
  const shown = new Set<string>();
  const parts: string[] = [];
  const visit = (name: string): void => {
    if (shown.has(name)) return;
    shown.add(name);
    const fn = functionText(text, name);
    if (fn === null) return;
    parts.push(fn);
    for (const call of fn.matchAll(/\(call \$([\w.]+)/g)) visit(call[1] ?? '');
  };
  for (const name of names) visit(name);
  return parts.join('\n\n');
}
