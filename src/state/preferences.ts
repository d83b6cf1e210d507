// Applies the view preferences to the page: data-theme (light or dark, the system's when the choice is
// "system"), data-presentation (large type) and data-motion (animation paused) on <html>.
import type { MotionChoice, ThemeChoice } from './uiSlice.ts';
import { useStore } from './store.ts';

const DARK = '(prefers-color-scheme: dark)';
const REDUCE = '(prefers-reduced-motion: reduce)';

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Whether animation is paused: by the learner's choice, or by the system's reduced motion when none. */
export function motionPaused(choice: MotionChoice, systemReduce: boolean): boolean {
  return choice === 'auto' ? systemReduce : choice === 'paused';
}

function setAttr(el: HTMLElement, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Keeps <html> in step with the store and the system; call once, before the app mounts. */
export function startPreferences(): () => void {
  const root = document.documentElement;
  const dark = matchMedia(DARK);
  const reduce = matchMedia(REDUCE);
  const apply = (): void => {
    const s = useStore.getState();
    const theme = resolveTheme(s.theme, dark.matches);
    setAttr(root, 'data-theme', theme);
    setAttr(root, 'data-presentation', s.presentation ? '' : null);
    setAttr(root, 'data-motion', motionPaused(s.motion, reduce.matches) ? 'paused' : null);
    setAttr(root, 'data-embed', s.embed ? '' : null);
  };
  apply();
  const unsubscribe = useStore.subscribe(apply);
  dark.addEventListener('change', apply);
  reduce.addEventListener('change', apply);
  return () => {
    unsubscribe();
    dark.removeEventListener('change', apply);
    reduce.removeEventListener('change', apply);
  };
}
