// Presentation mode keeps what a run is about on the screen: the live view when a run starts; when it
// ends, the verdict and result cards, with the live view above them if both fit.
import { useStore } from '../../state/store.ts';

/** The panel with the run controls and the live view. */
const LIVE = '.stage .live-panel';
/** What a run ends with, first on the page first: the Scaling charts, the Litmus outcomes, the results. */
const RESULT = '.stage .sweep-charts, .stage .litmus-outcomes, .stage .results:not(.empty)';
/** Inside the results, the part that must show: the verdict and the cards above it. */
const KEY = '.cards';
const MARGIN = 8;

function behavior(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/**
 * Scrolls as little as it takes to show the page from `top`'s top edge to `bottom`'s bottom edge;
 * null, leaving it where it is, when that span is taller than the screen.
 */
function show(top: Element, bottom: Element): boolean {
  const from = top.getBoundingClientRect().top - MARGIN;
  const to = bottom.getBoundingClientRect().bottom + MARGIN;
  if (to - from > innerHeight) return false;
  const dy = from < 0 ? from : to > innerHeight ? to - innerHeight : 0;
  if (dy !== 0) scrollBy({ top: dy, behavior: behavior() });
  return true;
}

/** Shows `top` to `bottom` with as little scrolling as it takes, or from `top` down when that is taller than the screen. */
export function reveal(top: Element, bottom: Element = top): void {
  if (!show(top, bottom)) top.scrollIntoView({ block: 'start', behavior: behavior() });
}

function revealLive(): void {
  const live = document.querySelector(LIVE);
  if (live && !show(live, live)) live.scrollIntoView({ block: 'start', behavior: behavior() });
}

function revealResult(): void {
  const result = document.querySelector(RESULT);
  if (!result) return;
  const key = result.querySelector(KEY) ?? result;
  const live = document.querySelector(LIVE);
  if (live && show(live, key)) return;
  if (!show(result, key)) result.scrollIntoView({ block: 'start', behavior: behavior() });
}

/** After React has drawn what the new status shows. */
export function afterPaint(f: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(f));
}

/** Follows runs while presentation mode is on; returns the unsubscribe. */
export function startRevealRun(): () => void {
  return useStore.subscribe((s, prev) => {
    if (!s.presentation || s.view !== 'lab' || s.status === prev.status) return;
    if (s.status === 'running') afterPaint(revealLive);
    else if (prev.status === 'running') afterPaint(revealResult);
  });
}
