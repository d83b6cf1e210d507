// Shortcuts fire on the page, never while the learner types, and leave Space to focused buttons.
import { describe, expect, it } from 'vitest';
import { shortcutFor, SHORTCUTS, type KeyPress } from './shortcuts.ts';

const body = { tag: 'BODY', role: null, type: null, editable: false };
const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  target: body,
  dialogOpen: false,
  ...over,
});

describe('shortcutFor', () => {
  it('maps the listed keys on the page', () => {
    expect(shortcutFor(press(' '))).toBe('run-or-stop');
    expect(shortcutFor(press('p'))).toBe('pause');
    expect(shortcutFor(press('ArrowRight'))).toBe('step');
    expect(shortcutFor(press('+'))).toBe('faster');
    expect(shortcutFor(press('-'))).toBe('slower');
    expect(shortcutFor(press('?'))).toBe('help');
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('ArrowDown'))).toBeNull();
    expect(shortcutFor(press(' ', { target: null }))).toBe('run-or-stop');
  });

  it('never fires while typing in a field, or in controls that use the keys themselves', () => {
    for (const target of [
      { tag: 'INPUT', role: null, type: 'number', editable: false },
      { tag: 'TEXTAREA', role: null, type: null, editable: false },
      { tag: 'SELECT', role: null, type: null, editable: false },
      { tag: 'DIV', role: null, type: null, editable: true },
      { tag: 'INPUT', role: null, type: 'radio', editable: false },
      { tag: 'INPUT', role: null, type: 'range', editable: false },
      { tag: 'BUTTON', role: 'tab', type: null, editable: false },
    ]) {
      for (const key of [' ', 'p', '?', 'ArrowRight', '+']) expect(shortcutFor(press(key, { target })), `${key} in ${target.tag}`).toBeNull();
    }
  });

  it('leaves Space to a focused button or link, and keeps the other keys', () => {
    const button = { tag: 'BUTTON', role: null, type: null, editable: false };
    expect(shortcutFor(press(' ', { target: button }))).toBeNull();
    expect(shortcutFor(press(' ', { target: { tag: 'A', role: null, type: null, editable: false } }))).toBeNull();
    expect(shortcutFor(press(' ', { target: { tag: 'DIV', role: 'button', type: null, editable: false } }))).toBeNull();
    expect(shortcutFor(press('?', { target: button }))).toBe('help');
    expect(shortcutFor(press('p', { target: button }))).toBe('pause');
  });

  it('ignores presses with modifiers, a held Space, and everything while a dialog is open', () => {
    expect(shortcutFor(press('p', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('p', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press(' ', { altKey: true }))).toBeNull();
    expect(shortcutFor(press(' ', { repeat: true }))).toBeNull();
    expect(shortcutFor(press('ArrowRight', { repeat: true }))).toBe('step');
    expect(shortcutFor(press('?', { dialogOpen: true }))).toBeNull();
  });

  it('lists every action it maps', () => {
    const listed = new Set(SHORTCUTS.map((s) => s.action));
    for (const key of [' ', 'p', 'ArrowRight', '+', '?']) expect(listed.has(shortcutFor(press(key))!)).toBe(true);
  });
});
