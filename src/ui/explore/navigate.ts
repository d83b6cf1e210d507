// Moving around the page: switch to another lab in place (with a history entry, so Back returns,
// as the lab tabs do), and bring step mode into view when something starts playing in it.

export function navigateInPlace(search: string, apply: () => void): void {
  history.pushState(history.state, '', `${location.pathname}?${search}${location.hash}`);
  apply();
  scrollTo({ top: 0 });
}

/** The id of the step-mode panel. */
export const STEP_PANEL_ID = 'step-mode';

const WAIT_MS = 3000;

/**
 * Scrolls step mode into view and gives it focus, once it is on the page (the lab may still be
 * loading); on a wide screen where its top is already in the upper half, the page stays put.
 */
export function revealStepPanel(): void {
  const started = performance.now();
  const attempt = (): void => {
    const panel = document.getElementById(STEP_PANEL_ID);
    if (!panel) {
      if (performance.now() - started < WAIT_MS) requestAnimationFrame(attempt);
      return;
    }
    if (panel.getBoundingClientRect().top > innerHeight / 2) {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      panel.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
    }
    panel.focus({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}
