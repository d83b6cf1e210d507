// How the lab names and colours a thread: T1 for the main thread, then T2, T3… in creation order.

export function threadLabel(id: number): string {
  return `T${id + 1}`;
}

/** The thread's colour variable (`--w0`…`--w15`), as the editor's markers use it. */
export function threadColour(id: number): string {
  return `var(--w${id % 16})`;
}
