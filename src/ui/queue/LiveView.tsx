// The live view of the Queue lab: a canvas repainted from shared memory every animation frame,
// which also samples occupancy and throughput (~10 Hz) for the charts. No per-frame React state.
import { useCallback, useEffect, useRef } from 'react';
import type { QueueParams } from '../../core/params/queueParams.ts';
import { QUEUE_LABELS, SHUTDOWN_LABELS } from '../../core/queue/queueKinds.ts';
import { WorkerState } from '../../core/queue/queueLayout.ts';
import { startFrameLoop } from '../../engine/frameLoop.ts';
import { queueEngine } from '../../state/queueRunSlice.ts';
import { useStore } from '../../state/store.ts';
import { formatCount, formatCountOf } from '../common/format.ts';
import { LiveFrames, retell } from '../common/liveFrames.ts';
import { useCanvas } from '../common/useCanvas.ts';
import { useLook } from '../common/useLook.ts';
import { liveHeight, liveLayout, type LiveLayout } from './liveLayout.ts';
import { LiveTotals, type TotalsHandle } from './LiveTotals.tsx';
import { QueueLiveModel, type Side } from './liveModel.ts';
import { paintLive } from './livePainter.ts';
import { queueSeries, Sampler } from './series.ts';

export function LiveView() {
  const runParams = useStore((s) => s.queueRunParams);
  const status = useStore((s) => s.status);
  const runLab = useStore((s) => s.runLab);
  const queue = useStore((s) => s.queue);
  // A finished run stays on screen until the settings change; then the view previews the new settings.
  const showRun = runParams !== null && ((status === 'running' && runLab === 'queue') || runParams === queue);
  const params = showRun ? runParams : queue;
  const heightFor = useCallback((w: number) => liveHeight(w, params), [params]);
  const { canvasRef, size } = useCanvas(heightFor);
  const look = useLook();
  const totals = useRef<TotalsHandle>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const model = new QueueLiveModel(params);
    const sampler = new Sampler(queueSeries);
    const frames = new LiveFrames(false);
    let layout: LiveLayout | null = null;
    let layoutVersion = -1;
    return startFrameLoop((now) => {
      const state = useStore.getState();
      const running = showRun && state.status === 'running' && state.runLab === 'queue';
      const { palette: pal, reducedMotion: still } = look.current;
      const edge = frames.edge(running);
      if (edge === 'started') {
        // A new run (maybe with the same settings): a fresh model and fresh charts.
        model.reset();
        sampler.start(now);
      }
      const mem = showRun ? sharedMemory() : null;
      let changed = false;
      // Only this run's memory is its published state (the engine may still be allocating it).
      const published = mem !== null && model.fits(mem);
      if (published) changed = model.update(mem, now, running && !still);
      const counts = model.counts;
      if (running && published) sampler.offer(now, counts.inQueue, counts.produced, counts.consumed);
      else if (edge === 'ended') sampler.offer(now, counts.inQueue, counts.produced, counts.consumed, true);
      const result = state.queueResult;
      // Once the run is over, the speed is the verified one: items taken over the whole run.
      const finalRate = showRun && !running && result ? result.throughput : null;
      const statusText = !showRun ? 'Ready · press Run' : running && state.paused ? 'Paused' : '';
      totals.current?.write({ ...counts, rate: !showRun ? 0 : (finalRate ?? model.consumedRate), status: statusText });
      if (frames.labelDue(now)) retell(canvas, describe(model, !showRun));
      const s = size.current;
      if (s.width === 0) return;
      if (s.version !== layoutVersion || !layout) {
        layout = liveLayout(s.width, params);
        layoutVersion = s.version;
      }
      if (!frames.repaint(changed, !still && model.flying(now), [s.version, look.current, statusText, result])) return;
      paintLive(ctx, s.dpr, { model, layout, palette: pal, now, reducedMotion: still, preview: !showRun });
    });
  }, [params, showRun, canvasRef, size, look]);

  return (
    <figure className="live-view">
      <LiveTotals ref={totals} total={params.producers * params.items} capacity={params.queue === 'message' ? null : params.capacity} />
      <canvas ref={canvasRef} className="live-canvas" role="img" aria-label="Live view of the shared queue" />
      <figcaption className="visually-hidden">
        {QUEUE_LABELS[params.queue]}: {params.producers} producers and {params.consumers} consumers,{' '}
        {SHUTDOWN_LABELS[params.shutdown].toLowerCase()} at the end
      </figcaption>
    </figure>
  );
}

/** The current or last run's memory, or null where there is none (no run yet, no shared memory). */
function sharedMemory() {
  if (typeof SharedArrayBuffer !== 'function') return null;
  try {
    return queueEngine.loaded?.mem ?? null;
  } catch {
    return null;
  }
}

/** What the canvas shows, in one or two calm sentences for screen readers. */
function describe(model: QueueLiveModel, preview: boolean): string {
  const c: QueueParams = model.config;
  const total = c.producers * c.items;
  if (preview) {
    const where = model.ring ? `a ring of ${formatCount(c.capacity)} slots` : 'message channels';
    return `${QUEUE_LABELS[c.queue]}: ${c.producers} ${plural(c.producers, 'producer')} will put ${formatCountOf(c.items, 'item')} each into ${where}; ${c.consumers} ${plural(c.consumers, 'consumer')} take them out.`;
  }
  const where = model.ring ? 'in the queue' : 'in flight';
  return (
    `${formatCount(model.counts.produced)} of ${formatCount(total)} items produced, ${formatCount(model.counts.consumed)} consumed, ` +
    `${formatCount(model.counts.inQueue)} ${where}. Producers: ${states(model.producers, true)}. Consumers: ${states(model.consumers, false)}.`
  );
}

function states(side: Side, producers: boolean): string {
  const parts: string[] = [];
  const add = (state: number, words: string): void => {
    const n = side.inState(state);
    if (n > 0) parts.push(`${n} ${words}`);
  };
  add(WorkerState.idle, 'starting');
  add(producers ? WorkerState.producing : WorkerState.consuming, producers ? 'producing' : 'consuming');
  add(producers ? WorkerState.blockedFull : WorkerState.blockedEmpty, producers ? 'blocked on a full queue' : 'blocked on an empty queue');
  add(WorkerState.done, 'done');
  return parts.join(', ') || 'none';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
