// Sizes a canvas to its CSS width (and a height derived from it) at the device's pixel ratio, so
// that drawing in CSS pixels stays crisp on HiDPI screens and after zooming or a window move.
// In presentation mode the drawing is magnified (palette.scale): the painter is handed a narrower
// width and a larger pixel ratio, so that it lays out as usual and everything, labels too, comes out larger.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { usePalette } from './cssColor.ts';

export interface CanvasSize {
  /** Drawing units: CSS pixels, divided by the presentation scale. */
  width: number;
  height: number;
  dpr: number;
  /** Bumped on every change: a frame loop compares it to know it must repaint. */
  version: number;
}

export interface UseCanvas {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  /** Live size; read it in the frame loop, never render from it. */
  readonly size: RefObject<CanvasSize>;
}

/** `heightFor(width)` gives the CSS height for a CSS width; pass a new function to re-apply it. */
export function useCanvas(heightFor: (width: number) => number): UseCanvas {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const size = useRef<CanvasSize>({ width: 0, height: 0, dpr: 1, version: 0 });
  const heightRef = useRef(heightFor);
  const zoom = usePalette().scale ?? 1;
  const zoomRef = useRef(zoom);
  // The CSS width last applied, which the observer keeps current.
  const seenWidth = useRef(0);

  const apply = (cssWidth: number): void => {
    const canvas = canvasRef.current;
    if (!canvas || cssWidth <= 0) return;
    seenWidth.current = cssWidth;
    const scale = zoomRef.current;
    const ratio = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
    const width = Math.floor(cssWidth / scale);
    const height = Math.ceil(heightRef.current(width));
    const dpr = ratio * scale;
    const s = size.current;
    if (s.width === width && s.height === height && s.dpr === dpr) return;
    canvas.style.height = `${Math.round(height * scale)}px`;
    canvas.width = Math.round(cssWidth * ratio);
    canvas.height = Math.round(height * dpr);
    size.current = { width, height, dpr, version: s.version + 1 };
  };
  const applyRef = useRef(apply);

  // A new height rule (e.g. more workers) applies before paint, so the layout does not jump. The
  // width is measured only until the observer knows it: a re-render (Run) then forces no layout.
  useLayoutEffect(() => {
    heightRef.current = heightFor;
    zoomRef.current = zoom;
    applyRef.current = apply;
    const canvas = canvasRef.current;
    if (canvas) apply(seenWidth.current > 0 ? seenWidth.current : cssWidth(canvas));
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) applyRef.current(Math.floor(entry.contentRect.width));
    });
    observer.observe(canvas);
    // The pixel ratio changes with browser zoom and when the window moves to another screen.
    let media: MediaQueryList | null = null;
    const onRatio = (): void => {
      media?.removeEventListener('change', onRatio);
      media = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
      media.addEventListener('change', onRatio);
      applyRef.current(cssWidth(canvas));
    };
    onRatio();
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', onRatio);
    };
  }, []);

  return { canvasRef, size };
}

function cssWidth(canvas: HTMLCanvasElement): number {
  return Math.floor(canvas.getBoundingClientRect().width);
}
