// One requestAnimationFrame loop per view: read shared memory, paint, never touch React state.

export function startFrameLoop(onFrame: (now: number) => void): () => void {
  let id = 0;
  let running = true;
  const tick = (now: number): void => {
    if (!running) return;
    onFrame(now);
    id = requestAnimationFrame(tick);
  };
  id = requestAnimationFrame(tick);
  return () => {
    running = false;
    cancelAnimationFrame(id);
  };
}
