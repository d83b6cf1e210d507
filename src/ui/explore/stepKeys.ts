// Step mode's keyboard: a digit steps that thread, Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes.
// Keys typed into a text field are left alone.

export type StepCommand = { readonly kind: 'step'; readonly thread: number } | { readonly kind: 'undo' } | { readonly kind: 'redo' };

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** What a key press asks for, with `threads` threads on screen; null when it asks for nothing. */
export function stepCommand(e: KeyLike, threads: number): StepCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  if (!mod && /^[1-9]$/.test(e.key)) {
    const thread = Number(e.key) - 1;
    return thread < threads ? { kind: 'step', thread } : null;
  }
  if (!mod) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  if (k === 'y' && !e.shiftKey) return { kind: 'redo' };
  return null;
}

const TEXT_INPUTS = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password']);

/** Typing into a field (or choosing from a list) keeps its keys, undo included. */
export function isTypingTarget(target: { tagName?: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true) return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** The shortcut of a thread's Step button, for aria-keyshortcuts; none past the ninth. */
export function stepShortcut(thread: number): string | undefined {
  return thread < 9 ? String(thread + 1) : undefined;
}
