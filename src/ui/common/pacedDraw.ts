// A redraw asked for as often as data arrives, done in a task of its own at most once per interval.

export interface PacedDraw {
  /** Asks for a redraw: the next one due draws the state as it is then. */
  request(): void;
  /** Drops a redraw not yet done. */
  cancel(): void;
}

/**
 * The first request draws in the next task; requests within `everyMs` of the last draw make one
 * draw when the interval ends, so a burst is drawn once and its last state is never missed.
 */
export function pacedDraw(draw: () => void, everyMs: number): PacedDraw {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = -Infinity;
  const fire = (): void => {
    timer = undefined;
    lastAt = performance.now();
    draw();
  };
  return {
    request() {
      if (timer !== undefined) return;
      timer = setTimeout(fire, Math.max(0, lastAt + everyMs - performance.now()));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
