// Theme colours for canvas painting: read once from the CSS variables, read again when the theme changes.
import { useSyncExternalStore } from 'react';

export interface Palette {
  readonly bg: string;
  readonly surface: string;
  readonly surface2: string;
  readonly border: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly ok: string;
  readonly okBg: string;
  readonly bad: string;
  readonly badBg: string;
  readonly warn: string;
  readonly warnBg: string;
  /** --w0 … --w15, one per worker lane. */
  readonly workers: readonly string[];
  readonly font: string;
  readonly mono: string;
  /** True when the page is drawn in its dark theme (the surface is darker than the text). */
  readonly dark: boolean;
  /** How much canvas drawings are magnified (--canvas-scale: 1, larger in presentation mode); 1 when absent. */
  readonly scale?: number;
}

const WORKER_COLOURS = 16;

/** Fallbacks for a page without theme.css (tests, a broken stylesheet): light theme. */
const FALLBACK: Palette = {
  bg: '#f6f7f9',
  surface: '#ffffff',
  surface2: '#eef0f4',
  border: '#d5d9e0',
  text: '#15181d',
  muted: '#555d6b',
  accent: '#2456c7',
  ok: '#137a3e',
  okBg: '#e3f4ea',
  bad: '#b3261e',
  badBg: '#fbe6e4',
  warn: '#8a5a00',
  warnBg: '#fdf1d8',
  workers: ['#2f6fde', '#d9480f', '#2b8a3e', '#9c36b5'],
  font: 'system-ui, sans-serif',
  mono: 'ui-monospace, monospace',
  dark: false,
  scale: 1,
};

export function readPalette(el: Element = document.documentElement): Palette {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const workers: string[] = [];
  for (let i = 0; i < WORKER_COLOURS; i++) {
    workers.push(v(`--w${i}`, FALLBACK.workers[i % FALLBACK.workers.length]!));
  }
  const surface = v('--surface', FALLBACK.surface);
  const text = v('--text', FALLBACK.text);
  return {
    bg: v('--bg', FALLBACK.bg),
    surface,
    surface2: v('--surface-2', FALLBACK.surface2),
    border: v('--border', FALLBACK.border),
    text,
    muted: v('--muted', FALLBACK.muted),
    accent: v('--accent', FALLBACK.accent),
    ok: v('--ok', FALLBACK.ok),
    okBg: v('--ok-bg', FALLBACK.okBg),
    bad: v('--bad', FALLBACK.bad),
    badBg: v('--bad-bg', FALLBACK.badBg),
    warn: v('--warn', FALLBACK.warn),
    warnBg: v('--warn-bg', FALLBACK.warnBg),
    workers,
    font: v('--font', FALLBACK.font),
    mono: v('--mono', FALLBACK.mono),
    dark: luminance(surface) < luminance(text),
    scale: canvasScale(v('--canvas-scale', '1')),
  };
}

function canvasScale(raw: string): number {
  const n = Number(raw);
  return Number.isFinite(n) && n >= 1 && n <= 3 ? n : 1;
}

/** Colour of worker i's lane (wraps, so any index has one). */
export function workerColour(p: Palette, i: number): string {
  return p.workers[i % p.workers.length] ?? p.accent;
}

/** A #rgb / #rrggbb colour with an alpha channel, as rgba(); other colours are returned as they are. */
export function withAlpha(colour: string, alpha: number): string {
  const rgb = parseHex(colour);
  if (rgb === null) return colour;
  return `rgba(${(rgb >> 16) & 255}, ${(rgb >> 8) & 255}, ${rgb & 255}, ${alpha})`;
}

function parseHex(colour: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  return parseInt(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex, 16);
}

/** Relative brightness of a #rgb / #rrggbb colour in 0..1; 0.5 for anything else. */
export function luminance(colour: string): number {
  const n = parseHex(colour);
  if (n === null) return 0.5;
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

/** Calls back when the system theme flips, or the page switches theme or presentation mode. */
export function watchTheme(onChange: () => void): () => void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  // The header's theme toggle and presentation mode set data attributes on <html>.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'data-presentation', 'style'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

// One shared palette for every canvas on the page, replaced (never mutated) on a theme change so
// that React and the frame loops can compare by reference.
let current: Palette | null = null;
const listeners = new Set<() => void>();
let unwatch: (() => void) | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  unwatch ??= watchTheme(() => {
    current = readPalette();
    for (const l of listeners) l();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      unwatch?.();
      unwatch = null;
      current = null;
    }
  };
}

/** The current palette (cached). */
export function palette(): Palette {
  current ??= typeof document === 'undefined' ? FALLBACK : readPalette();
  return current;
}

/** The current palette; re-renders the component when the theme changes. */
export function usePalette(): Palette {
  return useSyncExternalStore(subscribe, palette, () => FALLBACK);
}
