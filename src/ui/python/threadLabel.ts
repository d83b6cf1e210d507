// How the lab names and colours a thread: T1 for the main thread, then T2, T3… in creation order.

export function threadLabel(id: number): string {
  return `T${id + 1}`;
}

/** The thread's colour variable (`--w0`…`--w15`), as the editor's markers use it. */
export function threadColour(id: number): string {
  return `var(--w${id % 16})`;
}

/** Where a thread is, in words: `dis` puts a module's first instruction (RESUME) on line 0. */
export function lineName(line: number): string {
  return line === 0 ? 'before line 1' : `line ${line}`;
}
