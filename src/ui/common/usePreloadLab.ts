// Loads what a lab's runs need as soon as the lab opens: its engine's code at once (so that Run finds
// it ready), and uPlot in an idle moment, so that a run's first chart does not load and compile the
// library in the middle of the run (a long frame while workers race).
import { useEffect } from 'react';
import type { Lab } from '../../core/params/link.ts';
import { labDefinition } from '../labs.ts';
import { loadUPlot } from './loadUPlot.ts';

/** How long to wait for an idle moment before fetching anyway. */
const IDLE_TIMEOUT_MS = 2000;

export function usePreloadLab(lab: Lab, open: boolean): void {
  useEffect(() => {
    // A failed load is forgotten: Run loads it again and reports what went wrong.
    if (open) labDefinition(lab).run?.engine.load().catch(() => undefined);
  }, [lab, open]);
  useEffect(() => {
    if (!open || !labDefinition(lab).charts) return;
    const preload = (): void => {
      // A failed fetch is forgotten by loadUPlot: the chart that needs uPlot fetches it again itself.
      loadUPlot().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, IDLE_TIMEOUT_MS / 4);
    return () => clearTimeout(timer);
  }, [lab, open]);
}
