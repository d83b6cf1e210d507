// A region that scrolls sideways when its table is wider than the screen: the keyboard can focus and
// scroll it, screen readers hear its name, and a shadow on a cut edge shows that there is more.
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The region's accessible name, e.g. "Per worker". */
  readonly label: string;
  /** Extra classes for the scrolling element. */
  readonly className?: string;
  readonly children: ReactNode;
}

interface Cut {
  /** Content hidden past the start (left) edge. */
  readonly start: boolean;
  readonly end: boolean;
}

export function ScrollRegion({ label, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [cut, setCut] = useState<Cut>({ start: false, end: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (): void => {
      // A pixel of slack: zoom and fractional widths leave sub-pixel overflow that is nothing to scroll.
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft < el.scrollWidth - el.clientWidth - 1;
      setCut((c) => (c.start === start && c.end === end ? c : { start, end }));
    };
    // The region resizes with the window; its content, as rows and columns arrive. The observer's
    // first report comes after the page's own layout: measuring here would force one more, in the
    // task that mounted the table (the end of a run).
    const resize = new ResizeObserver(update);
    resize.observe(el);
    for (const child of el.children) resize.observe(child);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      resize.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, []);
  return (
    <div className="scroll-cue">
      <div ref={ref} className={className ? `table-scroll ${className}` : 'table-scroll'} tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
      <span className="scroll-shadow scroll-shadow-start" data-testid="scroll-cue-start" aria-hidden="true" hidden={!cut.start} />
      <span className="scroll-shadow scroll-shadow-end" data-testid="scroll-cue-end" aria-hidden="true" hidden={!cut.end} />
    </div>
  );
}
