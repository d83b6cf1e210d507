// "Save as PNG" for a chart or a live view: finds the canvases inside `from` when pressed.
import type { RefObject } from 'react';
import { useStore } from '../../state/store.ts';
import { savePng, type LegendEntry, type PngPart } from './png.ts';

interface Props {
  /** The element that holds the canvas(es); uPlot draws into one canvas per chart. */
  readonly from: RefObject<HTMLElement | null> | (() => HTMLElement | null);
  /** Title drawn above each canvas, in order. */
  readonly titles: readonly string[];
  readonly lab: string;
  /** Part of the file name: `live-view`, `histogram`, `charts`. */
  readonly what: string;
  /** Said after "Save as PNG" to screen readers, when a page has several. */
  readonly describes: string;
}

export function SavePng({ from, titles, lab, what, describes }: Props) {
  const showToast = useStore((s) => s.showToast);
  const save = (): void => {
    const root = typeof from === 'function' ? from() : from.current;
    const canvases = root ? [...root.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0) : [];
    if (canvases.length === 0) {
      showToast('There is no drawing to save yet.');
      return;
    }
    const parts: PngPart[] = canvases.map((canvas, i) => ({ canvas, title: titles[i] ?? titles[0] ?? '', legend: legendOf(canvas) }));
    savePng(parts, lab, what).catch(() => showToast('The image could not be saved in this browser.'));
  };
  return (
    <button type="button" className="button small ghost save-png" aria-label={`Save as PNG: ${describes}`} onClick={save}>
      Save as PNG
    </button>
  );
}

/** The legend uPlot draws as HTML beside a chart's canvas (series switched off left out); none elsewhere. */
function legendOf(canvas: HTMLCanvasElement): LegendEntry[] {
  const rows = canvas.closest('.uplot')?.querySelectorAll('.u-legend .u-series:not(.u-off)') ?? [];
  return [...rows].flatMap((row) => {
    const marker = row.querySelector('.u-marker');
    const label = row.querySelector('.u-label')?.textContent.trim();
    if (!marker || !label) return [];
    const style = getComputedStyle(marker);
    return [{ label, fill: style.backgroundColor, stroke: style.borderTopColor }];
  });
}
