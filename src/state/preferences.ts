// What the view preferences mean once the system's own settings are known: the theme to draw in, and
// whether animation is paused. Pure; the page applies them (ui/shell/applyPreferences.ts).
import type { MotionChoice, ThemeChoice } from './uiSlice.ts';

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Whether animation is paused: by the learner's choice, or by the system's reduced motion when none. */
export function motionPaused(choice: MotionChoice, systemReduce: boolean): boolean {
  return choice === 'auto' ? systemReduce : choice === 'paused';
}
