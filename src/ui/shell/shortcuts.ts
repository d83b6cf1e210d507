// Keyboard shortcuts: which key does what, and when a key press is the page's to take. Pure: the
// decision reads a plain description of the event, so it is tested without a browser.

export type ShortcutAction = 'run-or-stop' | 'pause' | 'step' | 'faster' | 'slower' | 'help';

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
  /** What has the focus: its tag, ARIA role, input type, and whether it is editable. */
  readonly target: { readonly tag: string; readonly role: string | null; readonly type: string | null; readonly editable: boolean } | null;
  /** A modal dialog is open: it owns the keyboard. */
  readonly dialogOpen: boolean;
}

/** A row of the help dialog: keys pressed together (or a range, `1 … 9`), and what they do. */
export interface KeyRow {
  readonly keys: readonly string[];
  readonly does: string;
}

export interface Shortcut extends KeyRow {
  readonly action: ShortcutAction;
}

/** What the help dialog lists, in this order. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Space'], action: 'run-or-stop', does: 'Run, or Stop the run in progress' },
  { keys: ['P'], action: 'pause', does: 'Pause or resume the run' },
  { keys: ['→'], action: 'step', does: 'In slow motion: pause, then move the workers one step' },
  { keys: ['+', '−'], action: 'faster', does: 'In slow motion: more or fewer steps per second' },
  { keys: ['?'], action: 'help', does: 'Open this list' },
];

const KEYS: Record<string, ShortcutAction> = {
  ' ': 'run-or-stop',
  p: 'pause',
  P: 'pause',
  ArrowRight: 'step',
  '+': 'faster',
  '=': 'faster',
  '-': 'slower',
  '_': 'slower',
  '?': 'help',
};

// Elements that take typing or arrow keys themselves: no shortcut may fire there.
const TYPING_TAGS = new Set(['input', 'textarea', 'select']);
const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'radio', 'tab', 'listbox', 'option', 'menuitem', 'grid', 'tree']);
// Elements that Space activates: Space is theirs, other shortcuts still work.
const ACTIVATING_TAGS = new Set(['button', 'a', 'summary']);
const ACTIVATING_ROLES = new Set(['button', 'link', 'checkbox', 'switch']);

export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.dialogOpen || e.ctrlKey || e.metaKey || e.altKey) return null;
  const action = KEYS[e.key];
  if (action === undefined) return null;
  const t = e.target;
  if (t) {
    const tag = t.tag.toLowerCase();
    if (t.editable || TYPING_TAGS.has(tag) || (t.role !== null && TYPING_ROLES.has(t.role))) return null;
    const activates = ACTIVATING_TAGS.has(tag) || (t.role !== null && ACTIVATING_ROLES.has(t.role));
    if (action === 'run-or-stop' && activates) return null;
  }
  // Holding Space down must not start and stop a run many times over.
  if (action === 'run-or-stop' && e.repeat) return null;
  return action;
}
