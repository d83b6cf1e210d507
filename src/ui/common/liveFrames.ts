// What every live view's frame loop decides alike: where a run starts and ends, whether the canvas
// needs painting this frame, and when its spoken label is due again.

/** A label read aloud is retold at most this often: a screen reader should not chatter. */
export const LABEL_EVERY_MS = 1000;

export type RunEdge = 'started' | 'ended' | null;

export class LiveFrames {
  private wasRunning: boolean;
  private wasMoving = false;
  private painted: readonly unknown[] | null = null;
  private lastLabel = -Infinity;

  constructor(running: boolean) {
    this.wasRunning = running;
  }

  /** `started` on a run's first frame (a run again with the same settings too), `ended` on the first frame after it. */
  edge(running: boolean): RunEdge {
    const edge = running === this.wasRunning ? null : running ? 'started' : 'ended';
    this.wasRunning = running;
    return edge;
  }

  /**
   * True when the canvas must be painted: what it shows changed, something on it moves (or moved on
   * the last frame: it must settle), or anything drawn around it (size, look, words) is not what
   * was painted last. Compared by identity.
   */
  repaint(changed: boolean, moving: boolean, around: readonly unknown[]): boolean {
    const same = this.painted !== null && around.length === this.painted.length && around.every((v, i) => v === this.painted![i]);
    if (!changed && !moving && !this.wasMoving && same) return false;
    this.wasMoving = moving;
    this.painted = around;
    return true;
  }

  /** True when the spoken label is due again (the first frame, then once a second). */
  labelDue(now: number): boolean {
    if (now - this.lastLabel < LABEL_EVERY_MS) return false;
    this.lastLabel = now;
    return true;
  }
}

/** Sets a canvas's spoken label, only when the words changed (a screen reader rereads any change). */
export function retell(canvas: HTMLCanvasElement, label: string): void {
  if (canvas.getAttribute('aria-label') !== label) canvas.setAttribute('aria-label', label);
}
