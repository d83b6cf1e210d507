// Applies the view preferences to the page: data-theme (light or dark, the system's when the choice is
// "system"), data-presentation (large type) and data-motion (animation paused) on <html>.
import { motionPaused, resolveTheme } from '../../state/preferences.ts';
import { useStore } from '../../state/store.ts';

const DARK = '(prefers-color-scheme: dark)';
const REDUCE = '(prefers-reduced-motion: reduce)';

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
