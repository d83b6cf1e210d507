// The Explorer's keyboard: a digit steps that thread, Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes;
// the page's own keys take the Explorer's meaning (Space explores all, P plays, → redoes). Keys typed
// into a text field are left alone.
import type { KeyRow, ShortcutAction } from '../shell/shortcuts.ts';

export type StepCommand =
  | { readonly kind: 'step'; readonly thread: number }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  /** Explore all, or cancel the exploration in progress. */
  | { readonly kind: 'explore' }
  /** Play or pause the steps ahead. */
  | { readonly kind: 'play' };

/** What the help dialog lists for the Explorer (its registry entry declares them). */
export const EXPLORER_SHORTCUTS: readonly KeyRow[] = [
  { keys: ['Space'], does: 'Explore all, or Cancel the exploration in progress' },
  { keys: ['1', '…', '9'], does: 'Step that thread' },
  { keys: ['→'], does: 'Redo: take the next step of a replayed or undone schedule' },
  { keys: ['P'], does: 'Play or pause the steps ahead' },
  { keys: ['Ctrl', 'Z'], does: 'Undo the last step' },
  { keys: ['Ctrl', 'Shift', 'Z'], does: 'Redo (also Ctrl Y)' },
];

/** The Explorer's meaning of a page shortcut (`shortcutFor`'s verdict on the same press), which it decides where the page's keys may fire. */
const PAGE_KEYS: Partial<Record<ShortcutAction, StepCommand>> = {
  'run-or-stop': { kind: 'explore' },
  pause: { kind: 'play' },
  step: { kind: 'redo' },
};

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * What a key press asks for, with `threads` threads on screen; null when it asks for nothing. `page`
 * is what the page's shortcuts make of the same press.
 */
export function stepCommand(e: KeyLike, threads: number, page: ShortcutAction | null = null): StepCommand | null {
  const shared = page === null ? undefined : PAGE_KEYS[page];
  if (shared) return shared;
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
